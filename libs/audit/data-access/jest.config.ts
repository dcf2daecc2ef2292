import { nodeProjectConfig } from '../../../tools/jest/jest-preset';

export default nodeProjectConfig('audit-data-access', {
  coverageDirectory: '../../../coverage/libs/audit/data-access',
});
