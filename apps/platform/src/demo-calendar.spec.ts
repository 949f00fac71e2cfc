import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { districtIdFor } from '@tuijin/application';
import { DEMO_ACTOR, demoCalendarFor, seedDemo } from '@tuijin/demo-data';
import { EmbeddedRuntime } from './embedded-runtime';
import { TEST_SECURITY } from './testing/test-platform';

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
    runtime = new EmbeddedRuntime(mkdtempSync(join(tmpdir(), 'tuijin-calendar-')), () => TODAY, TEST_SECURITY);
    await runtime.start();
    await seedDemo(runtime.commands, DEMO_ACTOR, { ...demoCalendarFor(TODAY), scale: 0.5 }, runtime.recording);
    await runtime.waitFor(await runtime.store.lastPosition());
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
});
