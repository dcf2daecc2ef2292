import { nodeProjectConfig } from '../../../tools/jest/jest-preset';

export default nodeProjectConfig('risks-data-access', {
  coverageDirectory: '../../../coverage/libs/risks/data-access',
});
