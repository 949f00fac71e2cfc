import { execFileSync, spawn, spawnSync, type ChildProcess } from 'child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
} from 'fs';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';
import { freePort, untilReady } from '@tuijin/testing';
import { copyOf, envOf, readDockerfile, type Stage } from './dockerfile';

/**
 * The Dockerfile's steps, done without Docker: the checkout stands for the build stage
 * (installed from the same lock file; its build command runs here), the deps stage
 * installs the production dependencies in a clean folder with the image's Node.js, and
 * the final stage is put together in another, from which the image's command starts
 * the platform as an unprivileged user. TUIJIN_IMAGE_NODE names the folder of the
 * image's Node.js (bin/node, include/node); without it, the Node.js running the tests.
 */
const ROOT = resolve(__dirname, '../../..');
const IMAGE_NODE = process.env['TUIJIN_IMAGE_NODE'] ?? dirname(dirname(process.execPath));
/** The node user of the official Node.js images. */
const IMAGE_USER = { uid: 1000, gid: 1000 };
const asRoot = process.getuid?.() === 0;

const stages = readDockerfile(join(ROOT, 'Dockerfile'));
const stageNamed = (name: string): Stage => {
  const stage = stages.find((s) => s.name === name);
  if (!stage) throw new Error(`the Dockerfile has no stage ${name}`);
  return stage;
};
const finalStage = stages[stages.length - 1];

let work: string;
let app: string;
let dataDir: string;
const baseEnv = () => ({ PATH: `${join(work, 'base/bin')}:${process.env['PATH']}` });

/** RUN, as the image's shell would, with the image's Node.js first on the PATH. */
function run(command: string, cwd: string): void {
  const result = spawnSync('bash', ['-c', command], {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...baseEnv(), npm_config_nodedir: IMAGE_NODE, NX_DAEMON: 'false' },
  });
  if (result.status !== 0) throw new Error(`"${command}" failed with ${result.status}`);
}

/** COPY from the build context or an earlier stage (whose /app is `stageDirs[from]`). */
function copy(args: string, into: string, stageDirs: Record<string, string>): void {
  const { from, sources, target } = copyOf(args);
  for (const source of sources) {
    const origin = from ? join(stageDirs[from], source.replace(/^\/app\/?/, '')) : join(ROOT, source);
    const destination = target.endsWith('/')
      ? join(into, target, source.split('/').pop() as string)
      : join(into, target);
    if (from === 'deps') renameSync(origin, destination);
    else cpSync(origin, destination, { recursive: true });
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tuijin-image-'));
  chmodSync(work, 0o755);
  // the base image: its Node.js at bin/node
  mkdirSync(join(work, 'base/bin'), { recursive: true });
  copyFileSync(join(IMAGE_NODE, 'bin/node'), join(work, 'base/bin/node'));

  // build stage: the checkout, installed by CI from the same lock file; its build runs here
  for (const { op, args } of stageNamed('build').instructions) {
    if (op === 'RUN' && !args.includes('npm ci')) run(args, ROOT);
  }
  // deps stage, in a clean folder
  const deps = join(work, 'deps');
  mkdirSync(deps);
  for (const { op, args } of stageNamed('deps').instructions) {
    if (op === 'COPY') copy(args, deps, {});
    if (op === 'RUN') run(args, deps);
  }
  // final stage
  app = join(work, 'app');
  dataDir = join(work, 'data');
  mkdirSync(app);
  for (const { op, args } of finalStage.instructions) {
    if (op === 'COPY') copy(args, app, { deps, build: ROOT });
    if (op === 'RUN') {
      expect(args).toBe('mkdir -p /data && chown node:node /data');
      mkdirSync(dataDir);
      if (asRoot) chownSync(dataDir, IMAGE_USER.uid, IMAGE_USER.gid);
    }
  }
}, 20 * 60_000);

/** Starts a command of the image (`node …`) with the image's environment, as its user. */
async function startFromImage(
  command: string[],
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess; log: () => string }> {
  const port = await freePort();
  const imageEnv = Object.assign(
    {},
    ...finalStage.instructions.filter((i) => i.op === 'ENV').map((i) => envOf(i.args)),
  );
  const [program, ...args] = command;
  expect(program).toBe('node');
  const child = spawn(join(work, 'base/bin/node'), args, {
    cwd: app,
    env: { ...baseEnv(), ...imageEnv, HOST: '127.0.0.1', PORT: String(port), TUIJIN_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(asRoot ? IMAGE_USER : {}),
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { url: `http://127.0.0.1:${port}`, child, log: () => output };
}

const stop = (child: ChildProcess) =>
  child.exitCode === null && child.signalCode === null
    ? new Promise((done) => {
        child.once('exit', done);
        child.kill('SIGTERM');
      })
    : Promise.resolve();

describe('the image, built and started without Docker', () => {
  it('runs the built platform as an unprivileged user: the admin app at /, compressed and cached, and the API at /graphql', async () => {
    const cmd = finalStage.instructions.find((i) => i.op === 'CMD');
    expect(finalStage.instructions.find((i) => i.op === 'USER')?.args).toBe('node');
    const platform = await startFromImage(JSON.parse(cmd?.args ?? '[]'), {
      TUIJIN_DEMO: '0',
      TUIJIN_ADMIN_PASSWORD: 'Image-test-2025',
    });
    try {
      await untilReady(platform.url, platform.child, platform.log);
      if (asRoot) {
        const status = readFileSync(`/proc/${platform.child.pid}/status`, 'utf8');
        expect(status).toMatch(new RegExp(`^Uid:\\s+${IMAGE_USER.uid}\\s`, 'm'));
      }
      const page = await fetch(`${platform.url}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      const html = await page.text();
      expect(html).toContain('<div id="root"></div>');
      const script = html.match(/src="(\/assets\/index-[\w-]+\.js)"/)?.[1];
      expect(script).toBeDefined();
      const asset = await fetch(`${platform.url}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-encoding')).toBe('br');
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await asset.text()).length).toBeGreaterThan(1000);
      // GraphiQL's files come from the installed packages
      expect((await fetch(`${platform.url}/graphiql/graphiql.js`)).status).toBe(200);

      const login = await fetch(`${platform.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation { login(username: "admin", password: "Image-test-2025") { user { username role } } }',
        }),
      });
      expect(await login.json()).toEqual({ data: { login: { user: { username: 'admin', role: 'CITY_ADMIN' } } } });
      expect(existsSync(join(dataDir, 'events.sqlite'))).toBe(true);
    } finally {
      await stop(platform.child);
    }
  }, 180_000);

  it('seeds the demo on a first start, as `npm start` does, with its maps and accounts', async () => {
    const cmd = finalStage.instructions.find((i) => i.op === 'CMD');
    const demoData = join(work, 'demo-data');
    mkdirSync(demoData);
    if (asRoot) chownSync(demoData, IMAGE_USER.uid, IMAGE_USER.gid);
    // today's demo calendar, as a new user gets it: the files it reads beside the code must be in the build
    const platform = await startFromImage(JSON.parse(cmd?.args ?? '[]'), {
      TUIJIN_DEMO: '1',
      TUIJIN_DATA_DIR: demoData,
      TUIJIN_ADMIN_PASSWORD: 'Image-test-2025',
    });
    try {
      await untilReady(platform.url, platform.child, platform.log, { timeoutMs: 240_000 });
      const gql = async (query: string, token?: string) =>
        (await (
          await fetch(`${platform.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify({ query }),
          })
        ).json()) as {
          data: {
            login: { token: string };
            me: { districtIds: string[] };
            district: { name: string };
            districtMap: unknown;
            projects: { totalCount: number };
          };
          errors?: unknown[];
        };
      const login = await gql('mutation { login(username: "tongliang-admin", password: "Tuijin@2025") { token } }');
      const token = login.data.login.token;
      const { data } = await gql('{ me { districtIds } }', token);
      const [districtId] = data.me.districtIds;
      const answer = await gql(
        `{ district(id: "${districtId}") { name } districtMap(districtId: "${districtId}") { approximate } projects(districtId: "${districtId}", first: 1) { totalCount } }`,
        token,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data.district.name).toBe('铜梁区');
      expect(answer.data.districtMap).not.toBeNull();
      expect(answer.data.projects.totalCount).toBeGreaterThan(100);
    } finally {
      await stop(platform.child);
    }
  }, 300_000);

  it('holds the production dependencies only, with better-sqlite3 built for the image’s Node.js', () => {
    for (const devOnly of ['vite', 'esbuild', '@swc/core', '@swc-node/register', 'jest', 'typescript', 'nx', 'antd']) {
      expect({ devOnly, installed: existsSync(join(app, 'node_modules', devOnly)) }).toEqual({
        devOnly,
        installed: false,
      });
    }
    const loaded = execFileSync(
      join(work, 'base/bin/node'),
      ['-e', "new (require('better-sqlite3'))(':memory:'); console.log(process.version)"],
      {
        cwd: app,
        encoding: 'utf8',
      },
    );
    expect(loaded.trim()).toBe(execFileSync(join(IMAGE_NODE, 'bin/node'), ['--version'], { encoding: 'utf8' }).trim());
    expect(existsSync(join(app, 'apps'))).toBe(false);
    expect(existsSync(join(app, 'libs'))).toBe(false);
  });

  it('starts the distributed services from the same image', async () => {
    const projectService = await startFromImage(['node', 'dist/apps/project-service/main.js'], {
      TUIJIN_STORE: 'sqlite',
      TUIJIN_BUS: 'memory',
      TUIJIN_ADMIN_PASSWORD: 'Image-test-2025',
    });
    try {
      await untilReady(projectService.url, projectService.child, projectService.log);
      const lines = projectService
        .log()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(lines).toContainEqual(expect.objectContaining({ service: 'project-service', level: 'info' }));
    } finally {
      await stop(projectService.child);
    }
    // the gateway loads and checks its configuration (its storage is MongoDB, not here)
    const gateway = await startFromImage(['node', 'dist/apps/gateway/main.js'], { TUIJIN_ROLE: 'api' });
    const code = await new Promise((done) => gateway.child.once('exit', done));
    expect(code).toBe(1);
    expect(JSON.parse(gateway.log().trim().split('\n').pop() as string)).toMatchObject({
      level: 'fatal',
      service: 'gateway-api',
      msg: expect.stringContaining('MONGO_URL must be set'),
    });
  }, 180_000);
});
