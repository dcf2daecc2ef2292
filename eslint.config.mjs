import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';

/** Which domains each domain may use: the layering of the API, checked on every import. */
const SCOPE_DEPENDENCIES = {
  shared: [],
  server: ['shared'],
  audit: ['shared', 'server'],
  directory: ['shared', 'server', 'audit'],
  strategy: ['shared', 'server', 'audit'],
  access: ['shared', 'server', 'audit', 'directory', 'notifications'],
  notifications: ['shared', 'server', 'directory'],
  plans: ['shared', 'server', 'audit', 'directory', 'strategy', 'access'],
  reporting: [
    'shared',
    'server',
    'audit',
    'directory',
    'strategy',
    'access',
    'plans',
    'notifications',
    'measures',
    'risks',
  ],
  measures: ['shared', 'server', 'audit', 'directory', 'strategy', 'access', 'plans'],
  risks: ['shared', 'server', 'audit', 'directory', 'strategy', 'access', 'plans'],
  reports: [
    'shared',
    'server',
    'audit',
    'directory',
    'strategy',
    'access',
    'plans',
    'reporting',
    'measures',
    'risks',
  ],
  meetings: [
    'shared',
    'server',
    'audit',
    'directory',
    'strategy',
    'access',
    'plans',
    'notifications',
    'reporting',
    'measures',
    'risks',
    'reports',
  ],
  partnership: [
    'shared',
    'server',
    'audit',
    'directory',
    'strategy',
    'access',
    'plans',
    'notifications',
    'measures',
    'risks',
    'reports',
    'meetings',
  ],
  publications: [
    'shared',
    'server',
    'audit',
    'directory',
    'strategy',
    'access',
    'plans',
    'reporting',
    'measures',
    'risks',
    'reports',
  ],
  // The React dashboard talks to the API over GraphQL only; of the libraries it uses the shared one.
  dashboard: ['shared'],
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.data', '**/coverage'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: {
      // Layering by domain: shared ← server core ← domains ← app. Each tag lists what it may import.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util'],
            },
            {
              // The public pages are React rendered on the server: they draw shared components.
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util'],
            },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            ...Object.entries(SCOPE_DEPENDENCIES).map(([scope, uses]) => ({
              sourceTag: `scope:${scope}`,
              onlyDependOnLibsWithTags: [scope, ...uses].map((tag) => `scope:${tag}`),
            })),
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // Generated from the GraphQL schema by `nx run dashboard:codegen`.
  { ignores: ['apps/dashboard/src/gql'] },
  {
    // The React dashboard: rules of hooks and accessibility checks on its JSX.
    files: ['apps/dashboard/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    // Accessibility checks on every JSX: the dashboard's and the public pages rendered on the server.
    files: ['apps/dashboard/**/*.tsx', 'libs/publications/**/*.tsx', 'libs/shared/govuk/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // Build and test configuration sits outside the layering it enforces.
    files: ['**/jest*.config.ts', '**/webpack.config.js', '**/vite.config.mts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // Tests read untyped GraphQL JSON responses.
    files: ['**/test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
];
