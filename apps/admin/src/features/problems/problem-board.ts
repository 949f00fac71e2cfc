import type { ProblemCategory, ProblemFieldsFragment, ProblemStatus } from '../../gql/graphql';
import { PROBLEM_STATUSES } from '../../lib/enums';

export interface BoardFilter {
  ownerUnitId?: string;
  category?: ProblemCategory;
  overdueOnly: boolean;
  text: string;
}

const UNFINISHED: readonly ProblemStatus[] = ['OPEN', 'ASSIGNED', 'ESCALATED'];

/** Past its due date and still not resolved or closed. */
export const isOverdue = (problem: Pick<ProblemFieldsFragment, 'status' | 'dueOn'>, today: string): boolean =>
  UNFINISHED.includes(problem.status) && problem.dueOn < today;

function matches(problem: ProblemFieldsFragment, filter: BoardFilter, today: string): boolean {
  if (filter.ownerUnitId && problem.ownerUnit.id !== filter.ownerUnitId) return false;
  if (filter.category && problem.category !== filter.category) return false;
  if (filter.overdueOnly && !isOverdue(problem, today)) return false;
  const text = filter.text.trim();
  if (text && !`${problem.description} ${problem.project.name} ${problem.project.code}`.includes(text)) return false;
  return true;
}

/**
 * The problem ledger as a board: one column per status, in the order a problem moves.
 * Unfinished columns show the most urgent first (earliest due); finished ones the latest first.
 */
export function boardColumns(
  problems: readonly ProblemFieldsFragment[],
  filter: BoardFilter,
  today: string,
): { status: ProblemStatus; problems: ProblemFieldsFragment[] }[] {
  const kept = problems.filter((problem) => matches(problem, filter, today));
  return PROBLEM_STATUSES.map((status) => {
    const column = kept.filter((problem) => problem.status === status);
    const unfinished = UNFINISHED.includes(status);
    column.sort((a, b) => (unfinished ? a.dueOn.localeCompare(b.dueOn) : b.dueOn.localeCompare(a.dueOn)) || a.id.localeCompare(b.id));
    return { status, problems: column };
  });
}
