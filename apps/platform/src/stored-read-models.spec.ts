import { copyFileSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'fs';
import { join } from 'path';
import { commandMessage } from '@tuijin/application';
import { DEMO_ACTOR } from '@tuijin/demo-data';
import { SqliteViewStore } from '@tuijin/event-store-sqlite';
import { describeReadModels, rebuildReadModels } from '@tuijin/read-models';
import { MemoryViewStore } from '@tuijin/view-store-memory';
import { EmbeddedRuntime } from './embedded-runtime';
import { READ_MODELS_FILE } from './stored-read-models';
import { backfillDistrict } from './testing/backfill';
import { TEST_PUBLISHING, TEST_SECURITY, TestPlatform } from './testing/test-platform';

/** The platform's runtime started again on a data directory, as after a restart. */
async function restart(dataDir: string) {
  const runtime = new EmbeddedRuntime(dataDir, () => '2025-06-30', TEST_SECURITY, TEST_PUBLISHING);
  const outcome = await runtime.start();
  const digest = (await describeReadModels(runtime.views, await runtime.store.lastPosition())).digest;
  return { runtime, outcome, digest };
}

/**
 * The process dies without stopping (kill -9): nothing more is written, and its read models'
 * file is left unsealed; the system releases the file's lock, as it does a killed process's.
 */
async function dies(api: TestPlatform): Promise<void> {
  await api.app.close();
  await api.runtime.relay.stop();
  await api.runtime.store.close();
  api.runtime.loginAttempts.close();
  api.runtime.views.close();
  rmSync(join(api.dataDir, `${READ_MODELS_FILE}.seal`));
}

/** What the log itself says the read models are: a full replay into fresh ones. */
const rebuiltDigest = async (runtime: EmbeddedRuntime) =>
  (await rebuildReadModels(runtime.store, new MemoryViewStore())).digest;

describe('start-up from the stored read models', () => {
  let api: TestPlatform;
  let dataDir: string;
  let project: string;
  beforeEach(async () => {
    api = await TestPlatform.start();
    dataDir = api.dataDir;
    project = (await backfillDistrict(api)).project.id;
  });

  it('serves the read models a stop left, and replays nothing', async () => {
    const events = await api.runtime.store.lastPosition();
    await api.stop();

    const { runtime, outcome, digest } = await restart(dataDir);

    expect(outcome).toEqual({ kept: true, position: events, checked: 'sealed' });
    expect((await runtime.queries.project(project))?.id).toBe(project);
    expect(digest).toBe(await rebuiltDigest(runtime));
    await runtime.close();
  });

  it('applies the events the log holds beyond them, as after a kill -9 before they were projected', async () => {
    const projected = await api.runtime.store.lastPosition();
    // recorded, but the process dies before the projector sees it
    await api.runtime.relay.stop();
    await api.runtime.commands.handle(
      commandMessage('CreateDistrict', { code: '500120', name: '璧山区' }, { actor: DEMO_ACTOR, today: '2025-06-30' }),
    );
    expect(await api.runtime.store.lastPosition()).toBeGreaterThan(projected);
    await dies(api);

    const { runtime, outcome, digest } = await restart(dataDir);

    // no stop sealed the file: every document was checked
    expect(outcome).toEqual({ kept: true, position: projected, checked: 'documents' });
    expect((await runtime.queries.districts()).map((d) => d.name)).toContain('璧山区');
    expect(digest).toBe(await rebuiltDigest(runtime));
    await runtime.close();
  });

  it('refuses a second process on them while the platform runs (a rebuild, say), and leaves them as they are', async () => {
    const events = await api.runtime.store.lastPosition();

    expect(() => new EmbeddedRuntime(dataDir, () => '2025-06-30', TEST_SECURITY, TEST_PUBLISHING)).toThrow(
      /read models' file .* is in use by another process/,
    );

    expect((await api.runtime.queries.project(project))?.id).toBe(project);
    await api.stop();
    const { runtime, outcome } = await restart(dataDir);
    expect(outcome).toEqual({ kept: true, position: events, checked: 'sealed' });
    await runtime.close();
  }, 30_000);

  describe('rebuilds them from the log instead, with the same read models, when their file', () => {
    const startsOver = async (spoil: (file: string) => unknown, reason: RegExp) => {
      await api.stop();
      await spoil(join(dataDir, READ_MODELS_FILE));
      const { runtime, outcome, digest } = await restart(dataDir);
      expect(outcome).toEqual({ kept: false, reason: expect.stringMatching(reason) });
      expect(digest).toBe(await rebuiltDigest(runtime));
      expect((await runtime.queries.project(project))?.id).toBe(project);
      await runtime.close();
    };

    it('is missing', () => startsOver((file) => rmSync(file), /none yet/));

    it('is cut short', () => startsOver((file) => truncateSync(file, readFileSync(file).length / 2), /damaged/));

    it('has a byte altered', () =>
      startsOver((file) => {
        // every copy, so the live document is among them (a replaced one may linger in a free page)
        const text = readFileSync(file).toString('latin1');
        const [from, to] = [Buffer.from('铜梁区').toString('latin1'), Buffer.from('璧山区').toString('latin1')];
        expect(text).toContain(from);
        writeFileSync(file, Buffer.from(text.replaceAll(from, to), 'latin1'));
      }, /damaged.*checksum/));

    it('is not a database at all', () => startsOver((file) => writeFileSync(file, 'read models'), /damaged/));

    it('was built by another read-model version', () =>
      startsOver((file) => {
        const views = new SqliteViewStore(file);
        views.setMeta('readModelVersion', '0');
        views.close();
      }, /read-model version 0/));

    it('belongs to another event log', async () => {
      const other = await TestPlatform.start();
      await backfillDistrict(other);
      await other.ok(`mutation { createDistrict(input: { code: "500120", name: "璧山区" }) { id } }`);
      await other.stop();
      await startsOver(
        () => copyFileSync(join(other.dataDir, READ_MODELS_FILE), join(dataDir, READ_MODELS_FILE)),
        /another event/,
      );
    });
  });
});
