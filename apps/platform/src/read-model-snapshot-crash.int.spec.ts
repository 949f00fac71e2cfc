import { existsSync, mkdtempSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describeReadModels, rebuildReadModels } from '@tuijin/read-models';
import { freePort, ServiceProcess } from '@tuijin/testing';
import { MemoryViewStore } from '@tuijin/view-store-memory';
import { EmbeddedRuntime } from './embedded-runtime';
import { SNAPSHOT_FILE } from './read-model-snapshots';
import { GraphqlClient, TEST_PUBLISHING, TEST_SECURITY } from './testing/test-platform';

const PASSWORD = 'Crash-Test-2025!';

/**
 * The platform with the demo data in a process of its own, asked to stop (which writes the read
 * models' snapshot) and killed with SIGKILL at several moments of that write. Each time, the data
 * directory starts again with exactly the read models a full replay of the log gives.
 */
describe('a snapshot write killed half-way (kill -9)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tuijin-snapshot-crash-'));
  let platform: ServiceProcess;

  const stopping = async () => {
    const started = performance.now();
    await platform.stop();
    return performance.now() - started;
  };
  const change = async (code: string) => {
    const { login } = await new GraphqlClient(platform.url).ok<{ login: { token: string } }>(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
      { u: 'admin', p: PASSWORD },
    );
    await new GraphqlClient(platform.url, login.token).ok(
      `mutation($i: CreateDistrictInput!) { createDistrict(input: $i) { id } }`,
      { i: { code, name: `区${code}` } },
    );
  };
  /** Opens the data directory as a restart would, and compares its read models with a full replay's. */
  const startsRight = async () => {
    const runtime = new EmbeddedRuntime(dataDir, () => '2025-12-31', TEST_SECURITY, TEST_PUBLISHING);
    const snapshot = await runtime.start();
    const events = await runtime.store.lastPosition();
    const started = (await describeReadModels(runtime.views, events)).digest;
    expect(started).toBe((await rebuildReadModels(runtime.store, new MemoryViewStore())).digest);
    await runtime.close();
    return snapshot.restored;
  };

  beforeAll(async () => {
    platform = new ServiceProcess('platform', 'apps/platform/src/main.ts', {
      PORT: String(await freePort()),
      TUIJIN_DATA_DIR: dataDir,
      TUIJIN_DEMO: '1',
      TUIJIN_DEMO_END_MONTH: '2025-12',
      TUIJIN_ADMIN_PASSWORD: PASSWORD,
      TUIJIN_TOKEN_SECRET: 'a-secret-of-at-least-thirty-two-characters',
      TUIJIN_LOG_LEVEL: 'warn',
    });
    await platform.start(300_000);
  }, 320_000);
  afterAll(() => platform.kill());

  it('leaves the previous snapshot or the new one, never a half one in use', async () => {
    // how long a stop takes here with its snapshot write, uninterrupted
    await change('WHOLE');
    const duration = await stopping();
    expect(existsSync(join(dataDir, SNAPSHOT_FILE))).toBe(true);
    expect(await startsRight()).toBe(true);

    const outcomes = { cut: 0, restored: 0, replayed: 0 };
    for (const [i, share] of [0.05, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9].entries()) {
      await platform.start();
      await change(`CUT${i}`);
      const stop = platform.stop().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, duration * share));
      await platform.kill();
      await stop;
      if (readdirSync(dataDir).some((name) => name.startsWith(`${SNAPSHOT_FILE}.writing-`))) outcomes.cut++;
      outcomes[(await startsRight()) ? 'restored' : 'replayed']++;
    }
    // some kills really fell inside a write; the snapshot before it was then used
    expect(outcomes.cut).toBeGreaterThan(0);
    expect(outcomes.restored).toBe(7);
  }, 600_000);
});
