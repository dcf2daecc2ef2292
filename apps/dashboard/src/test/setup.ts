import '@testing-library/jest-dom';

import { TextDecoder, TextEncoder } from 'node:util';
import { configure } from '@testing-library/react';

// jsdom lacks the encoders React Router uses; Node's are the same web-standard classes.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// Pages load lazily, through mocked GraphQL: on a busy CI machine that can take over the default
// second, so waits allow five before failing.
configure({ asyncUtilTimeout: 5000 });
