/**
 * @jest-config-loader-options {"transpileOnly": true}
 *
 * Jest reads its TypeScript configs through ts-node, which type-checks them first unless told
 * not to: 1.3 s a run on two cores. `npm run lint` type-checks them (tsconfig.node.json).
 */
import type { Config } from 'jest';

import { RUN_REPORTERS } from './tools/jest/jest-preset';

/**
 * `npx jest` at the root runs every project's unit tests in one run, sharing one pool of workers
 * (`npm test` does: 142 s → 112 s on two cores, against a Jest process per project). The API's
 * integration suite has its own config (apps/api/jest.integration.config.ts); `npm test` runs
 * both. Worker count, timeout and reporters are options of the whole run, so they are set here:
 * a project's own apply only when it runs alone.
 */
const config: Config = {
  projects: [
    '<rootDir>/apps/*/jest.config.ts',
    '<rootDir>/libs/*/*/jest.config.ts',
    '<rootDir>/tools/*/jest.config.ts',
  ],
  maxWorkers: 2,
  // The dashboard's pages: a first test also loads its modules and Apollo's cache.
  testTimeout: 15_000,
  reporters: RUN_REPORTERS,
};

export default config;
