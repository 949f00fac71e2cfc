import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describeReadModels, rebuildReadModels } from '@tuijin/read-models';
import { freePort, ServiceProcess } from '@tuijin/testing';
import { MemoryViewStore } from '@tuijin/view-store-memory';
import { EmbeddedRuntime } from './embedded-runtime';
import { READ_MODELS_FILE } from './stored-read-models';
import { TEST_PUBLISHING, TEST_SECURITY } from './testing/test-platform';

/**
 * The platform with the demo data in a process of its own, its read models' file removed so
 * that it builds them again from the log, and killed with SIGKILL at several moments of that
 * start (replaying, writing the rebuilt read models in one transaction, serving) and once it
 * serves. Each time, the data directory then starts with exactly the read models a full
 * replay of the log gives.
 */
describe('read models killed half-way through being written (kill -9)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tuijin-read-models-crash-'));
  let platform: ServiceProcess;

  const removeReadModels = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `${READ_MODELS_FILE}${suffix}`), { force: true });
  };
  /** Opens the data directory as a restart would, and compares its read models with a full replay's. */
  const startsRight = async () => {
    const runtime = new EmbeddedRuntime(dataDir, () => '2025-12-31', TEST_SECURITY, TEST_PUBLISHING);
    const outcome = await runtime.start();
    const events = await runtime.store.lastPosition();
    const started = (await describeReadModels(runtime.views, events)).digest;
    expect(started).toBe((await rebuildReadModels(runtime.store, new MemoryViewStore())).digest);
    await runtime.close();
    return outcome;
  };

  beforeAll(async () => {
    platform = new ServiceProcess('platform', 'apps/platform/src/main.ts', {
      PORT: String(await freePort()),
      TUIJIN_DATA_DIR: dataDir,
      TUIJIN_DEMO: '1',
      TUIJIN_DEMO_END_MONTH: '2025-12',
      TUIJIN_ADMIN_PASSWORD: 'Crash-Test-2025!',
      TUIJIN_TOKEN_SECRET: 'a-secret-of-at-least-thirty-two-characters',
      TUIJIN_LOG_LEVEL: 'warn',
    });
    await platform.start(300_000);
    await platform.stop();
  }, 320_000);
  afterAll(() => platform.kill());

  it('leaves either no read models or whole ones, never half of them in use', async () => {
    // how long a start takes here when it builds the read models from the log
    removeReadModels();
    const started = performance.now();
    await platform.start();
    const duration = performance.now() - started;
    await platform.stop();

    const outcomes = { empty: 0, whole: 0 };
    const killedAfter = async (ms: number | 'ready') => {
      removeReadModels();
      const starting = platform.start().catch(() => undefined);
      if (ms === 'ready') await starting;
      else await new Promise((resolve) => setTimeout(resolve, ms));
      await platform.kill();
      await starting;
      const outcome = await startsRight();
      // kept with nothing in them (killed before the rebuilt read models were committed), or whole
      outcomes[outcome.kept && outcome.position > 0 ? 'whole' : 'empty']++;
    };
    // spread around the start's own length, which varies from one start to the next
    for (const share of [0.3, 0.45, 0.6, 0.75, 0.9, 1.05, 1.2]) await killedAfter(duration * share);
    await killedAfter('ready');
    // some kills fell before the rebuild was committed, some after
    expect(outcomes.empty).toBeGreaterThan(0);
    expect(outcomes.whole).toBeGreaterThan(0);
  }, 600_000);
});
