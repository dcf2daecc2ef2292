import { getJestProjectsAsync } from '@nx/jest';

// Runs every project's unit tests; integration suites have their own configs (see README).
export default async () => ({ projects: await getJestProjectsAsync() });
