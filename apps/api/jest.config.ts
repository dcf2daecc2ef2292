import { nodeProjectConfig } from '../../tools/jest/jest-preset';

export default nodeProjectConfig('api', {
  testPathIgnorePatterns: ['/node_modules/', '\\.integration-spec\\.ts$'],
  coverageDirectory: '../../coverage/apps/api',
});
