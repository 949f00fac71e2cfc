import { copyFileSync, readFileSync, truncateSync, writeFileSync } from 'fs';
import { join } from 'path';
import { describeReadModels, rebuildReadModels } from '@tuijin/read-models';
import { MemoryViewStore, readViewSnapshot, writeViewSnapshot } from '@tuijin/view-store-memory';
import { EmbeddedRuntime } from './embedded-runtime';
import { SNAPSHOT_FILE } from './read-model-snapshots';
import { backfillDistrict } from './testing/backfill';
import { TEST_PUBLISHING, TEST_SECURITY, TestPlatform } from './testing/test-platform';

/** The platform's runtime started again on a data directory, as after a restart. */
async function restart(dataDir: string) {
  const runtime = new EmbeddedRuntime(dataDir, () => '2025-06-30', TEST_SECURITY, TEST_PUBLISHING);
  const snapshot = await runtime.start();
  const digest = (await describeReadModels(runtime.views, await runtime.store.lastPosition())).digest;
  return { runtime, snapshot, digest };
}

/** The process dies without stopping (kill -9): nothing more is written, not even a snapshot. */
async function dies(api: TestPlatform): Promise<void> {
  await api.app.close();
  await api.runtime.relay.stop();
  await api.runtime.store.close();
  api.runtime.loginAttempts.close();
}

/** What the log itself says the read models are: a full replay into fresh ones. */
const rebuiltDigest = async (runtime: EmbeddedRuntime) =>
  (await rebuildReadModels(runtime.store, new MemoryViewStore())).digest;

describe('start-up from the read models’ snapshot', () => {
  let api: TestPlatform;
  let dataDir: string;
  let project: string;
  beforeEach(async () => {
    api = await TestPlatform.start();
    dataDir = api.dataDir;
    project = (await backfillDistrict(api)).project.id;
  });

  it('restores the read models a stop wrote, and replays nothing', async () => {
    const events = await api.runtime.store.lastPosition();
    await api.stop();

    const { runtime, snapshot, digest } = await restart(dataDir);

    expect(snapshot).toEqual({ restored: true, position: events });
    expect(digest).toBe(await rebuiltDigest(runtime));
    await runtime.close();
  });

  it('applies the events recorded after the snapshot, as after a kill -9', async () => {
    await api.runtime.writeSnapshot();
    const snapshotAt = await api.runtime.store.lastPosition();
    // recorded after the snapshot, then the process dies: in the log, not in the snapshot
    await api.ok(
      `mutation { reviseProject(input: { projectId: "${project}", changes: { name: "巴川大道（二期）" } }) { id } }`,
    );
    expect(await api.runtime.store.lastPosition()).toBeGreaterThan(snapshotAt);
    await dies(api);

    const { runtime, snapshot, digest } = await restart(dataDir);

    expect(snapshot).toEqual({ restored: true, position: snapshotAt });
    expect((await runtime.queries.project(project))?.name).toBe('巴川大道（二期）');
    expect(digest).toBe(await rebuiltDigest(runtime));
    await runtime.close();
  });

  describe('replays the whole log instead, with the same read models, when the snapshot', () => {
    const startsOver = async (spoil: (file: string) => unknown, reason: RegExp) => {
      await api.stop();
      await spoil(join(dataDir, SNAPSHOT_FILE));
      const { runtime, snapshot, digest } = await restart(dataDir);
      expect(snapshot).toEqual({ restored: false, reason: expect.stringMatching(reason) });
      expect(digest).toBe(await rebuiltDigest(runtime));
      await runtime.close();
    };

    it('is cut short', () =>
      startsOver((file) => truncateSync(file, readFileSync(file).length - 100), /not valid JSON|ends before/));

    it('has a byte altered', () =>
      startsOver((file) => {
        const bytes = readFileSync(file);
        const at = bytes.indexOf('铜梁区');
        writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from('璧山区'), bytes.subarray(at + 9)]));
      }, /checksum/));

    it('was written by another read-model version', () =>
      startsOver(async (file) => {
        const { position, eventAtPosition } = (await readViewSnapshot(file)).meta;
        const older = { readModelVersion: 0, position, eventAtPosition };
        await writeViewSnapshot(file, api.runtime.views.capture(), older);
      }, /read-model version 0/));

    it('belongs to another event log', async () => {
      const other = await TestPlatform.start();
      await backfillDistrict(other);
      await other.ok(`mutation { createDistrict(input: { code: "500120", name: "璧山区" }) { id } }`);
      await other.stop();
      await startsOver(
        () => copyFileSync(join(other.dataDir, SNAPSHOT_FILE), join(dataDir, SNAPSHOT_FILE)),
        /another event/,
      );
    });
  });
});
