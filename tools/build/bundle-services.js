#!/usr/bin/env node
// Compiles the services ahead of time: each entry point with the workspace code it
// imports becomes one CommonJS file under dist/apps/<service>/, run by plain `node`.
// SWC compiles each TypeScript file as the development loader does (legacy decorators
// with their metadata, which NestJS's injection reads and esbuild cannot emit); esbuild
// resolves the `@tuijin/*` aliases and bundles. npm packages stay outside the bundle and
// are installed beside it (`npm ci --omit=dev`): better-sqlite3 is a native module,
// GraphiQL's files are served from node_modules, NestJS and mongoose require optional
// packages at run time, and the MongoDB and Kafka drivers are loaded only by the
// distributed mode.
//   node tools/build/bundle-services.js [platform|gateway|project-service …]
const { cpSync, readFileSync, rmSync } = require('fs');
const { join, resolve } = require('path');
const esbuild = require('esbuild');
const swc = require('@swc/core');

const root = resolve(__dirname, '../..');

/** Entry points of each service: the server, and the platform's operator commands. */
const SERVICES = {
  platform: ['main', 'rebuild', 'backup', 'restore'],
  gateway: ['main'],
  'project-service': ['main'],
};

/** Files the bundled code reads from its own folder (`__dirname`), copied there from the sources. */
const BESIDE_THE_CODE = {
  'libs/contracts/src/schema.graphql': 'schema.graphql',
  'libs/demo-data/src/boundaries': 'boundaries',
};

const SWC_OPTIONS = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  sourceMaps: 'inline',
};

const compileWithSwc = {
  name: 'swc',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const { code } = await swc.transform(readFileSync(path, 'utf8'), { ...SWC_OPTIONS, filename: path });
      return { contents: code, loader: 'js' };
    });
  },
};

async function bundle(service) {
  const outdir = join(root, 'dist/apps', service);
  // a build holds only what this one wrote: nothing left over from an earlier one
  rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: SERVICES[service].map((name) => join(root, `apps/${service}/src/${name}.ts`)),
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    tsconfig: join(root, 'tsconfig.base.json'),
    plugins: [compileWithSwc],
    sourcemap: 'linked',
    // graphql-js and others skip their development-only checks in production
    banner: { js: "process.env.NODE_ENV ??= 'production';" },
    logLevel: 'warning',
  });
  // files the code reads from beside itself: the GraphQL contract, the demo districts' maps
  for (const [from, to] of Object.entries(BESIDE_THE_CODE))
    cpSync(join(root, from), join(outdir, to), { recursive: true });
}

async function main() {
  const requested = process.argv.slice(2);
  const services = requested.length > 0 ? requested : Object.keys(SERVICES);
  for (const service of services) {
    if (!SERVICES[service]) throw new Error(`no service ${service}; one of ${Object.keys(SERVICES).join(', ')}`);
    const started = performance.now();
    await bundle(service);
    console.log(`built dist/apps/${service} in ${Math.round(performance.now() - started)} ms`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
