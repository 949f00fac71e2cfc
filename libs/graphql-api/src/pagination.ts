import { invalid } from '@tuijin/domain-kernel';
import { decodeCursor, type PageRequest, type ProjectSortField } from '@tuijin/read-models';

export const MAX_PAGE_SIZE = 100;

/** The sort fields by their GraphQL names, and the kind of value a cursor holds for each. */
const SORT_FIELDS = new Map<string, { field: ProjectSortField; value: 'string' | 'number' }>([
  ['CODE', { field: 'code', value: 'string' }],
  ['NAME', { field: 'name', value: 'string' }],
  ['TOTAL_INVESTMENT', { field: 'totalInvestment', value: 'number' }],
  ['COMPLETED_INVESTMENT', { field: 'completedInvestment', value: 'number' }],
  ['CUMULATIVE_INVESTMENT', { field: 'cumulativeInvestment', value: 'number' }],
  ['REGISTERED_ON', { field: 'registeredOn', value: 'string' }],
]);

export interface PageArgs {
  first?: number;
  after?: string;
}

export interface ProjectPageArgs extends PageArgs {
  orderBy?: { field: string; direction?: 'ASC' | 'DESC' };
}

/** A page size as asked for: refused outside 1 to MAX_PAGE_SIZE (before a query is priced, and again here). */
export function requirePageSize(first: unknown): number {
  if (!Number.isInteger(first) || (first as number) < 1 || (first as number) > MAX_PAGE_SIZE) {
    throw invalid('first', `first must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
  return first as number;
}

/**
 * Checks a page request before anything is read: page size within limits, and a cursor
 * this API made for this order (the sort value it holds is of the sort field's kind).
 */
export function checkedPage(
  args: PageArgs,
  defaultSize: number,
  sortValue: 'string' | 'number',
): { first: number; after?: string } {
  const first = requirePageSize(args.first ?? defaultSize);
  if (args.after !== undefined && args.after !== null) {
    const cursor = decodeCursor(args.after);
    if (!cursor || typeof cursor.value !== sortValue) {
      throw invalid('after', 'after is not a cursor returned by this API for this order');
    }
  }
  return { first, after: args.after ?? undefined };
}

export function projectPage(args: ProjectPageArgs): PageRequest<ProjectSortField> {
  const sort = SORT_FIELDS.get(args.orderBy?.field ?? 'CODE');
  if (!sort) throw invalid('orderBy.field', `orderBy.field must be one of ${[...SORT_FIELDS.keys()].join(', ')}`);
  return {
    ...checkedPage(args, 20, sort.value),
    sortBy: sort.field,
    direction: args.orderBy?.direction ?? 'ASC',
  };
}
