import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every `graphql(...)` operation under src/features, generated from the
 * API's committed schema. `nx run dashboard:codegen` rewrites src/gql; a test fails while the
 * files there are stale. CODEGEN_OUT lets that test generate into a scratch folder instead.
 */
const out = process.env['CODEGEN_OUT'] ?? join(__dirname, 'src/gql');

const config: CodegenConfig = {
  schema: join(__dirname, '../api/schema.gql'),
  documents: [join(__dirname, 'src/features/**/*.{ts,tsx}'), '!**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    [`${out}/`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
