import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

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
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:util'],
            },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:server',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:server'],
            },
            {
              sourceTag: 'scope:directory',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:server', 'scope:directory'],
            },
            {
              sourceTag: 'scope:strategy',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:server', 'scope:strategy'],
            },
            {
              sourceTag: 'scope:plans',
              onlyDependOnLibsWithTags: [
                'scope:shared',
                'scope:server',
                'scope:directory',
                'scope:strategy',
                'scope:plans',
              ],
            },
            {
              sourceTag: 'scope:reporting',
              onlyDependOnLibsWithTags: [
                'scope:shared',
                'scope:server',
                'scope:directory',
                'scope:strategy',
                'scope:plans',
                'scope:reporting',
              ],
            },
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
  {
    // Build and test configuration sits outside the layering it enforces.
    files: ['**/jest*.config.ts', '**/webpack.config.js'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // Tests read untyped GraphQL JSON responses.
    files: ['**/test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
];
