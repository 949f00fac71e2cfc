// Runs the TypeScript sources directly: SWC transpiles on load (with decorator
// metadata for NestJS) and resolves the workspace's `@tuijin/*` path aliases.
// graphql-js and others skip their development-only checks in production
process.env.NODE_ENV ??= 'production';
process.env.SWC_NODE_PROJECT ??= require('path').join(__dirname, '../../tsconfig.base.json');
require('@swc-node/register');
