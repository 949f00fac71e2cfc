import { monthOf } from '@tuijin/domain-kernel';
import type { Category, Stage } from '@tuijin/domain-projects';
import { REASONS } from './catalogue/texts';
import { addDays, addMonths, dayInMonth, lastDayOf, monthOfYear } from './calendar';
import { DEMO_END, DEMO_YEAR } from './demo-operation';
import type { Random } from './random';

/** How a project enters the demo: a running project (续建), one due to start this year (新开工), or a new idea (谋划储备). */
export type Archetype = 'CONTINUING' | 'NEW_START' | 'RESERVE';
/** The scripted trouble some projects run into; most have none. */
export type Scenario = 'NORMAL' | 'SUSPEND_RESUME' | 'SUSPENDED' | 'CANCELLED' | 'BACKWARD' | 'OVERDUE_PROBLEM';

export interface StageStep {
  /** Business date of the change. */
  day: string;
  stage: Stage;
  reason?: string;
}

export interface Timeline {
  /** `today` is when the registration is entered; `occurredOn` may lie years before (imported ledgers). */
  registration: { occurredOn: string; today: string; stage: Stage };
  /** Stage changes after registration, in date order. */
  steps: StageStep[];
  /** The months of the demo year's plan; absent for projects without one (reserve ideas). */
  plannedStartMonth?: string;
  plannedCompletionMonth?: string;
}

const YEAR_END = `${DEMO_YEAR}-12-31`;
const LAST_MONTH = `${DEMO_YEAR}-12`;
const OPERATING_CATEGORIES: readonly Category[] = ['INDUSTRIAL', 'SERVICES', 'NEW_INFRASTRUCTURE', 'AGRICULTURE'];

/** The year's project list is entered in the first half of December, before the plans are issued. */
const setUpDay = (random: Random): string => dayInMonth(`${DEMO_YEAR - 1}-12`, random.int(2, 13));
const dayOfYearMonth = (random: Random, firstMonth: number, lastMonth: number, firstDay = 1, lastDay = 28): string =>
  dayInMonth(monthOfYear(DEMO_YEAR, random.int(firstMonth, lastMonth)), random.int(firstDay, lastDay));
const drawNumber = (random: Random, weights: Record<string, number>): number => Number(random.weighted(weights));

/** Completion (竣工) in or after the planned month, then operation (投运) for projects that produce something. */
function completionSteps(
  random: Random,
  category: Category,
  startDay: string,
  plannedCompletionMonth: string,
  canFinish: boolean,
): StageStep[] {
  if (!canFinish || plannedCompletionMonth > LAST_MONTH) return [];
  const month = addMonths(plannedCompletionMonth, drawNumber(random, { 0: 65, 1: 20, 2: 15 }));
  if (month > LAST_MONTH || month <= monthOf(startDay)) return [];
  const completed = dayInMonth(month, random.int(10, 28));
  const steps: StageStep[] = [{ day: completed, stage: 'COMPLETED' }];
  const operating = addDays(completed, random.int(20, 75));
  if (OPERATING_CATEGORIES.includes(category) && operating <= DEMO_END && random.chance(0.7)) {
    steps.push({ day: operating, stage: 'OPERATING' });
  }
  return steps;
}

/** Suspensions and the cancellation happen to projects already building. */
function troubleSteps(random: Random, scenario: Scenario): StageStep[] | undefined {
  switch (scenario) {
    case 'SUSPEND_RESUME': {
      const suspended = dayOfYearMonth(random, 3, 8, 5, 25);
      return [
        { day: suspended, stage: 'SUSPENDED', reason: random.pick(REASONS.suspend) },
        {
          day: addDays(suspended, random.int(25, 80)),
          stage: 'UNDER_CONSTRUCTION',
          reason: random.pick(REASONS.resume),
        },
      ];
    }
    case 'SUSPENDED':
      return [{ day: dayOfYearMonth(random, 6, 10, 5, 25), stage: 'SUSPENDED', reason: random.pick(REASONS.suspend) }];
    case 'CANCELLED': {
      const suspended = dayOfYearMonth(random, 3, 5, 5, 25);
      return [
        { day: suspended, stage: 'SUSPENDED', reason: REASONS.suspendForFunds },
        { day: addDays(suspended, random.int(60, 140)), stage: 'CANCELLED', reason: random.pick(REASONS.cancel) },
      ];
    }
    default:
      return undefined;
  }
}

/** 续建: started in 2023–2024 and entered from the old ledger with its history; may finish this year. */
function continuingTimeline(random: Random, scenario: Scenario, category: Category, canFinish: boolean): Timeline {
  const start = addDays('2023-03-01', random.int(0, 600));
  const registeredOn = addDays(start, -random.int(30, 240));
  const stage: Stage = random.chance(0.5) ? 'PREPARATION' : 'SIGNED';
  const steps: StageStep[] = [];
  if (stage === 'PREPARATION') steps.push({ day: addDays(start, -random.int(5, 25)), stage: 'SIGNED' });
  steps.push({ day: start, stage: 'UNDER_CONSTRUCTION' });
  const trouble = troubleSteps(random, scenario);
  const plannedCompletionMonth =
    !trouble && random.chance(0.45)
      ? monthOfYear(DEMO_YEAR, random.int(4, 12))
      : addMonths(`${DEMO_YEAR + 1}-01`, random.int(2, 23));
  steps.push(...(trouble ?? completionSteps(random, category, start, plannedCompletionMonth, canFinish)));
  return {
    registration: { occurredOn: registeredOn, today: setUpDay(random), stage },
    steps,
    plannedStartMonth: monthOf(start),
    plannedCompletionMonth,
  };
}

/** 新开工: prepared in 2024, planned to start this year; some start late, a few not at all. */
function newStartTimeline(random: Random, scenario: Scenario, category: Category, canFinish: boolean): Timeline {
  const registeredOn = addDays('2024-04-01', random.int(0, 235));
  const steps: StageStep[] = [];
  let stage: Stage;
  let plannedStartMonth: string;
  let start: string | undefined;
  if (scenario === 'BACKWARD') {
    // Signed, then sent back to preparation when the plan changed, then signed and started late.
    stage = 'SIGNED';
    const back = dayOfYearMonth(random, 2, 3, 3, 25);
    const signedAgain = addDays(back, random.int(40, 90));
    start = addDays(signedAgain, random.int(20, 60));
    plannedStartMonth = addMonths(monthOf(back), 1);
    steps.push(
      { day: back, stage: 'PREPARATION', reason: random.pick(REASONS.backward) },
      { day: signedAgain, stage: 'SIGNED' },
      { day: start, stage: 'UNDER_CONSTRUCTION' },
    );
  } else {
    stage = random.chance(0.3) ? 'SIGNED' : 'PREPARATION';
    plannedStartMonth = monthOfYear(
      DEMO_YEAR,
      drawNumber(random, { 2: 10, 3: 25, 4: 20, 5: 12, 6: 12, 7: 8, 8: 7, 9: 6 }),
    );
    const startMonth = addMonths(
      plannedStartMonth,
      drawNumber(random, { 0: 60, 1: 15, 2: 10, 3: 5, 4: 4, 5: 2, 12: 4 }),
    );
    start = startMonth <= LAST_MONTH ? dayInMonth(startMonth, random.int(1, 28)) : undefined;
    const signed = start ? addDays(start, -random.int(15, 60)) : dayOfYearMonth(random, 3, 11);
    if (stage === 'PREPARATION' && signed > registeredOn && (start || random.chance(0.5))) {
      steps.push({ day: signed, stage: 'SIGNED' });
    }
    if (start) steps.push({ day: start, stage: 'UNDER_CONSTRUCTION' });
  }
  const plannedCompletionMonth = addMonths(plannedStartMonth, random.int(6, 30));
  if (start) steps.push(...completionSteps(random, category, start, plannedCompletionMonth, canFinish));
  return {
    registration: { occurredOn: registeredOn, today: setUpDay(random), stage },
    steps,
    plannedStartMonth,
    plannedCompletionMonth,
  };
}

/** 谋划储备: a new idea registered during the year; some move on to preparation, a few get signed. */
function reserveTimeline(random: Random): Timeline {
  const registeredOn = dayOfYearMonth(random, 1, 11);
  const steps: StageStep[] = [];
  const preparation = addDays(registeredOn, random.int(60, 150));
  if (preparation <= YEAR_END && random.chance(0.4)) {
    steps.push({ day: preparation, stage: 'PREPARATION' });
    const signed = addDays(preparation, random.int(30, 60));
    if (signed <= YEAR_END && random.chance(0.2)) steps.push({ day: signed, stage: 'SIGNED' });
  }
  return { registration: { occurredOn: registeredOn, today: registeredOn, stage: 'RESERVE' }, steps };
}

export function timelineOf(
  random: Random,
  archetype: Archetype,
  scenario: Scenario,
  category: Category,
  canFinish: boolean,
): Timeline {
  switch (archetype) {
    case 'CONTINUING':
      return continuingTimeline(random, scenario, category, canFinish);
    case 'NEW_START':
      return newStartTimeline(random, scenario, category, canFinish);
    case 'RESERVE':
      return reserveTimeline(random);
  }
}

/** The stage on the last day of a month (undefined before registration). */
export function stageAtEndOf(timeline: Timeline, month: string): Stage | undefined {
  const end = lastDayOf(month);
  if (timeline.registration.occurredOn > end) return undefined;
  let stage = timeline.registration.stage;
  for (const step of timeline.steps) {
    if (step.day > end) break;
    stage = step.stage;
  }
  return stage;
}

/** Months a report is made for: building at the month's end, or completed during it (the final report). */
export const isReportMonth = (timeline: Timeline, month: string): boolean =>
  stageAtEndOf(timeline, month) === 'UNDER_CONSTRUCTION' ||
  timeline.steps.some((step) => step.stage === 'COMPLETED' && monthOf(step.day) === month);
