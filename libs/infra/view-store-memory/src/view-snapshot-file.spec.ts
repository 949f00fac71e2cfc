import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { ViewDoc } from '@tuijin/application';
import { MemoryViewStore } from './memory-view-store';
import { readViewSnapshot, removeUnfinishedSnapshots, UnusableSnapshot, writeViewSnapshot } from './view-snapshot-file';

const PROJECTS = 2500;

/** Read models of a district: enough projects that a snapshot is written in several pieces. */
async function filledStore(): Promise<MemoryViewStore> {
  const views = new MemoryViewStore(['districtId']);
  const projects = Array.from({ length: PROJECTS }, (_, i) => ({
    collection: 'projects',
    doc: {
      id: `p${i}`,
      districtId: i % 2 ? 'd-a' : 'd-b',
      name: `项目${i}`,
      reports: [{ month: '2025-03', amount: i }],
    },
  }));
  await views.commit([...projects, { collection: 'districts', doc: { id: 'd-a', name: '铜梁区' } as ViewDoc }], {
    name: 'projector',
    position: 4242,
  });
  return views;
}

const expectUnusable = async (file: string, reason: RegExp) => {
  const read = readViewSnapshot(file);
  await expect(read).rejects.toBeInstanceOf(UnusableSnapshot);
  await expect(read).rejects.toThrow(reason);
};

describe('a snapshot of in-memory read models', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tuijin-snapshot-'));
    file = join(dir, 'read-models.snapshot');
  });

  it('restores every document, the checkpoint, and queries by index, as they were', async () => {
    const views = await filledStore();
    await writeViewSnapshot(file, views.capture(), { position: 4242 });

    const { meta, captured } = await readViewSnapshot(file);
    const restored = new MemoryViewStore(['districtId']);
    restored.restore(captured);

    expect(meta).toEqual({ position: 4242 });
    expect(await restored.checkpoint('projector')).toBe(4242);
    expect(await restored.all('projects')).toEqual(await views.all('projects'));
    expect(await restored.get('districts', 'd-a')).toEqual({ id: 'd-a', name: '铜梁区' });
    const page = await restored.find('projects', {
      where: { districtId: 'd-a' },
      orderBy: { field: 'name', direction: 'ASC' },
      limit: 2,
    });
    expect(page.totalCount).toBe(PROJECTS / 2);
    expect(page.items.map((doc: ViewDoc) => doc.id)).toEqual(['p1', 'p1001']);
  });

  it('captures one instant: a commit after the capture is not in the snapshot', async () => {
    const views = await filledStore();
    const captured = views.capture();
    await views.commit([{ collection: 'districts', doc: { id: 'd-b', name: '璧山区' } as ViewDoc }], {
      name: 'projector',
      position: 4243,
    });
    await writeViewSnapshot(file, captured, {});

    const { captured: read } = await readViewSnapshot(file);
    expect(read.checkpoints).toEqual([['projector', 4242]]);
    expect(read.collections.find(([name]) => name === 'districts')?.[1]).toEqual([{ id: 'd-a', name: '铜梁区' }]);
  });

  it('is refused when it is missing, cut short, altered or followed by more', async () => {
    await expectUnusable(file, /there is none/);

    await writeViewSnapshot(file, (await filledStore()).capture(), {});
    const whole = readFileSync(file);

    truncateSync(file, whole.indexOf('\n', whole.length / 2) + 1);
    await expectUnusable(file, /ends before its projects documents/);
    writeFileSync(file, whole.subarray(0, whole.length / 2));
    await expectUnusable(file, /document is not valid JSON|ends before/);

    const altered = Buffer.from(whole);
    const at = altered.indexOf('项目1234');
    altered.write('项目4321', at);
    writeFileSync(file, altered);
    await expectUnusable(file, /checksum does not match/);

    writeFileSync(file, Buffer.concat([whole, Buffer.from('{"id":"extra"}\n')]));
    await expectUnusable(file, /goes on after its trailer/);

    writeFileSync(file, whole.subarray(0, whole.indexOf('\n') - 1));
    await expectUnusable(file, /header is not valid JSON/);
  });

  it('keeps the previous snapshot whole when a write fails half-way, and leaves no piece behind', async () => {
    await writeViewSnapshot(file, (await filledStore()).capture(), { generation: 1 });
    const failing = (await filledStore()).capture();
    const [, docs] = failing.collections.find(([name]) => name === 'projects')!;
    docs[PROJECTS - 10] = {
      id: 'bad',
      toJSON() {
        throw new Error('the disk is full');
      },
    } as unknown as ViewDoc;

    await expect(writeViewSnapshot(file, failing, { generation: 2 })).rejects.toThrow('the disk is full');

    expect((await readViewSnapshot(file)).meta).toEqual({ generation: 1 });
    expect(readdirSync(dir)).toEqual(['read-models.snapshot']);
  });

  it('removes what a writer killed half-way left, and only that', async () => {
    await writeViewSnapshot(file, (await filledStore()).capture(), {});
    writeFileSync(join(dir, 'read-models.snapshot.writing-12345'), '{"format":1');
    writeFileSync(join(dir, 'events.sqlite'), 'the log');

    await removeUnfinishedSnapshots(file);

    expect(readdirSync(dir).sort()).toEqual(['events.sqlite', 'read-models.snapshot']);
    expect((await readViewSnapshot(file)).captured.checkpoints).toEqual([['projector', 4242]]);
  });
});
