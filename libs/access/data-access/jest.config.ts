import { nodeProjectConfig } from '../../../tools/jest/jest-preset';

export default nodeProjectConfig('access-data-access', {
  coverageDirectory: '../../../coverage/libs/access/data-access',
});
