import { Projector } from '@tuijin/application';
import { ALL_PROJECTIONS, readModelSnapshot, rebuildReadModels } from '@tuijin/read-models';
import { MemoryViewStore } from '@tuijin/view-store-memory';
import { backfillDistrict } from './testing/backfill';
import { TestPlatform } from './testing/test-platform';

describe('read models rebuilt from the event log', () => {
  let api: TestPlatform;
  beforeEach(async () => {
    api = await TestPlatform.start();
    await backfillDistrict(api);
  });
  afterEach(() => api.stop());

  it('come out exactly as the live projection built them, event by event', async () => {
    const live = await readModelSnapshot(api.runtime.views);
    const rebuiltViews = new MemoryViewStore();
    const report = await rebuildReadModels(api.runtime.store, rebuiltViews);
    expect(await readModelSnapshot(rebuiltViews)).toEqual(live);
    expect(report.events).toBe(await api.runtime.store.lastPosition());
    expect(report.documents).toMatchObject({ districts: 1, units: 2, projects: 1, problems: 1, projectHistory: 1 });
    const again = await rebuildReadModels(api.runtime.store, new MemoryViewStore());
    expect(again.digest).toBe(report.digest);
  });

  it('ignore a redelivery of the whole log, so replay is harmless', async () => {
    const before = await readModelSnapshot(api.runtime.views);
    const everything = await api.runtime.store.readAll(0, 1_000_000);
    await api.runtime.projector.handle(everything);
    await api.runtime.projector.handle(everything.slice(3, 9));
    expect(await readModelSnapshot(api.runtime.views)).toEqual(before);
  });

  it('catch up from a checkpoint in small batches to the same state', async () => {
    const views = new MemoryViewStore();
    const projector = new Projector(views, ALL_PROJECTIONS);
    await projector.start();
    await projector.catchUp(api.runtime.store, { readSize: 2 });
    expect(projector.appliedPosition).toBe(await api.runtime.store.lastPosition());
    expect(await readModelSnapshot(views)).toEqual(await readModelSnapshot(api.runtime.views));
  });
});
