import { nodeProjectConfig } from '../../../tools/jest/jest-preset';

export default nodeProjectConfig('directory-data-access', {
  coverageDirectory: '../../../coverage/libs/directory/data-access',
});
