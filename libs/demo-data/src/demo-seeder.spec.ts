import { CommandDispatcher, districtIdFor, RecordingClock, type StoredEvent } from '@tuijin/application';
import { SqliteEventStore } from '@tuijin/event-store-sqlite';
import { DEMO_DISTRICTS } from './catalogue/districts';
import { DemoCalendar, demoCalendarFor, REFERENCE_END_MONTH } from './demo-calendar';

/** The calendar the demo has without an end month: calendar year 2025, its reports in by January 2026. */
const REFERENCE = new DemoCalendar(REFERENCE_END_MONTH);
const DEMO_END = REFERENCE.simulatedEnd;
const DEMO_YEAR = REFERENCE.currentYear;
import { generateDemo } from './demo-plan';
import { DEMO_ACTOR, DemoSeedError, seedDemo } from './demo-seeder';

type Data = Record<string, unknown>;

function platform() {
  const store = new SqliteEventStore(':memory:');
  return { store, commands: new CommandDispatcher(store) };
}

const dataOf = (event: StoredEvent) => event.data as Data;
const lastDayOfMonth = (month: string) =>
  `${month}-${String(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()).padStart(2, '0')}`;
const monthName = (m: number) => `${DEMO_YEAR}-${String(m).padStart(2, '0')}`;

type Light = 'GREEN' | 'YELLOW' | 'RED';

/**
 * Each project's light (红黄绿灯) at the end of month m, by the spec's default
 * rules, read straight from the event log: lag behind the time-proportional
 * target, or a late start.
 */
function lightsAt(events: StoredEvent[], m: number): Map<string, Light> {
  const end = lastDayOfMonth(monthName(m));
  const projects = new Map<
    string,
    { stage: string; plan?: Data; reports: Map<string, number>; registeredOn: string }
  >();
  for (const event of events) {
    if (event.occurredOn > end && event.type !== 'MonthlyReportSubmitted' && event.type !== 'MonthlyReportCorrected')
      continue;
    const data = dataOf(event);
    if (event.type === 'ProjectRegistered') {
      projects.set(event.streamId, { stage: data.stage as string, reports: new Map(), registeredOn: event.occurredOn });
    }
    const project = projects.get(event.streamId);
    if (!project) continue;
    if (event.type === 'StageChanged') project.stage = data.to as string;
    if (event.type === 'AnnualPlanSet' && data.year === DEMO_YEAR) project.plan = data;
    if (event.type === 'MonthlyReportSubmitted' || event.type === 'MonthlyReportCorrected') {
      project.reports.set(data.month as string, data.investment as number);
    }
  }
  const lights = new Map<string, Light>();
  for (const [id, project] of projects) {
    if (!project.plan || project.stage === 'CANCELLED') continue;
    const startMonth = project.plan.plannedStartMonth as string;
    const s = Number(startMonth.slice(0, 4)) === DEMO_YEAR ? Number(startMonth.slice(5, 7)) : 1;
    const f = Math.min(1, Math.max(0, (m - s + 1) / (13 - s)));
    let completed = 0;
    for (let k = 1; k <= m; k++) completed += project.reports.get(monthName(k)) ?? 0;
    const lag = f - completed / (project.plan.plannedInvestment as number);
    const rank = (light: Light) => ['GREEN', 'YELLOW', 'RED'].indexOf(light);
    let light: Light = lag <= 0 ? 'GREEN' : lag <= 0.1 ? 'YELLOW' : 'RED';
    const started = ['UNDER_CONSTRUCTION', 'COMPLETED', 'OPERATING'].includes(project.stage);
    if (!started && Number(startMonth.slice(0, 4)) === DEMO_YEAR && s < m) {
      const delay: Light = m - s >= 3 ? 'RED' : m - s >= 1 ? 'YELLOW' : 'GREEN';
      if (rank(delay) > rank(light)) light = delay;
    }
    lights.set(id, light);
  }
  return lights;
}

const count = <T>(items: Iterable<T>, predicate: (item: T) => boolean) => {
  let n = 0;
  for (const item of items) if (predicate(item)) n++;
  return n;
};

describe('seeding the demo into the platform (scale 1)', () => {
  let events: StoredEvent[];
  let operations: number;
  const ofType = (type: string) => events.filter((event) => event.type === type);

  beforeAll(async () => {
    const { store, commands } = platform();
    ({ operations } = await seedDemo(commands, DEMO_ACTOR));
    events = await store.readAll(0, 1e9);
    await store.close();
  }, 60_000);

  it('is accepted in full: one event per operation, all by the demo actor', () => {
    expect(operations).toBe(generateDemo().length);
    expect(events).toHaveLength(operations);
    expect(events.every((event) => event.actor.userId === DEMO_ACTOR.userId)).toBe(true);
  });

  it('creates all five districts with their units, and 155 key projects in 铜梁区', () => {
    expect(ofType('DistrictCreated').map((event) => dataOf(event).name)).toEqual([
      '铜梁区',
      '渠县',
      '侯马经济开发区',
      '渝中区',
      '长春市',
    ]);
    const units = ofType('UnitCreated');
    expect(units.filter((event) => dataOf(event).name === '巴川街道')).toHaveLength(1);
    expect(units.filter((event) => dataOf(event).kind === 'DEPARTMENT').length).toBeGreaterThan(50);
    const registered = ofType('ProjectRegistered');
    for (const district of DEMO_DISTRICTS) {
      const districtId = districtIdFor(district.code);
      expect(count(registered, (event) => dataOf(event).districtId === districtId)).toBe(district.projects);
    }
    expect(count(registered, (event) => dataOf(event).districtId === districtIdFor('500151'))).toBe(155);
    expect(ofType('ReserveTargetSet').length).toBeGreaterThan(50);
  });

  it('moves projects through the whole lifecycle, with backward moves, suspensions and cancellations', () => {
    const moves = ofType('StageChanged').map(dataOf);
    for (const stage of ['PREPARATION', 'SIGNED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'OPERATING']) {
      expect(count(moves, (move) => move.to === stage && move.move === 'FORWARD')).toBeGreaterThan(0);
    }
    expect(count(moves, (move) => move.move === 'BACKWARD')).toBeGreaterThanOrEqual(3);
    expect(count(moves, (move) => move.move === 'SUSPEND')).toBeGreaterThanOrEqual(5);
    expect(count(moves, (move) => move.move === 'RESUME')).toBeGreaterThanOrEqual(3);
    const cancellations = moves.filter((move) => move.move === 'CANCEL');
    expect(cancellations.length).toBeGreaterThanOrEqual(1);
    expect(cancellations.length).toBeLessThanOrEqual(2);
    expect(cancellations.every((move) => typeof move.reason === 'string' && /终止/.test(move.reason))).toBe(true);
    const reserveThisYear = ofType('ProjectRegistered').filter(
      (event) => dataOf(event).stage === 'RESERVE' && event.occurredOn.startsWith(String(DEMO_YEAR)),
    );
    expect(reserveThisYear.length).toBeGreaterThan(30);
  });

  it('has monthly reports that are mostly on time, some late, some corrected', () => {
    const reports = ofType('MonthlyReportSubmitted').map(dataOf);
    const dueDay = (month: string) => {
      const [year, m] = month.split('-').map(Number);
      return m === 12 ? `${year + 1}-01-05` : `${year}-${String(m + 1).padStart(2, '0')}-05`;
    };
    const late = count(reports, (report) => (report.submittedOn as string) > dueDay(report.month as string));
    expect(late / reports.length).toBeGreaterThan(0.03);
    expect(late / reports.length).toBeLessThan(0.2);
    expect(ofType('MonthlyReportCorrected').length).toBeGreaterThan(20);
    expect(reports.filter((report) => report.month === `${DEMO_YEAR}-12`).length).toBeGreaterThan(100);
  });

  it('keeps a problem ledger with every outcome, including overdue problems still open at the end', () => {
    const raised = new Map(ofType('ProblemRaised').map((event) => [dataOf(event).problemId as string, dataOf(event)]));
    const settled = new Set(
      [...ofType('ProblemResolved'), ...ofType('ProblemClosed')].map((event) => dataOf(event).problemId as string),
    );
    const overdueOpen = [...raised.values()].filter(
      (problem) => !settled.has(problem.problemId as string) && (problem.dueOn as string) < DEMO_END,
    );
    expect(overdueOpen.length).toBeGreaterThanOrEqual(5);
    const resolvedLate = ofType('ProblemResolved').filter(
      (event) => event.occurredOn > (raised.get(dataOf(event).problemId as string)?.dueOn as string),
    );
    expect(resolvedLate.length).toBeGreaterThan(5);
    expect(ofType('ProblemResolved').length - resolvedLate.length).toBeGreaterThan(resolvedLate.length);
    const levels = ofType('ProblemEscalated').map((event) => dataOf(event).level);
    expect(levels).toContain('LEADER');
    expect(levels).toContain('ONSITE_OFFICE');
    expect(ofType('ProblemAssigned').length).toBeGreaterThan(10);
    expect(ofType('ProblemClosed').length).toBeGreaterThanOrEqual(2);
    expect(new Set([...raised.values()].map((problem) => problem.category))).toEqual(
      new Set(['LAND', 'FINANCING', 'APPROVAL', 'UTILITIES', 'LABOUR', 'OTHER']),
    );
  });

  it('shows red, yellow and green lights, and some red projects catching up by December', () => {
    const june = lightsAt(events, 6);
    const december = lightsAt(events, 12);
    for (const light of ['RED', 'YELLOW', 'GREEN'] as const) {
      expect(count(june.values(), (value) => value === light)).toBeGreaterThan(10);
      expect(count(december.values(), (value) => value === light)).toBeGreaterThan(10);
    }
    const caughtUp = count(june, ([id, light]) => light === 'RED' && december.get(id) !== 'RED');
    expect(caughtUp).toBeGreaterThan(3);
  });

  it('records leaders, service secretaries, plan revisions and lead-unit changes', () => {
    expect(ofType('LeaderAssigned').length).toBeGreaterThan(250);
    expect(ofType('ServiceSecretaryAssigned').length).toBeGreaterThan(250);
    const plans = ofType('AnnualPlanSet');
    expect(plans.length).toBeGreaterThan(ofType('ProjectRegistered').length * 0.7);
    expect(count(plans, (event) => dataOf(event).year === DEMO_YEAR + 1)).toBeGreaterThan(0);
    expect(ofType('LeadUnitChanged').length + ofType('ProjectDetailsRevised').length).toBeGreaterThan(0);
  });
});

describe('seedDemo', () => {
  it('stops at the first rejected operation and says which one', async () => {
    const { store, commands } = platform();
    await seedDemo(commands, DEMO_ACTOR, { scale: 0.1 });
    const again = seedDemo(commands, DEMO_ACTOR, { scale: 0.1 });
    await expect(again).rejects.toThrow(DemoSeedError);
    await expect(seedDemo(commands, DEMO_ACTOR, { scale: 0.1 })).rejects.toThrow(
      /^Demo operation #0 \(CreateDistrict on 2024-12-01\) was rejected: .*already exists/,
    );
    await store.close();
  });
});

describe('a demo whose twelve months end in November 2026, seeded on 2 December 2026', () => {
  let events: StoredEvent[];
  const ofType = (type: string) => events.filter((event) => event.type === type);
  const calendar = demoCalendarFor('2026-12-02');

  beforeAll(async () => {
    const recording = new RecordingClock();
    const seeded = new SqliteEventStore(':memory:', { now: recording.now });
    await seedDemo(new CommandDispatcher(seeded), DEMO_ACTOR, { ...calendar, scale: 0.3 }, recording);
    events = await seeded.readAll(0, 1e9);
    await seeded.close();
  }, 60_000);

  it('ends with the month before, and enters nothing after yesterday', () => {
    expect(calendar).toEqual({ endMonth: '2026-11', lastDay: '2026-12-01' });
    const reported = new Set(ofType('MonthlyReportSubmitted').map((event) => dataOf(event).month as string));
    expect([...reported].sort()).toEqual([
      '2025-12',
      ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    ]);
    expect(events.every((event) => event.recordedAt < '2026-12-02')).toBe(true);
  });

  it('records every event on the day it was entered, from the set-up month on', () => {
    expect(events[0].recordedAt).toBe('2025-11-01T01:00:00.000Z');
    const days = events.map((event) => event.recordedAt);
    expect(days).toEqual([...days].sort());
  });

  it('plans both years the window touches, and carries in the investment of projects already building', () => {
    const years = new Set(ofType('AnnualPlanSet').map((event) => dataOf(event).year));
    expect([...years].sort()).toEqual([2025, 2026, 2027]);
    const balances = ofType('OpeningBalanceSet');
    expect(balances.length).toBeGreaterThan(20);
    for (const { data } of balances) {
      const { asOfMonth, cumulativeInvestment, yearToDateInvestment } = data as Data;
      expect(asOfMonth).toBe('2025-11');
      expect(yearToDateInvestment as number).toBeLessThanOrEqual(cumulativeInvestment as number);
      expect(cumulativeInvestment as number).toBeGreaterThan(0);
    }
  });
});
