import { monthNumber } from '@tuijin/domain-kernel';
import type { Stage } from '@tuijin/domain-projects';
import { monthLabel } from './period';
import type { ProjectFacts } from './facts';

const STARTED: ReadonlySet<Stage> = new Set(['UNDER_CONSTRUCTION', 'COMPLETED', 'OPERATING']);

/** The last value of a dated list on or before `day` (the lists are in date order within the log). */
function lastOnOrBefore<T extends { on: string }>(entries: T[], day: string): T | undefined {
  let found: T | undefined;
  for (const entry of entries) if (entry.on <= day) found = entry;
  return found;
}

/** A project's stage on a day: the last stage it entered on or before that day. */
export const stageOn = (facts: ProjectFacts, day: string): Stage | undefined =>
  lastOnOrBefore(facts.stages, day)?.stage;

export const leadUnitOn = (facts: ProjectFacts, day: string): string | undefined =>
  lastOnOrBefore(facts.leadUnits, day)?.unitId;

/** Started means under construction, completed or operating; a suspended project has not started. */
export const isStarted = (stage: Stage | undefined): boolean => stage !== undefined && STARTED.has(stage);

/** Registered on or before the day and not cancelled then. */
export function isActiveOn(facts: ProjectFacts, day: string): boolean {
  if (facts.registeredOn > day) return false;
  const stage = stageOn(facts, day);
  return stage !== undefined && stage !== 'CANCELLED';
}

export function planFor(facts: ProjectFacts, year: number) {
  let plan: ProjectFacts['plans'][number] | undefined;
  for (const candidate of facts.plans) if (candidate.year === year) plan = candidate;
  return plan;
}

/** The opening balance (开累基数) that counts: the latest one set. */
export const openingBalanceOf = (facts: ProjectFacts) => facts.openingBalances.at(-1);

/**
 * Investment completed in months 1..m of the year (completed_Y,≤m): the latest value reported for
 * each month, plus the opening balance's year-to-date part once its month (in the year) has ended.
 * That part is not split by month, so it counts from its month on and not before; a balance of an
 * earlier year holds nothing of this year.
 */
export function completedInvestment(facts: ProjectFacts, year: number, month: number): number {
  const first = monthLabel(year, 1);
  const last = monthLabel(year, month);
  // by month number; a later report of a month (a correction) replaces the earlier value
  const latest: number[] = [];
  for (const report of facts.reports) {
    if (report.month >= first && report.month <= last) latest[monthNumber(report.month)] = report.investment;
  }
  const balance = openingBalanceOf(facts);
  let sum = balance && balance.asOfMonth >= first && balance.asOfMonth <= last ? balance.yearToDateInvestment : 0;
  for (let m = 1; m <= month; m++) sum += latest[m] ?? 0;
  return sum;
}

/** When the original report for a month was submitted, if it was. */
export function firstSubmission(facts: ProjectFacts, month: string): string | undefined {
  return facts.reports.find((report) => report.month === month && report.first)?.submittedOn;
}

/** Whether the project entered RESERVE (by registration or a move) on a day within [from, to]. */
export const enteredReserveBetween = (facts: ProjectFacts, from: string, to: string): boolean =>
  facts.stages.some((entry) => entry.stage === 'RESERVE' && entry.on >= from && entry.on <= to);
