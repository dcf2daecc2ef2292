import { nodeProjectConfig } from '../../../tools/jest/jest-preset';

export default nodeProjectConfig('shared-domain', {
  coverageDirectory: '../../../coverage/libs/shared/domain',
});
