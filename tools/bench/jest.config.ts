import { nodeProjectConfig } from '../jest/jest-preset';

/** Unit tests of the benchmark's helpers; the benchmark itself runs only with `npm run bench`. */
export default nodeProjectConfig('bench', { coverageDirectory: '../../coverage/tools/bench' });
