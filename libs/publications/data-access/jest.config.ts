import { nodeProjectConfig } from '../../../tools/jest/jest-preset';

export default nodeProjectConfig('publications-data-access', {
  coverageDirectory: '../../../coverage/libs/publications/data-access',
});
