import { firstDayOf, monthOf } from '@tuijin/domain-kernel';
import type { Category, Stage } from '@tuijin/domain-projects';
import { REASONS } from './catalogue/texts';
import { addDays, addMonths, dayInMonth, lastDayOf } from './calendar';
import type { DemoCalendar } from './demo-calendar';
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
  /** The months of the window's plans; absent for projects without one (reserve ideas). */
  plannedStartMonth?: string;
  plannedCompletionMonth?: string;
}

const OPERATING_CATEGORIES: readonly Category[] = ['INDUSTRIAL', 'SERVICES', 'NEW_INFRASTRUCTURE', 'AGRICULTURE'];

/** The project list is entered in the first half of the set-up month, before the plans are issued. */
const setUpDay = (random: Random, calendar: DemoCalendar): string => calendar.day(0, random.int(2, 13));
/** A day in one of the window's months `firstMonth`..`lastMonth` (1..12). */
const dayOfWindowMonth = (
  random: Random,
  calendar: DemoCalendar,
  firstMonth: number,
  lastMonth: number,
  firstDay = 1,
  lastDay = 28,
): string => calendar.day(random.int(firstMonth, lastMonth), random.int(firstDay, lastDay));
const drawNumber = (random: Random, weights: Record<string, number>): number => Number(random.weighted(weights));

/** Completion (竣工) in or after the planned month, then operation (投运) for projects that produce something. */
function completionSteps(
  random: Random,
  calendar: DemoCalendar,
  category: Category,
  startDay: string,
  plannedCompletionMonth: string,
  canFinish: boolean,
): StageStep[] {
  if (!canFinish || plannedCompletionMonth > calendar.endMonth) return [];
  const month = addMonths(plannedCompletionMonth, drawNumber(random, { 0: 65, 1: 20, 2: 15 }));
  if (month > calendar.endMonth || month <= monthOf(startDay)) return [];
  const completed = dayInMonth(month, random.int(10, 28));
  const steps: StageStep[] = [{ day: completed, stage: 'COMPLETED' }];
  const operating = addDays(completed, random.int(20, 75));
  if (OPERATING_CATEGORIES.includes(category) && operating <= calendar.simulatedEnd && random.chance(0.7)) {
    steps.push({ day: operating, stage: 'OPERATING' });
  }
  return steps;
}

/** Suspensions and the cancellation happen to projects already building. */
function troubleSteps(random: Random, calendar: DemoCalendar, scenario: Scenario): StageStep[] | undefined {
  switch (scenario) {
    case 'SUSPEND_RESUME': {
      const suspended = dayOfWindowMonth(random, calendar, 3, 8, 5, 25);
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
      return [
        {
          day: dayOfWindowMonth(random, calendar, 6, 10, 5, 25),
          stage: 'SUSPENDED',
          reason: random.pick(REASONS.suspend),
        },
      ];
    case 'CANCELLED': {
      const suspended = dayOfWindowMonth(random, calendar, 3, 5, 5, 25);
      return [
        { day: suspended, stage: 'SUSPENDED', reason: REASONS.suspendForFunds },
        { day: addDays(suspended, random.int(60, 140)), stage: 'CANCELLED', reason: random.pick(REASONS.cancel) },
      ];
    }
    default:
      return undefined;
  }
}

/**
 * 续建: started in the two years before the window and entered from the old ledger with its history
 * (and its opening balance); may finish within the window.
 */
function continuingTimeline(
  random: Random,
  calendar: DemoCalendar,
  scenario: Scenario,
  category: Category,
  canFinish: boolean,
): Timeline {
  const start = addDays(firstDayOf(calendar.month(-21)), random.int(0, 600));
  const registeredOn = addDays(start, -random.int(30, 240));
  const stage: Stage = random.chance(0.5) ? 'PREPARATION' : 'SIGNED';
  const steps: StageStep[] = [];
  if (stage === 'PREPARATION') steps.push({ day: addDays(start, -random.int(5, 25)), stage: 'SIGNED' });
  steps.push({ day: start, stage: 'UNDER_CONSTRUCTION' });
  const trouble = troubleSteps(random, calendar, scenario);
  const plannedCompletionMonth =
    !trouble && random.chance(0.45)
      ? calendar.month(random.int(4, 12))
      : addMonths(calendar.month(13), random.int(2, 23));
  steps.push(...(trouble ?? completionSteps(random, calendar, category, start, plannedCompletionMonth, canFinish)));
  return {
    registration: { occurredOn: registeredOn, today: setUpDay(random, calendar), stage },
    steps,
    plannedStartMonth: monthOf(start),
    plannedCompletionMonth,
  };
}

/** 新开工: prepared in the months before the window, planned to start within it; some start late, a few not at all. */
function newStartTimeline(
  random: Random,
  calendar: DemoCalendar,
  scenario: Scenario,
  category: Category,
  canFinish: boolean,
): Timeline {
  const registeredOn = addDays(firstDayOf(calendar.month(-8)), random.int(0, 235));
  const steps: StageStep[] = [];
  let stage: Stage;
  let plannedStartMonth: string;
  let start: string | undefined;
  if (scenario === 'BACKWARD') {
    // Signed, then sent back to preparation when the plan changed, then signed and started late.
    stage = 'SIGNED';
    const back = dayOfWindowMonth(random, calendar, 2, 3, 3, 25);
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
    plannedStartMonth = calendar.month(drawNumber(random, { 2: 10, 3: 25, 4: 20, 5: 12, 6: 12, 7: 8, 8: 7, 9: 6 }));
    const startMonth = addMonths(
      plannedStartMonth,
      drawNumber(random, { 0: 60, 1: 15, 2: 10, 3: 5, 4: 4, 5: 2, 12: 4 }),
    );
    start = startMonth <= calendar.endMonth ? dayInMonth(startMonth, random.int(1, 28)) : undefined;
    const signed = start ? addDays(start, -random.int(15, 60)) : dayOfWindowMonth(random, calendar, 3, 11);
    if (stage === 'PREPARATION' && signed > registeredOn && (start || random.chance(0.5))) {
      steps.push({ day: signed, stage: 'SIGNED' });
    }
    if (start) steps.push({ day: start, stage: 'UNDER_CONSTRUCTION' });
  }
  const plannedCompletionMonth = addMonths(plannedStartMonth, random.int(6, 30));
  if (start) steps.push(...completionSteps(random, calendar, category, start, plannedCompletionMonth, canFinish));
  return {
    registration: { occurredOn: registeredOn, today: setUpDay(random, calendar), stage },
    steps,
    plannedStartMonth,
    plannedCompletionMonth,
  };
}

/** 谋划储备: a new idea registered during the window; some move on to preparation, a few get signed. */
function reserveTimeline(random: Random, calendar: DemoCalendar): Timeline {
  const registeredOn = dayOfWindowMonth(random, calendar, 1, 11);
  const steps: StageStep[] = [];
  const windowEnd = lastDayOf(calendar.endMonth);
  const preparation = addDays(registeredOn, random.int(60, 150));
  if (preparation <= windowEnd && random.chance(0.4)) {
    steps.push({ day: preparation, stage: 'PREPARATION' });
    const signed = addDays(preparation, random.int(30, 60));
    if (signed <= windowEnd && random.chance(0.2)) steps.push({ day: signed, stage: 'SIGNED' });
  }
  return { registration: { occurredOn: registeredOn, today: registeredOn, stage: 'RESERVE' }, steps };
}

export function timelineOf(
  random: Random,
  archetype: Archetype,
  scenario: Scenario,
  category: Category,
  canFinish: boolean,
  calendar: DemoCalendar,
): Timeline {
  switch (archetype) {
    case 'CONTINUING':
      return continuingTimeline(random, calendar, scenario, category, canFinish);
    case 'NEW_START':
      return newStartTimeline(random, calendar, scenario, category, canFinish);
    case 'RESERVE':
      return reserveTimeline(random, calendar);
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
