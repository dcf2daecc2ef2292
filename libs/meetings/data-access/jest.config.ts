import { nodeProjectConfig } from '../../../tools/jest/jest-preset';

export default nodeProjectConfig('meetings-data-access', {
  coverageDirectory: '../../../coverage/libs/meetings/data-access',
});
