// Shared Jest setup: SWC transpiles TypeScript (with decorator metadata for NestJS),
// and the tsconfig path aliases are mapped so tests import libraries by their public names.
const { compilerOptions } = require('./tsconfig.base.json');

// Platforms started inside a test log nothing; tests that read the log start a process with its own level.
process.env.TUIJIN_LOG_LEVEL ??= 'silent';

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
};
