import nx from '@nx/eslint-plugin';

const frameworksAndDrivers = [
  '@nestjs/*',
  '@apollo/*',
  'graphql',
  'express',
  'mongoose',
  'mongodb',
  'kafkajs',
  'better-sqlite3',
  'react',
  'react-dom',
  'antd',
  'echarts',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.nx', 'data', 'tmp'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
              bannedExternalImports: [...frameworksAndDrivers, 'fs', 'node:*', 'crypto', 'uuid'],
            },
            {
              sourceTag: 'type:application',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:contracts', 'type:application'],
              bannedExternalImports: frameworksAndDrivers,
            },
            {
              sourceTag: 'type:read-model',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:contracts', 'type:application'],
              bannedExternalImports: frameworksAndDrivers,
            },
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
            },
            {
              sourceTag: 'type:infra',
              onlyDependOnLibsWithTags: [
                'type:domain',
                'type:util',
                'type:contracts',
                'type:application',
                'type:read-model',
                // adapters' specs run the shared contract suites
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:api',
              onlyDependOnLibsWithTags: [
                'type:domain',
                'type:util',
                'type:contracts',
                'type:application',
                'type:read-model',
                'type:output',
              ],
            },
            {
              // documents made from the read models (bulletins, open data): they read views, and render files
              sourceTag: 'type:output',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:contracts', 'type:application', 'type:read-model'],
              bannedExternalImports: frameworksAndDrivers,
            },
            {
              // the demo generator feeds the command handlers; its acceptance test seeds a real store
              sourceTag: 'type:demo-data',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:application', 'type:infra', 'type:testing'],
            },
            {
              // wires adapters to the application for the services of either topology
              sourceTag: 'type:composition',
              onlyDependOnLibsWithTags: [
                'type:domain',
                'type:util',
                'type:contracts',
                'type:application',
                'type:read-model',
                'type:infra',
                'type:api',
                'type:output',
              ],
            },
            {
              // end-to-end tests drive the apps as processes, never by importing them
              sourceTag: 'type:e2e',
              notDependOnLibsWithTags: ['type:app'],
            },
            {
              sourceTag: 'type:testing',
              notDependOnLibsWithTags: ['type:app'],
            },
            {
              sourceTag: 'type:app',
              notDependOnLibsWithTags: ['type:app'],
            },
            {
              sourceTag: 'type:tool',
              notDependOnLibsWithTags: ['type:tool'],
            },
          ],
        },
      ],
    },
  },
];
