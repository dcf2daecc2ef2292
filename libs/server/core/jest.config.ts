import { nodeProjectConfig } from '../../../tools/jest/jest-preset';

export default nodeProjectConfig('server-core', {
  coverageDirectory: '../../../coverage/libs/server/core',
});
