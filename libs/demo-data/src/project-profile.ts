import { projectIdFor } from '@tuijin/application';
import { lastDayOf, yearOf } from '@tuijin/domain-kernel';
import type { Category, OpeningBalance, Person, ProblemCategory } from '@tuijin/domain-projects';
import type { SignatureProject } from './catalogue/districts';
import { addDays, addMonths, dayInMonth, monthsBetween } from './calendar';
import type { DemoCalendar } from './demo-calendar';
import { investmentPace, PERFORMANCE_WEIGHTS, type InvestmentPace, type Performance } from './investment-schedule';
import { chooseLeadUnit, RESERVE_SHARE, type DistrictContext, type UnitContext } from './organisation';
import type { ProblemOutcome, ProblemRequest } from './problem-plan';
import type { Random } from './random';
import { drawReportingHabit, type ReportingHabit } from './report-plan';
import { timelineOf, type Archetype, type Scenario, type Timeline } from './stage-timeline';

export interface PlanEntry {
  /** The day the plan is entered (plans take effect on entry). */
  today: string;
  year: number;
  plannedInvestment: number;
  plannedStartMonth: string;
  plannedCompletionMonth: string;
}

/** A change of who answers for the project, or of its total investment, on a day of the year. */
export interface Change {
  day: string;
  kind: 'LEADER' | 'LEAD_UNIT' | 'DETAILS';
}

/**
 * What is decided about a project up front and needed all year; the simulation
 * turns it into commands month by month. Kept small: the registration form's
 * texts are drawn only when the project is registered (see describeProject).
 */
export interface ProjectProfile {
  calendar: DemoCalendar;
  district: DistrictContext;
  projectId: string;
  code: string;
  archetype: Archetype;
  scenario: Scenario;
  performance: Performance;
  category: Category;
  signature?: SignatureProject;
  leadUnit: UnitContext;
  totalInvestment: number;
  timeline: Timeline;
  leader?: Person;
  hasSecretary: boolean;
  plans: PlanEntry[];
  /** 开累基数 of a project already building when the district started using Tuijin. */
  openingBalance?: OpeningBalance;
  /** Investment in the window's twelve months; absent for projects without a plan. */
  pace?: InvestmentPace;
  /** Physical progress (%) when the window began. */
  progressAtYearStart: number;
  reporting: ReportingHabit;
  /** Chance of a new problem in any month. */
  problemRate: number;
  scriptedProblem?: ProblemRequest & { category: ProblemCategory; outcome: ProblemOutcome };
  changes: Change[];
}

const ARCHETYPE_WEIGHTS = { CONTINUING: 37, NEW_START: 45, RESERVE: 100 * RESERVE_SHARE } as const;
const NO_CHANGES: Change[] = [];

/**
 * Scripted trouble by position in the whole demo, so every size of demo has some
 * from its first projects on, and scale 1 has two cancellations.
 */
export function scenarioOf(globalIndex: number): Scenario {
  if (globalIndex % 200 === 7) return 'CANCELLED';
  if (globalIndex % 45 === 3) return 'SUSPEND_RESUME';
  if (globalIndex % 70 === 12) return 'SUSPENDED';
  if (globalIndex % 50 === 5) return 'BACKWARD';
  if (globalIndex % 30 === 9) return 'OVERDUE_PROBLEM';
  return 'NORMAL';
}

function archetypeOf(random: Random, scenario: Scenario, isSignature: boolean): Archetype {
  const drawn = random.weighted(ARCHETYPE_WEIGHTS);
  if (scenario === 'BACKWARD') return 'NEW_START';
  if (scenario !== 'NORMAL') return 'CONTINUING';
  return isSignature && drawn === 'RESERVE' ? 'NEW_START' : drawn;
}

/** Amounts as a ledger writes them: round thousands of 万元 for huge projects, hundreds or tens for smaller ones. */
export function roundAmount(amount: number): number {
  const step = amount >= 100_000 ? 1000 : amount >= 10_000 ? 100 : 10;
  return Math.max(step, Math.round(amount / step) * step);
}

function changesOf(random: Random, calendar: DemoCalendar, scenario: Scenario): Change[] {
  if (scenario === 'CANCELLED') return NO_CHANGES;
  const changes: Change[] = [];
  const dayIn = (first: number, last: number) => calendar.day(random.int(first, last), random.int(1, 28));
  if (random.chance(0.03)) changes.push({ day: dayIn(3, 10), kind: 'LEADER' });
  if (random.chance(0.02)) changes.push({ day: dayIn(4, 9), kind: 'LEAD_UNIT' });
  if (random.chance(0.04)) changes.push({ day: dayIn(3, 11), kind: 'DETAILS' });
  return changes.length === 0 ? NO_CHANGES : changes;
}

/**
 * The plan of every year the window touches (the same annual amount), the first entered at set-up in
 * the second half of the month, a later year's in the second half of the December before it; and for
 * some laggards a cut in the window's seventh month (年中调整).
 */
function plansOf(
  random: Random,
  calendar: DemoCalendar,
  timeline: Timeline,
  plannedInvestment: number,
  performance: Performance,
): PlanEntry[] {
  const { plannedStartMonth, plannedCompletionMonth } = timeline;
  if (!plannedStartMonth || !plannedCompletionMonth) return [];
  const years = calendar.years.filter(
    (year) => plannedStartMonth <= `${year}-12` && plannedCompletionMonth >= `${year}-01`,
  );
  const plans = years.map((year, index) => ({
    today: index === 0 ? calendar.day(0, random.int(16, 27)) : dayInMonth(`${year - 1}-12`, random.int(16, 27)),
    year,
    plannedInvestment,
    plannedStartMonth,
    plannedCompletionMonth,
  }));
  if (performance !== 'LAGGING' || !random.chance(0.35)) return plans;
  const revised = roundAmount(plannedInvestment * random.between(0.6, 0.8));
  const cutDay = calendar.day(7, random.int(10, 25));
  const cut = plans.find((plan) => plan.year === yearOf(cutDay));
  return cut ? [...plans, { ...cut, today: cutDay, plannedInvestment: revised }] : plans;
}

/** Some reserve ideas get next year's plan in the window's last month, when next year's list is drawn up. */
function nextYearPlans(
  random: Random,
  calendar: DemoCalendar,
  timeline: Timeline,
  totalInvestment: number,
): PlanEntry[] {
  if (timeline.registration.occurredOn > lastDayOf(calendar.month(11)) || !random.chance(0.3)) return [];
  const nextYear = calendar.currentYear + 1;
  const plannedStartMonth = `${nextYear}-${String(random.int(3, 9)).padStart(2, '0')}`;
  return [
    {
      today: calendar.day(12, random.int(10, 28)),
      year: nextYear,
      plannedInvestment: roundAmount(totalInvestment * random.between(0.15, 0.4)),
      plannedStartMonth,
      plannedCompletionMonth: addMonths(plannedStartMonth, random.int(12, 30)),
    },
  ];
}

/** Total investment such that the year's plan is a believable share of what remains to be spent. */
function totalInvestmentOf(
  random: Random,
  calendar: DemoCalendar,
  timeline: Timeline,
  plannedInvestment: number,
  progressAtYearStart: number,
) {
  const finishesThisYear = (timeline.plannedCompletionMonth ?? '9999-12') <= calendar.endMonth;
  const shareOfRemainder = finishesThisYear ? random.between(0.9, 1) : random.between(0.2, 0.65);
  return roundAmount(plannedInvestment / ((1 - progressAtYearStart / 100) * shareOfRemainder));
}

function scriptedProblemOf(
  random: Random,
  calendar: DemoCalendar,
  scenario: Scenario,
  timeline: Timeline,
): ProjectProfile['scriptedProblem'] {
  const suspension = timeline.steps.find((step) => step.stage === 'SUSPENDED');
  if (scenario === 'CANCELLED' && suspension) {
    // The money ran out before the site stopped; the problem is still open when the project is cancelled.
    return { raisedOn: addDays(suspension.day, -random.int(1, 4)), category: 'FINANCING', outcome: 'OPEN' };
  }
  if (scenario === 'OVERDUE_PROBLEM') {
    const raisedOn = calendar.day(random.int(4, 7), random.int(1, 20));
    return { raisedOn, category: 'LAND', outcome: 'OVERDUE_ESCALATED' };
  }
  return undefined;
}

/**
 * 开累基数 of a project building before the window: what its progress so far cost, up to the set-up
 * month, and of that the months of the set-up month's year it spent building, at its annual pace.
 */
function openingBalanceOf(
  calendar: DemoCalendar,
  timeline: Timeline,
  plannedInvestment: number,
  totalInvestment: number,
  progressAtYearStart: number,
): OpeningBalance {
  const asOfMonth = calendar.month(0);
  const started = timeline.plannedStartMonth ?? asOfMonth;
  const yearStart = `${yearOf(asOfMonth)}-01`;
  const monthsBuilt = monthsBetween(started > yearStart ? started : yearStart, asOfMonth).length;
  const toTens = (amount: number) => Math.round(amount / 10) * 10;
  const cumulativeInvestment = toTens((totalInvestment * progressAtYearStart) / 100);
  const yearToDateInvestment = Math.min(cumulativeInvestment, toTens((plannedInvestment * monthsBuilt) / 12));
  return { asOfMonth, cumulativeInvestment, yearToDateInvestment };
}

/** Project `index` of a district, `globalIndex` in the whole demo. */
export function createProfile(
  random: Random,
  district: DistrictContext,
  index: number,
  globalIndex: number,
  calendar: DemoCalendar,
): ProjectProfile {
  const { config } = district;
  const signature = config.signatureProjects[index];
  const scenario = scenarioOf(globalIndex);
  const archetype = archetypeOf(random, scenario, signature !== undefined);
  const category = signature?.category ?? random.weighted(config.categoryWeights);
  const performance = scenario === 'NORMAL' ? random.weighted(PERFORMANCE_WEIGHTS) : 'SLIGHTLY_BEHIND';
  const leadUnit = chooseLeadUnit(random, district, category);
  const timeline = timelineOf(random, archetype, scenario, category, performance !== 'LAGGING', calendar);

  const planned = archetype !== 'RESERVE';
  const meanPlan = config.plannedInvestment / (config.projects * (1 - RESERVE_SHARE));
  const plannedInvestment = roundAmount(random.logNormal(meanPlan, 0.8));
  const progressAtYearStart = archetype === 'CONTINUING' ? Math.round(random.between(15, 70)) : 0;
  const totalInvestment = planned
    ? totalInvestmentOf(random, calendar, timeline, plannedInvestment, progressAtYearStart)
    : roundAmount(random.logNormal(meanPlan * 2.5, 0.8));
  const code = `${config.projectPrefix}-${yearOf(timeline.registration.occurredOn)}-${String(index + 1).padStart(4, '0')}`;

  return {
    calendar,
    district,
    projectId: projectIdFor(district.districtId, code),
    code,
    archetype,
    scenario,
    performance,
    category,
    signature,
    leadUnit,
    totalInvestment,
    timeline,
    // The executive deputy takes the biggest projects (重大项目由常务副职包保).
    leader: planned
      ? plannedInvestment >= 3 * meanPlan
        ? district.leaders[0]
        : random.pick(district.leaders)
      : undefined,
    hasSecretary: planned || random.chance(0.7),
    plans: planned
      ? plansOf(random, calendar, timeline, plannedInvestment, performance)
      : nextYearPlans(random, calendar, timeline, totalInvestment),
    openingBalance:
      archetype === 'CONTINUING'
        ? openingBalanceOf(calendar, timeline, plannedInvestment, totalInvestment, progressAtYearStart)
        : undefined,
    pace: planned ? investmentPace(random, calendar, timeline, performance, plannedInvestment) : undefined,
    progressAtYearStart,
    reporting: drawReportingHabit(random),
    problemRate: archetype === 'RESERVE' ? 0.015 : performance === 'LAGGING' ? 0.11 : 0.05,
    scriptedProblem: scriptedProblemOf(random, calendar, scenario, timeline),
    changes: planned ? changesOf(random, calendar, scenario) : NO_CHANGES,
  };
}
