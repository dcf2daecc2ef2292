import { nodeProjectConfig } from '../../../tools/jest/jest-preset';

export default nodeProjectConfig('measures-data-access', {
  coverageDirectory: '../../../coverage/libs/measures/data-access',
});
