import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runViewStoreContract } from '@tuijin/testing';
import { DamagedViews, SqliteViewStore } from './sqlite-view-store';

runViewStoreContract('SQLite', async () => new SqliteViewStore(':memory:'));
runViewStoreContract(
  'SQLite, indexed',
  async () => new SqliteViewStore(':memory:', { indexedFields: ['districtId', 'stage'] }),
);

describe('SQLite view store on disk', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'tuijin-views-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const project = { id: 'p1', districtId: 'd1', name: '铜梁高新区标准厂房', totalInvestment: 500 };

  it('keeps documents, checkpoints and their marks across a reopen', async () => {
    const file = join(dir, 'views.sqlite');
    const views = new SqliteViewStore(file, { indexedFields: ['districtId'], markOf: async (p) => `event@${p}` });
    await views.commit([{ collection: 'projects', doc: project }], { name: 'projector', position: 7 });
    views.setMeta('version', '3');
    views.close();

    const reopened = new SqliteViewStore(file, { indexedFields: ['districtId'] });
    expect(await reopened.get('projects', 'p1')).toEqual(project);
    expect(reopened.markedCheckpoint('projector')).toEqual({ position: 7, mark: 'event@7' });
    expect(reopened.meta('version')).toBe('3');
    const page = await reopened.find('projects', {
      where: { districtId: 'd1' },
      orderBy: { field: 'name', direction: 'ASC' },
      limit: 5,
    });
    expect(page.items).toEqual([project]);
    expect(reopened.verify()).toBe('sealed');
    reopened.close();
  });

  it('gives a file written without a column for the district one, filled from its documents', async () => {
    const file = join(dir, 'views.sqlite');
    const before = new SqliteViewStore(file);
    const other = { ...project, id: 'p2', districtId: 'd2' };
    const moved: typeof project = { ...other, districtId: 'd1' };
    const unplaced = { id: 'p3', name: '未定区县项目' };
    await before.commit(
      [project, other, unplaced].map((doc) => ({ collection: 'projects', doc })),
      { name: 'projector', position: 3 },
    );
    before.close();

    const reopened = new SqliteViewStore(file, { indexedFields: ['districtId'] });
    const inDistrict = (districtId: string) =>
      reopened.find('projects', { where: { districtId }, orderBy: { field: 'name', direction: 'ASC' }, limit: 5 });
    expect((await inDistrict('d1')).items).toEqual([project]);
    await reopened.commit([{ collection: 'projects', doc: moved }], {
      name: 'projector',
      position: 4,
    });
    expect((await inDistrict('d1')).items.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect((await inDistrict('d2')).totalCount).toBe(0);
    reopened.close();
  });

  it('is sealed by a clean close only: a file left open, as by a kill, has every document checked', async () => {
    const file = join(dir, 'views.sqlite');
    const views = new SqliteViewStore(file);
    await views.commit([{ collection: 'projects', doc: project }], { name: 'projector', position: 1 });
    views.close();
    expect(existsSync(`${file}.seal`)).toBe(true);

    const running = new SqliteViewStore(file);
    // the seal is used up by the open that trusted it
    expect(existsSync(`${file}.seal`)).toBe(false);
    expect(running.verify()).toBe('sealed');
    await running.commit([{ collection: 'projects', doc: { ...project, name: '改名' } as typeof project }], {
      name: 'projector',
      position: 2,
    });

    const afterKill = new SqliteViewStore(file);
    expect(afterKill.verify()).toBe('documents');
    expect(await afterKill.get('projects', 'p1')).toMatchObject({ name: '改名' });
    afterKill.close();
    running.close();
  });

  it('finds a document whose bytes were changed on disk', async () => {
    const file = join(dir, 'views.sqlite');
    const views = new SqliteViewStore(file);
    await views.commit([{ collection: 'projects', doc: project }], { name: 'projector', position: 1 });
    views.close();
    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from('"totalInvestment":500'));
    expect(at).toBeGreaterThan(0);
    bytes.write('"totalInvestment":900', at);
    writeFileSync(file, bytes);

    const altered = new SqliteViewStore(file);
    expect(() => altered.verify()).toThrow(DamagedViews);
    altered.close();
  });

  it('refuses a field name that is not one', async () => {
    const views = new SqliteViewStore(':memory:');
    await expect(
      views.find('projects', { orderBy: { field: "name') --", direction: 'ASC' }, limit: 1 }),
    ).rejects.toThrow('not a read-model field name');
  });
});
