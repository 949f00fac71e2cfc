import { districtIdFor } from '@tuijin/application';
import { currentLabels, labelsKnownAt } from '@tuijin/bulletins';
import type { EmbeddedRuntime } from './embedded-runtime';
import { seededDemo } from './testing/seeded-demo';

const TODAY = '2026-12-02';
const TONGLIANG = districtIdFor('500151');

/**
 * The demo as `npm start` seeds it on 2 December 2026: twelve months of reports ending in November
 * 2026, each event recorded on its day, so the README's "as of" link (2026-Q2 as known at
 * 2026-07-05T00:00:00Z) shows the district as it stood then.
 */
describe('the demo seeded today, as known at past instants', () => {
  let runtime: EmbeddedRuntime;

  beforeAll(async () => {
    runtime = await seededDemo(TODAY);
  }, 120_000);
  afterAll(() => runtime.close());

  it('shows a live district for last month: its projects, lights and this year’s investment', async () => {
    const { figures, lights } = await runtime.assessments.dashboard(TONGLIANG, '2026-11');
    expect(figures.projectCount).toBeGreaterThan(50);
    expect(figures.completedYearToDate).toBeGreaterThan(0);
    expect(lights.green + lights.yellow + lights.red).toBeGreaterThan(30);
  });

  it('answers the README link with the district as it was on 5 July: fewer figures than known now', async () => {
    const then = await runtime.assessments.dashboard(TONGLIANG, '2026-Q2', '2026-07-05T00:00:00Z');
    const now = await runtime.assessments.dashboard(TONGLIANG, '2026-Q2');
    expect(then.figures.projectCount).toBeGreaterThan(50);
    expect(then.assessment.units.some((unit) => unit.rank === 1)).toBe(true);
    expect(then.figures.completedYearToDate).toBeGreaterThan(0);
    // June's reports, mostly sent on 1–5 July, and later corrections were not yet known
    expect(then.figures.completedYearToDate).toBeLessThan(now.figures.completedYearToDate);
  });

  it('shows nothing as known before the districts were set up in November 2025', async () => {
    const before = await runtime.assessments.dashboard(TONGLIANG, '2025-10', '2025-10-31T00:00:00Z');
    expect(before.figures.projectCount).toBe(0);
  });

  it('names projects, leaders and problem owners in a bulletin as of now as the log’s label events do', async () => {
    // as of now a bulletin reads the labels from the read models; as known earlier it folds the log
    for (const district of await runtime.queries.districts()) {
      const ids = await runtime.queries.projectIds(district.id, {});
      const now = await currentLabels(runtime.queries, district.id, ids);
      expect(now).toEqual(await labelsKnownAt(runtime.queries, ids, '9999-12-31T00:00:00.000Z'));
      const labels = [...now.values()];
      expect(labels.length).toBeGreaterThan(10);
      expect(labels.some((l) => l.leader !== null)).toBe(true);
      expect(labels.some((l) => l.problems.size > 0)).toBe(true);
    }
  });
});
