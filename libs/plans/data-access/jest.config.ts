import { nodeProjectConfig } from '../../../tools/jest/jest-preset';

export default nodeProjectConfig('plans-data-access', {
  coverageDirectory: '../../../coverage/libs/plans/data-access',
});
