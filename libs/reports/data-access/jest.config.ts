import { nodeProjectConfig } from '../../../tools/jest/jest-preset';

export default nodeProjectConfig('reports-data-access', {
  coverageDirectory: '../../../coverage/libs/reports/data-access',
});
