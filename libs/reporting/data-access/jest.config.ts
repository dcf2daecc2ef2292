import { nodeProjectConfig } from '../../../tools/jest/jest-preset';

export default nodeProjectConfig('reporting-data-access', {
  coverageDirectory: '../../../coverage/libs/reporting/data-access',
});
