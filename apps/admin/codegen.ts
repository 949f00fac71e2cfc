import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the workspace root: `npm run codegen:admin`.
const schemaFile = 'libs/contracts/src/schema.graphql';
const authContract = 'apps/admin/src/graphql/auth-contract.graphql';

/** The authentication part of the contract is added only while the platform's schema lacks it. */
function schemaSources(): string[] {
  const schema = readFileSync(join(process.cwd(), schemaFile), 'utf8');
  return /\btype\s+AuthPayload\b/.test(schema) ? [schemaFile] : [schemaFile, authContract];
}

const config: CodegenConfig = {
  schema: schemaSources(),
  // enum values keep the schema's order (stages in lifecycle order, …): the app lists them as declared
  config: { sort: false },
  documents: ['apps/admin/src/**/*.operations.ts'],
  ignoreNoDocuments: false,
  generates: {
    // the schema's enums as values too, in its order, for the app's choices and filters
    'apps/admin/src/gql/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsConst: true },
    },
    'apps/admin/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
