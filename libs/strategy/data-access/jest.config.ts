import { nodeProjectConfig } from '../../../tools/jest/jest-preset';

export default nodeProjectConfig('strategy-data-access', {
  coverageDirectory: '../../../coverage/libs/strategy/data-access',
});
