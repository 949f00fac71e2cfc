// Runs the TypeScript sources directly: SWC transpiles on load (with decorator
// metadata for NestJS) and resolves the workspace's `@tuijin/*` path aliases.
process.env.SWC_NODE_PROJECT ??= require('path').join(__dirname, '../../tsconfig.base.json');
require('@swc-node/register');
