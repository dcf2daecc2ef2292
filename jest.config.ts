import type { Config } from 'jest';

/**
 * `npx jest` at the root runs every project's unit tests. The API's integration suite has its
 * own config (apps/api/jest.integration.config.ts); `npm test` runs both.
 */
const config: Config = {
  projects: ['<rootDir>/apps/*/jest.config.ts', '<rootDir>/libs/*/*/jest.config.ts'],
};

export default config;
