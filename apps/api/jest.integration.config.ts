/**
 * @jest-config-loader-options {"transpileOnly": true}
 *
 * Jest reads its TypeScript configs through ts-node, which type-checks them first unless told
 * not to: 1.3 s a run on two cores. `npm run lint` type-checks them (tsconfig.node.json).
 */
import { nodeProjectConfig, RUN_REPORTERS } from '../../tools/jest/jest-preset';

/**
 * GraphQL over HTTP against real PostgreSQL. Uses DATABASE_URL when set; otherwise the global
 * setup starts an embedded PostgreSQL for the run. Each test file gets a fresh database.
 */
export default nodeProjectConfig('api-integration', {
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
  reporters: RUN_REPORTERS,
});
