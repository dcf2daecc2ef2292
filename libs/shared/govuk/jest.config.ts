import { nodeProjectConfig } from '../../../tools/jest/jest-preset';

export default nodeProjectConfig('shared-govuk', {
  coverageDirectory: '../../../coverage/libs/shared/govuk',
});
