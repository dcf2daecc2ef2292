import { nodeProjectConfig } from '../../../tools/jest/jest-preset';

export default nodeProjectConfig('partnership-data-access', {
  coverageDirectory: '../../../coverage/libs/partnership/data-access',
});
