#!/usr/bin/env node
// `npm start` serves the admin app from dist/apps/admin; build it once if it is not there.
const { existsSync } = require('fs');
const { spawnSync } = require('child_process');
const { join, resolve } = require('path');

const root = resolve(__dirname, '../../..');
if (!existsSync(join(root, 'dist/apps/admin/index.html'))) {
  console.log('Building the admin web app (first start only)…');
  const result = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--config', 'apps/admin/vite.config.mts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
