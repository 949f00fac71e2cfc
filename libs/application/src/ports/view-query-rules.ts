import type { ViewQuery } from './view-store';

/** What a query's order looks at in a row: the value of its sort field, and the document's id. */
export interface SortKey {
  value: unknown;
  id: string;
}

const compareValues = (a: unknown, b: unknown): number => {
  // a missing field and null are the same to a sort (a cursor carries a missing value as null)
  if ((a ?? null) === (b ?? null)) return 0;
  if (a === undefined || a === null) return -1;
  if (b === undefined || b === null) return 1;
  return (a as string) < (b as string) ? -1 : 1;
};

/**
 * The order every read-model store gives a query: by its field (a missing value or null first
 * when ascending, last when descending), then by id ascending, so a keyset cursor is exact.
 */
export function sortKeyOrder(direction: ViewQuery['orderBy']['direction']): (a: SortKey, b: SortKey) => number {
  const sign = direction === 'ASC' ? 1 : -1;
  return (a, b) => sign * compareValues(a.value, b.value) || compareValues(a.id, b.id);
}

/** Whether a field's value holds the text, case aside (`lowerNeedle` already in lower case): every store's `text` filter. */
export const containsText = (value: unknown, lowerNeedle: string): boolean =>
  String(value ?? '')
    .toLowerCase()
    .includes(lowerNeedle);

/** The page a query asks for out of every row it matches, already sorted in its order: the rows after its cursor, up to its limit. */
export function pageOfSorted<T>(
  sorted: readonly T[],
  query: ViewQuery,
  key: (row: T) => SortKey,
): { rows: T[]; totalCount: number; hasNextPage: boolean } {
  const { after } = query;
  const order = sortKeyOrder(query.orderBy.direction);
  const start = after ? sorted.findIndex((row) => order(key(row), after) > 0) : 0;
  const rest = start < 0 ? [] : sorted.slice(start, start + query.limit + 1);
  return { rows: rest.slice(0, query.limit), totalCount: sorted.length, hasNextPage: rest.length > query.limit };
}
