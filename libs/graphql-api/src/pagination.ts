import { invalid } from '@tuijin/domain-kernel';
import { decodeCursor, type PageRequest, type ProjectSortField } from '@tuijin/read-models';

export const MAX_PAGE_SIZE = 100;

const SORT_FIELDS: Record<string, ProjectSortField> = {
  CODE: 'code',
  NAME: 'name',
  TOTAL_INVESTMENT: 'totalInvestment',
  COMPLETED_INVESTMENT: 'completedInvestment',
  REGISTERED_ON: 'registeredOn',
};

export interface PageArgs {
  first?: number;
  after?: string;
}

export interface ProjectPageArgs extends PageArgs {
  orderBy?: { field: string; direction?: 'ASC' | 'DESC' };
}

/** Checks a page request before anything is read: page size within limits, a cursor this API made. */
export function checkedPage(args: PageArgs, defaultSize: number): { first: number; after?: string } {
  const first = args.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw invalid('first', `first must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
  if (args.after !== undefined && args.after !== null && !decodeCursor(args.after)) {
    throw invalid('after', 'after is not a cursor returned by this API');
  }
  return { first, after: args.after ?? undefined };
}

export function projectPage(args: ProjectPageArgs): PageRequest<ProjectSortField> {
  return {
    ...checkedPage(args, 20),
    sortBy: SORT_FIELDS[args.orderBy?.field ?? 'CODE'],
    direction: args.orderBy?.direction ?? 'ASC',
  };
}
