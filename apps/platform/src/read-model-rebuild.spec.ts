import { Projector, type Projection } from '@tuijin/application';
import {
  ALL_PROJECTIONS,
  COLLECTIONS,
  readModelSnapshot,
  rebuildReadModels,
  type ProjectView,
} from '@tuijin/read-models';
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
    expect(report.documents).toMatchObject({ districts: 1, units: 2, projects: 1, problems: 1 });
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

  it('never change a document a reader already holds: a batch changes its own copy', async () => {
    const [held] = await api.runtime.views.all<ProjectView>(COLLECTIONS.projects);
    const asRead = structuredClone(held);
    await api.ok(`mutation($input: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $input) { id } }`, {
      input: { projectId: held.id, month: '2025-06', investment: 777, progressPercent: 40, submittedOn: '2025-07-02' },
    });
    expect(held).toEqual(asRead);
    const now = await api.runtime.views.get<ProjectView>(COLLECTIONS.projects, held.id);
    expect(now?.monthlyReports.map((r) => r.month)).toContain('2025-06');
    expect(now?.completedInvestment).toBe(held.completedInvestment + 777);
  });

  it('leave no trace of a batch that fails half-way, in a delivered batch or a rebuild', async () => {
    const failing: Projection = {
      name: 'fails on the first stage change',
      reads: () => undefined,
      apply(event) {
        if (event.type === 'StageChanged') throw new Error('projection failed');
      },
    };
    const everything = await api.runtime.store.readAll(0, 1_000_000);
    const views = new MemoryViewStore();
    const incremental = new Projector(views, [...ALL_PROJECTIONS, failing]);
    await incremental.start();
    const firstStageChange = everything.findIndex((e) => e.type === 'StageChanged');
    await incremental.handle(everything.slice(0, firstStageChange));
    const before = await readModelSnapshot(views);
    // the failing batch changes documents before it fails: none of that may show
    await expect(incremental.handle(everything.slice(firstStageChange - 3))).rejects.toThrow('projection failed');
    expect(await readModelSnapshot(views)).toEqual(before);
    expect(incremental.appliedPosition).toBe(everything[firstStageChange - 1].position);

    const scratch = new MemoryViewStore();
    const rebuilding = new Projector(scratch, [...ALL_PROJECTIONS, failing]);
    await expect(rebuilding.catchUp(api.runtime.store, { fromScratch: true, readSize: 3 })).rejects.toThrow(
      'projection failed',
    );
    expect(await scratch.checkpoint(rebuilding.name)).toBe(0);
    expect(Object.values(await readModelSnapshot(scratch)).flat()).toEqual([]);
  });
});
