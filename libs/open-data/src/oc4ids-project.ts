import { isInChina } from '@tuijin/domain-organization';
import type { AnnualPlan, MonthlyReport, OpeningBalance } from '@tuijin/domain-projects';
import { PERIOD_FIELD_OF_STATUS, PROJECT_TYPE, ROLES, SECTORS_OF_CATEGORY, STATUS_OF_STAGE } from './codelists';
import type { KnownProject } from './known-project';
import type { Metric, Oc4idsProject, Organization, Period, Value } from './oc4ids.types';

/** What a project's package entry needs besides the project: its district, unit names and the id prefix. */
export interface ProjectContext {
  /** The deployment's registered OC4IDS prefix (`oc4ids-xxxxxx`). */
  prefix: string;
  district: { id: string; code: string; name: string };
  /** Unit names by id. */
  unitNames: ReadonlyMap<string, string>;
}

/** Business dates are days in China, which keeps UTC+8 all year. */
const CHINA_OFFSET = '+08:00';
const startOf = (day: string) => `${day}T00:00:00${CHINA_OFFSET}`;
const endOf = (day: string) => `${day}T23:59:59${CHINA_OFFSET}`;
const lastDayOf = (month: string): string => {
  const [year, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
/** Periods by month, made once: every project reports on the same few dozen months. */
const monthPeriods = new Map<string, Period>();
function monthPeriod(month: string): Period {
  let period = monthPeriods.get(month);
  if (!period) {
    period = Object.freeze({ startDate: startOf(`${month}-01`), endDate: endOf(lastDayOf(month)) });
    monthPeriods.set(month, period);
  }
  return period;
}
const PERCENT = Object.freeze({ name: 'percent', scheme: 'UNCEFACT', id: 'P1' });
const byMonth = (a: MonthlyReport, b: MonthlyReport) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0);

/** 万元 → yuan, to the fen (分). */
export const cny = (wan: number): Value => ({ amount: Math.round(wan * 1_000_000) / 100, currency: 'CNY' });

/** A text field, left out when blank: OC4IDS has no empty strings. */
const text = (value: string | undefined): string | undefined =>
  value !== undefined && value.trim() !== '' ? value : undefined;

/** Copies only the fields that have a value, so the package holds no empty strings, objects or arrays. */
function defined<T extends object>(value: T): T {
  const result = {} as T;
  for (const [key, field] of Object.entries(value) as [keyof T, T[keyof T]][]) {
    if (field === undefined) continue;
    if (Array.isArray(field) && field.length === 0) continue;
    if (typeof field === 'object' && field !== null && !Array.isArray(field) && Object.keys(field).length === 0)
      continue;
    result[key] = field;
  }
  return result;
}

/** The project's OC4IDS id: the registered prefix, then the project's id in Tuijin (so it links back). */
export const oc4idsIdOf = (prefix: string, projectId: string): string => `${prefix}-${projectId}`;

/**
 * The span of every OC4IDS status the project has been in, from its stage history: from
 * the day it first entered the status to the day it last moved on (open while it is there).
 */
function stagePeriods(
  known: KnownProject,
): Partial<Record<(typeof PERIOD_FIELD_OF_STATUS)[keyof typeof PERIOD_FIELD_OF_STATUS], Period>> {
  const spans = new Map<string, { start: string; end?: string }>();
  known.stages.forEach(({ stage, on }, i) => {
    const status = STATUS_OF_STAGE[stage];
    const next = known.stages.slice(i + 1).find((later) => STATUS_OF_STAGE[later.stage] !== status);
    const span = spans.get(status);
    const end = next?.on;
    if (!span) spans.set(status, { start: on, end });
    else span.end = end === undefined || span.end === undefined ? undefined : end > span.end ? end : span.end;
  });
  const periods: Partial<Record<string, Period>> = {};
  for (const [status, field] of Object.entries(PERIOD_FIELD_OF_STATUS)) {
    const span = spans.get(status);
    if (span) periods[field] = defined({ startDate: startOf(span.start), endDate: span.end && startOf(span.end) });
  }
  return periods;
}

/** The planned span: from the earliest plan's start month to the latest plan's completion month. */
function plannedPeriod(plans: AnnualPlan[]): Period | undefined {
  if (plans.length === 0) return undefined;
  const start = plans.map((p) => p.plannedStartMonth).sort()[0];
  const end = [...plans].sort((a, b) => a.year - b.year)[plans.length - 1].plannedCompletionMonth;
  return { startDate: startOf(`${start}-01`), endDate: endOf(lastDayOf(end)) };
}

function forecasts(plans: AnnualPlan[]): Metric[] {
  if (plans.length === 0) return [];
  return [
    {
      id: 'financialProgress',
      title: '年度计划投资',
      description: 'Planned investment of each year (年度计划投资), from the annual plans',
      observations: plans.map((plan) => ({
        id: String(plan.year),
        period: { startDate: startOf(`${plan.year}-01-01`), endDate: endOf(`${plan.year}-12-31`) },
        value: cny(plan.plannedInvestment),
        notes: `计划开工 ${plan.plannedStartMonth}，计划竣工 ${plan.plannedCompletionMonth}`,
      })),
    },
  ];
}

/**
 * One observation per reported month, the latest report of the month (a correction replaces the
 * first), after the opening balance (开累基数): what was invested from the start up to the end of its month.
 */
function metrics(reports: MonthlyReport[], balance: OpeningBalance | undefined): Metric[] {
  if (reports.length === 0 && balance === undefined) return [];
  const opening = balance && {
    id: `opening-${balance.asOfMonth}`,
    period: { endDate: endOf(lastDayOf(balance.asOfMonth)) },
    value: cny(balance.cumulativeInvestment),
    notes: `开累基数：截至 ${balance.asOfMonth} 累计完成投资，其中 ${balance.asOfMonth.slice(0, 4)} 年 ${balance.yearToDateInvestment} 万元`,
  };
  return [
    {
      id: 'financialProgress',
      title: '本月完成投资',
      description:
        'Investment completed in each month (本月完成投资), from the monthly reports; first, when the project carried one in, the opening balance (开累基数): the investment from its start to the end of that month',
      observations: [
        ...(opening ? [opening] : []),
        ...reports.map((r) => ({ id: r.month, period: monthPeriod(r.month), value: cny(r.investment) })),
      ],
    },
    ...(reports.length === 0
      ? []
      : [
          {
            id: 'physicalProgress',
            title: '形象进度',
            description: 'Physical progress at the end of each month (形象进度), from the monthly reports',
            observations: reports.map((r) => ({
              id: r.month,
              period: monthPeriod(r.month),
              measure: r.progressPercent,
              unit: PERCENT,
            })),
          },
        ]),
  ];
}

/**
 * Completion (竣工): the day the project first reached COMPLETED or OPERATING, and what it cost by then
 * (开累: the opening balance and every reported month).
 */
function completion(known: KnownProject, reports: MonthlyReport[]): Oc4idsProject['completion'] {
  const status = STATUS_OF_STAGE[known.state.stage];
  if (status !== 'completion' && status !== 'maintenance') return undefined;
  const completed = known.stages.find((s) => s.stage === 'COMPLETED' || s.stage === 'OPERATING');
  if (!completed) return undefined;
  const balance = known.state.openingBalance;
  const total = reports.reduce((sum, r) => sum + r.investment, balance?.cumulativeInvestment ?? 0);
  const invested = reports.length > 0 || balance !== undefined;
  return defined({ endDate: startOf(completed.on), finalValue: invested ? cny(total) : undefined });
}

function parties(known: KnownProject, context: ProjectContext): Organization[] {
  const { district } = context;
  const { details, leadUnitId } = known.state;
  const region = { region: district.name, countryName: '中国' };
  const owner = text(details.ownerEnterprise);
  return [
    { id: district.id, name: district.name, roles: [...ROLES.district], address: region },
    {
      id: leadUnitId,
      name: context.unitNames.get(leadUnitId) ?? leadUnitId,
      roles: [...ROLES.leadUnit],
      address: region,
    },
    ...(owner ? [{ id: 'owner-enterprise', name: owner, roles: [...ROLES.ownerEnterprise] }] : []),
  ];
}

/**
 * One project in OC4IDS. A point outside China is left out of `locations` (it is a
 * mistake the app flags for correction); every amount is in CNY.
 */
export function toOc4idsProject(known: KnownProject, context: ProjectContext): Oc4idsProject {
  const { state } = known;
  const { details } = state;
  const reports = Object.values(state.reports).sort(byMonth);
  const plans = Object.values(state.plans).sort((a, b) => a.year - b.year);
  const township = text(details.township);
  const { longitude, latitude } = details;
  const point =
    longitude !== undefined && latitude !== undefined && isInChina(longitude, latitude)
      ? { type: 'Point' as const, coordinates: [longitude, latitude] as [number, number] }
      : undefined;
  const address = defined({ locality: township, region: context.district.name, countryName: '中国' });
  return defined<Oc4idsProject>({
    id: oc4idsIdOf(context.prefix, state.projectId),
    updated: known.lastChange,
    language: 'zh',
    identifiers: [{ id: state.code, scheme: `tuijin/${context.district.code}` }],
    publicAuthority: { id: context.district.id, name: context.district.name },
    title: details.name,
    description: text(details.description),
    budget: { amount: cny(details.totalInvestment) },
    period: plannedPeriod(plans),
    locations: point || township ? [defined({ id: '1', description: township, geometry: point, address })] : undefined,
    status: STATUS_OF_STAGE[state.stage],
    type: PROJECT_TYPE,
    sector: SECTORS_OF_CATEGORY[details.category],
    parties: parties(known, context),
    ...stagePeriods(known),
    forecasts: forecasts(plans),
    metrics: metrics(reports, state.openingBalance),
    completion: completion(known, reports),
  });
}
