import type { Stage } from '@tuijin/domain-projects';

/**
 * The facts an assessment needs about one project, each stamped with the
 * instant it was recorded, so the same facts answer "as known at" any instant.
 * Lists are in log order.
 */
export interface ProjectFacts {
  projectId: string;
  code: string;
  name: string;
  registeredOn: string;
  registeredAt: string;
  /** Stage entries; the first is the stage the project was registered in. */
  stages: { stage: Stage; on: string; recordedAt: string }[];
  /** Lead units; the first is the one named at registration. */
  leadUnits: { unitId: string; on: string; recordedAt: string }[];
  /** Every version of every annual plan; the latest known version of a year counts. */
  plans: { year: number; plannedInvestment: number; plannedStartMonth: string; recordedAt: string }[];
  /** Every opening balance (开累基数) set or corrected; the latest known one counts. */
  openingBalances: {
    asOfMonth: string;
    cumulativeInvestment: number;
    yearToDateInvestment: number;
    recordedAt: string;
  }[];
  /** Every report and correction; `first` marks the original submission of a month. */
  reports: { month: string; investment: number; submittedOn: string; first: boolean; recordedAt: string }[];
  problems: {
    problemId: string;
    dueOn: string;
    raisedAt: string;
    resolvedOn?: string;
    resolvedAt?: string;
    /** Closed without a resolution (e.g. withdrawn): no longer overdue, never counted as cleared. */
    closedAt?: string;
  }[];
}

export interface UnitFacts {
  unitId: string;
  code: string;
  name: string;
  createdAt: string;
  reserveTargets: { year: number; target: number; recordedAt: string }[];
}

/** The facts as they were known at an instant: anything recorded later is left out. */
export function projectFactsKnownAt(facts: ProjectFacts, knownAt: string | undefined): ProjectFacts | undefined {
  if (knownAt === undefined) return facts;
  if (facts.registeredAt > knownAt) return undefined;
  const known = <T extends { recordedAt: string }>(list: T[]) => list.filter((fact) => fact.recordedAt <= knownAt);
  return {
    ...facts,
    stages: known(facts.stages),
    leadUnits: known(facts.leadUnits),
    plans: known(facts.plans),
    openingBalances: known(facts.openingBalances),
    reports: known(facts.reports),
    problems: facts.problems
      .filter((problem) => problem.raisedAt <= knownAt)
      .map((problem) => {
        const resolvedLater = problem.resolvedAt !== undefined && problem.resolvedAt > knownAt;
        const closedLater = problem.closedAt !== undefined && problem.closedAt > knownAt;
        if (!resolvedLater && !closedLater) return problem;
        const { resolvedOn, resolvedAt, closedAt, ...raised } = problem;
        return {
          ...raised,
          ...(resolvedLater ? {} : { resolvedOn, resolvedAt }),
          ...(closedLater ? {} : { closedAt }),
        };
      }),
  };
}

export function unitFactsKnownAt(facts: UnitFacts, knownAt: string | undefined): UnitFacts | undefined {
  if (knownAt === undefined) return facts;
  if (facts.createdAt > knownAt) return undefined;
  return { ...facts, reserveTargets: facts.reserveTargets.filter((t) => t.recordedAt <= knownAt) };
}
