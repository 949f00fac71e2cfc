import type { ProjectEvent, ProjectDetails, Stage } from '@tuijin/domain-projects';
import type { HistoryEntry } from '@tuijin/read-models';
import { CATEGORIES } from '@tuijin/domain-projects';
import { projectAsKnown } from './known-project';
import { toOc4idsProject, type ProjectContext } from './oc4ids-project';
import type { Oc4idsPackage, Oc4idsProject } from './oc4ids.types';
import { reviewErrors, schemaErrors } from './testing';

const PREFIX = 'oc4ids-tuijin';
const CONTEXT: ProjectContext = {
  prefix: PREFIX,
  district: { id: 'd-tongliang', code: '500151', name: '铜梁区' },
  unitNames: new Map([
    ['u-fgw', '区发展改革委'],
    ['u-jt', '区交通局'],
  ]),
};
const DETAILS: ProjectDetails = {
  name: '铜梁高新区智能制造产业园',
  category: 'INDUSTRIAL',
  totalInvestment: 12_345.67,
  ownerEnterprise: '重庆铜梁建设发展有限公司',
  township: '东城街道',
  longitude: 106.0566,
  latitude: 29.8448,
  description: '建设标准厂房约12万平方米',
};

/** A history as the read model keeps it: events in log order, the n-th recorded at minute n. */
function history(...events: ProjectEvent[]): HistoryEntry[] {
  return events.map((event, i) => ({
    position: i + 1,
    version: i + 1,
    type: event.type,
    occurredOn: event.occurredOn,
    recordedAt: recordedAt(i + 1),
    actor: { userId: 'u-reporter', role: 'UNIT_REPORTER' },
    data: event.data,
  }));
}
const recordedAt = (n: number) => `2025-06-01T08:${String(n).padStart(2, '0')}:00.000Z`;

const registered = (
  details: Partial<ProjectDetails> = {},
  stage: Stage = 'RESERVE',
  projectId = 'p-1',
): ProjectEvent => ({
  type: 'ProjectRegistered',
  occurredOn: '2025-01-10',
  data: {
    projectId,
    districtId: 'd-tongliang',
    code: 'TL-2025-001',
    leadUnitId: 'u-fgw',
    stage,
    ...DETAILS,
    ...details,
  },
});
const stage = (to: Stage, occurredOn: string, from: Stage = 'RESERVE'): ProjectEvent => ({
  type: 'StageChanged',
  occurredOn,
  data: { from, to, move: 'FORWARD' },
});
const report = (month: string, investment: number, progressPercent: number, corrected = false): ProjectEvent =>
  corrected
    ? {
        type: 'MonthlyReportCorrected',
        occurredOn: `${month}-28`,
        data: { month, investment, progressPercent, submittedOn: `${month}-28`, previousInvestment: 0 },
      }
    : {
        type: 'MonthlyReportSubmitted',
        occurredOn: `${month}-28`,
        data: { month, investment, progressPercent, submittedOn: `${month}-28` },
      };
const plan = (year: number, plannedInvestment: number, start: string, end: string): ProjectEvent => ({
  type: 'AnnualPlanSet',
  occurredOn: `${year}-01-15`,
  data: { year, plannedInvestment, plannedStartMonth: start, plannedCompletionMonth: end, milestones: ['主体封顶'] },
});

const asEvent = (entry: HistoryEntry): ProjectEvent =>
  ({ type: entry.type, occurredOn: entry.occurredOn, data: entry.data }) as ProjectEvent;

function exported(entries: HistoryEntry[], knownAt?: string): Oc4idsProject {
  const known = projectAsKnown(entries, knownAt);
  if (!known) throw new Error('not registered');
  return toOc4idsProject(known, CONTEXT);
}
const packageOf = (...projects: Oc4idsProject[]): Oc4idsPackage => ({
  uri: 'https://tuijin.example.gov.cn/open-data/500151/oc4ids.json',
  publisher: { name: '铜梁区' },
  publishedDate: recordedAt(59),
  version: '0.9',
  projects,
});

const LIFE = history(
  registered(),
  stage('PREPARATION', '2025-02-01'),
  stage('SIGNED', '2025-02-20', 'PREPARATION'),
  plan(2025, 1200, '2025-03', '2026-06'),
  plan(2026, 800, '2026-01', '2026-06'),
  stage('UNDER_CONSTRUCTION', '2025-03-05', 'SIGNED'),
  report('2025-03', 100, 8),
  report('2025-04', 120.5, 15),
  report('2025-04', 130.25, 16, true),
  stage('COMPLETED', '2026-06-20', 'UNDER_CONSTRUCTION'),
  stage('OPERATING', '2026-08-01', 'COMPLETED'),
);

describe('one project in OC4IDS', () => {
  it('names the project by the prefix and its Tuijin id, with its title, description, language and district code', () => {
    const project = exported(LIFE);
    expect(project.id).toBe('oc4ids-tuijin-p-1');
    expect(project.title).toBe('铜梁高新区智能制造产业园');
    expect(project.description).toBe('建设标准厂房约12万平方米');
    expect(project.language).toBe('zh');
    expect(project.identifiers).toEqual([{ id: 'TL-2025-001', scheme: 'tuijin/500151' }]);
    expect(project.updated).toBe(recordedAt(11));
  });

  it('turns 万元 into CNY: the budget is the total investment × 10,000, to the fen', () => {
    expect(exported(LIFE).budget).toEqual({ amount: { amount: 123_456_700, currency: 'CNY' } });
  });

  it.each([
    ['RESERVE', 'identification'],
    ['PREPARATION', 'preparation'],
    ['SIGNED', 'preparation'],
    ['UNDER_CONSTRUCTION', 'implementation'],
    ['SUSPENDED', 'implementation'],
    ['COMPLETED', 'completion'],
    ['OPERATING', 'maintenance'],
    ['CANCELLED', 'cancelled'],
  ] as [Stage, string][])('maps the stage %s to the status %s', (at, status) => {
    expect(exported(history(registered({}, at))).status).toBe(status);
  });

  it.each([
    ['INDUSTRIAL', ['economy']],
    ['INFRASTRUCTURE', ['transport', 'waterAndWaste']],
    ['SOCIAL', ['education', 'health', 'socialHousing']],
    ['NEW_INFRASTRUCTURE', ['communications']],
    ['SERVICES', ['economy']],
    ['AGRICULTURE', ['economy']],
    ['OTHER', ['governance']],
  ])('puts the category %s in the sectors %j, all from the projectSector codelist', (category, sectors) => {
    const project = exported(history(registered({ category: category as ProjectDetails['category'] })));
    expect(project.sector).toEqual(sectors);
    expect(project.type).toBe('construction');
  });

  it('maps every category there is', () => {
    for (const category of CATEGORIES)
      expect(exported(history(registered({ category }))).sector.length).toBeGreaterThan(0);
  });

  it('gives each status the span of its stages, from first entry to the day it moved on, the last one open', () => {
    const project = exported(LIFE);
    expect(project.identificationPeriod).toEqual({
      startDate: '2025-01-10T00:00:00+08:00',
      endDate: '2025-02-01T00:00:00+08:00',
    });
    // PREPARATION and SIGNED are both preparation: one span
    expect(project.preparationPeriod).toEqual({
      startDate: '2025-02-01T00:00:00+08:00',
      endDate: '2025-03-05T00:00:00+08:00',
    });
    expect(project.implementationPeriod).toEqual({
      startDate: '2025-03-05T00:00:00+08:00',
      endDate: '2026-06-20T00:00:00+08:00',
    });
    expect(project.completionPeriod).toEqual({
      startDate: '2026-06-20T00:00:00+08:00',
      endDate: '2026-08-01T00:00:00+08:00',
    });
    expect(project.maintenancePeriod).toEqual({ startDate: '2026-08-01T00:00:00+08:00' });
  });

  it('plans the project from the earliest planned start to the latest plan’s planned completion', () => {
    expect(exported(LIFE).period).toEqual({
      startDate: '2025-03-01T00:00:00+08:00',
      endDate: '2026-06-30T23:59:59+08:00',
    });
  });

  it('forecasts each year’s planned investment from the annual plans', () => {
    const [forecast] = exported(LIFE).forecasts ?? [];
    expect(forecast.id).toBe('financialProgress');
    expect(forecast.observations).toEqual([
      {
        id: '2025',
        period: { startDate: '2025-01-01T00:00:00+08:00', endDate: '2025-12-31T23:59:59+08:00' },
        value: { amount: 12_000_000, currency: 'CNY' },
        notes: '计划开工 2025-03，计划竣工 2026-06',
      },
      {
        id: '2026',
        period: { startDate: '2026-01-01T00:00:00+08:00', endDate: '2026-12-31T23:59:59+08:00' },
        value: { amount: 8_000_000, currency: 'CNY' },
        notes: '计划开工 2026-01，计划竣工 2026-06',
      },
    ]);
  });

  it('measures one observation a reported month, the latest report of the month: investment in CNY and progress in percent', () => {
    const metrics = exported(LIFE).metrics ?? [];
    const financial = metrics.find((m) => m.id === 'financialProgress');
    const physical = metrics.find((m) => m.id === 'physicalProgress');
    expect(financial?.observations).toEqual([
      {
        id: '2025-03',
        period: { startDate: '2025-03-01T00:00:00+08:00', endDate: '2025-03-31T23:59:59+08:00' },
        value: { amount: 1_000_000, currency: 'CNY' },
      },
      {
        id: '2025-04',
        period: { startDate: '2025-04-01T00:00:00+08:00', endDate: '2025-04-30T23:59:59+08:00' },
        value: { amount: 1_302_500, currency: 'CNY' },
      },
    ]);
    expect(physical?.observations.map((o) => [o.id, o.measure, o.unit?.name])).toEqual([
      ['2025-03', 8, 'percent'],
      ['2025-04', 16, 'percent'],
    ]);
  });

  it('records completion for a completed or operating project: the day it was completed and what was invested', () => {
    expect(exported(LIFE).completion).toEqual({
      endDate: '2026-06-20T00:00:00+08:00',
      finalValue: { amount: 2_302_500, currency: 'CNY' },
    });
    expect(exported(LIFE.slice(0, 9)).completion).toBeUndefined();
  });

  it('carries the opening balance (开累基数) into the investment observations and the final value', () => {
    const balance: ProjectEvent = {
      type: 'OpeningBalanceSet',
      occurredOn: '2025-02-25',
      data: { asOfMonth: '2025-02', cumulativeInvestment: 8417, yearToDateInvestment: 300 },
    };
    const carried = exported(history(...LIFE.slice(0, 3).map(asEvent), balance, ...LIFE.slice(3).map(asEvent)));
    expect(carried.metrics?.[0].observations[0]).toEqual({
      id: 'opening-2025-02',
      period: { endDate: '2025-02-28T23:59:59+08:00' },
      value: { amount: 84_170_000, currency: 'CNY' },
      notes: '开累基数：截至 2025-02 累计完成投资，其中 2025 年 300 万元',
    });
    expect(carried.metrics?.[0].observations.map((o) => o.id)).toEqual(['opening-2025-02', '2025-03', '2025-04']);
    // 8,417 + 100 + 130.25 万元
    expect(carried.completion?.finalValue).toEqual({ amount: 86_472_500, currency: 'CNY' });
    const pkg = packageOf(carried);
    expect(schemaErrors(pkg)).toEqual([]);
    expect(reviewErrors(pkg, PREFIX)).toEqual([]);
  });

  it('places the project at its WGS84 point, [longitude, latitude], in its township', () => {
    expect(exported(LIFE).locations).toEqual([
      {
        id: '1',
        description: '东城街道',
        geometry: { type: 'Point', coordinates: [106.0566, 29.8448] },
        address: { locality: '东城街道', region: '铜梁区', countryName: '中国' },
      },
    ]);
  });

  it('leaves a point outside China out of the locations, keeping the township', () => {
    const abroad = exported(history(registered({ longitude: 2.35, latitude: 48.85 })));
    expect(abroad.locations).toEqual([
      { id: '1', description: '东城街道', address: { locality: '东城街道', region: '铜梁区', countryName: '中国' } },
    ]);
    const nowhere = exported(history(registered({ longitude: undefined, latitude: undefined, township: undefined })));
    expect(nowhere.locations).toBeUndefined();
  });

  it('names the district government the public authority, the lead unit the administrative entity and the owner enterprise', () => {
    const project = exported(LIFE);
    expect(project.publicAuthority).toEqual({ id: 'd-tongliang', name: '铜梁区' });
    expect(project.parties.map((p) => [p.id, p.name, p.roles])).toEqual([
      ['d-tongliang', '铜梁区', ['publicAuthority']],
      ['u-fgw', '区发展改革委', ['administrativeEntity']],
      ['owner-enterprise', '重庆铜梁建设发展有限公司', ['buyer']],
    ]);
  });

  it('names the lead unit of the time, and no owner when none is recorded', () => {
    const moved = history(registered({ ownerEnterprise: undefined }), {
      type: 'LeadUnitChanged',
      occurredOn: '2025-02-01',
      data: { leadUnitId: 'u-jt', previousLeadUnitId: 'u-fgw' },
    });
    expect(exported(moved).parties.map((p) => p.id)).toEqual(['d-tongliang', 'u-jt']);
    expect(exported(moved, recordedAt(1)).parties.map((p) => p.id)).toEqual(['d-tongliang', 'u-fgw']);
  });

  it('shows the project as recorded by knownAt: not yet corrected, not yet moved on, and not at all before it was registered', () => {
    const then = exported(LIFE, recordedAt(8));
    expect(then.metrics?.[0].observations.at(-1)?.value).toEqual({ amount: 1_205_000, currency: 'CNY' });
    expect(then.status).toBe('implementation');
    expect(then.updated).toBe(recordedAt(8));
    expect(projectAsKnown(LIFE, '2025-06-01T08:00:59.999Z')).toBeUndefined();
  });

  it('leaves out what is empty: no description, plans or reports means no such fields at all', () => {
    const bare = exported(history(registered({ description: '  ', ownerEnterprise: undefined })));
    for (const field of ['description', 'period', 'forecasts', 'metrics', 'completion'])
      expect(bare).not.toHaveProperty(field);
    expect(schemaErrors(packageOf(bare))).toEqual([]);
    expect(reviewErrors(packageOf(bare), PREFIX)).toEqual([]);
  });

  it('passes the OC4IDS schema and the review checks through a whole life', () => {
    const pkg = packageOf(exported(LIFE), exported(history(registered({ category: 'SOCIAL' }, 'CANCELLED', 'p-2'))));
    expect(schemaErrors(pkg)).toEqual([]);
    expect(reviewErrors(pkg, PREFIX)).toEqual([]);
  });
});

describe('the checks catch a broken mapping', () => {
  const valid = () => packageOf(exported(LIFE));

  it('a status outside the codelist', () => {
    const pkg = valid();
    pkg.projects[0].status = 'underConstruction';
    expect(schemaErrors(pkg)).toEqual([expect.stringContaining('/projects/0/status')]);
  });

  it('a latitude/longitude swap', () => {
    const pkg = valid();
    const geometry = pkg.projects[0].locations?.[0].geometry;
    if (!geometry) throw new Error('no point');
    geometry.coordinates = [geometry.coordinates[1], geometry.coordinates[0]];
    expect(reviewErrors(pkg, PREFIX)).toEqual([expect.stringContaining('/projects/0/locations/0')]);
  });

  it('a missing party', () => {
    const pkg = valid();
    pkg.projects[0].parties = pkg.projects[0].parties.filter((p) => !p.roles.includes('publicAuthority'));
    expect(reviewErrors(pkg, PREFIX)).toEqual([expect.stringContaining('/projects/0/publicAuthority: names no party')]);
  });

  it('an amount without its currency, an empty string, an id without the prefix', () => {
    const pkg = valid() as unknown as { projects: Record<string, unknown>[] };
    pkg.projects[0]['budget'] = { amount: { amount: 1 } };
    pkg.projects[0]['title'] = '';
    pkg.projects[0]['id'] = 'p-1';
    expect(reviewErrors(pkg, PREFIX)).toEqual([
      '/projects/0/title: empty string',
      '/projects/0/budget/amount: amount without a currency',
      '/projects/0/id: p-1 lacks the prefix oc4ids-tuijin-',
    ]);
  });
});
