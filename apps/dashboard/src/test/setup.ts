import '@testing-library/jest-dom';

import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks the encoders React Router uses; Node's are the same web-standard classes.
Object.assign(globalThis, { TextEncoder, TextDecoder });
