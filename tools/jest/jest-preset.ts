import { join } from 'node:path';
import { nxPreset } from '@nx/jest/preset';
import type { Config } from 'jest';

/**
 * Shared Jest settings. SWC instead of ts-jest: it is several times faster on two cores and
 * still emits the decorator metadata NestJS, GraphQL code-first and TypeORM read at runtime.
 * TSX is parsed only in .tsx files (the public progress pages, React rendered on the server):
 * in .ts files `<T>value` stays a type assertion.
 */
function swc(tsx: boolean): [string, Record<string, unknown>] {
  return [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true, tsx },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          ...(tsx ? { react: { runtime: 'automatic' } } : {}),
        },
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    },
  ];
}

/**
 * What a whole Jest run reports: the usual output, then its slowest files and totals for CI. Set
 * by the configs that start a run (the root one over every project's unit tests, the API's
 * integration one); a project's own config may not set it (Jest warns and ignores it there).
 */
export const RUN_REPORTERS: Config['reporters'] = [
  'default',
  join(__dirname, 'summary-reporter.js'),
];

// Nx's preset also names coverage reporters, an option of the whole run, not of a project.
const { coverageReporters, ...projectPreset } = nxPreset;

export function nodeProjectConfig(displayName: string, overrides: Config = {}): Config {
  return {
    ...projectPreset,
    displayName,
    testEnvironment: 'node',
    transform: { '^.+\\.[tj]s$': swc(false), '^.+\\.tsx$': swc(true) },
    moduleFileExtensions: ['ts', 'tsx', 'js'],
    ...overrides,
  };
}
