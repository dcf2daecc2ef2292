import '@testing-library/jest-dom';

import { TextDecoder, TextEncoder } from 'node:util';
import { configure } from '@testing-library/react';

// jsdom lacks the encoders React Router uses; Node's are the same web-standard classes.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// Pages load lazily, through mocked GraphQL: on a busy CI machine that can take over the default
// second, so waits allow five before failing.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no canvas: its getContext returns null after logging "Not implemented" each call.
// ECharts measures text with one, falling back to its own width table when there is none;
// returning null quietly keeps that fallback without a screenful of errors per chart.
// Specs that run in Node (`@jest-environment node`) have no DOM at all.
if (typeof HTMLCanvasElement !== 'undefined') HTMLCanvasElement.prototype.getContext = () => null;
