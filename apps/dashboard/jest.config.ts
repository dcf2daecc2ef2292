import { nodeProjectConfig } from '../../tools/jest/jest-preset';

const swc = {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
  },
  module: { type: 'commonjs' },
};

export default nodeProjectConfig('dashboard', {
  testEnvironment: 'jsdom',
  // A page's first test also loads its modules and Apollo's cache; beside the other suites on
  // two cores it can pass Jest's 5 s default without anything being wrong.
  testTimeout: 15_000,
  transform: { '^.+\\.[tj]sx?$': ['@swc/jest', swc] },
  // ECharts and zrender ship ES modules only ("type": "module"): SWC compiles them for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(echarts|zrender)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: { '\\.s?css$': '<rootDir>/src/test/style-stub.ts' },
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  coverageDirectory: '../../coverage/apps/dashboard',
});
