/**
 * Page numbers over a cursor connection. The API pages by opaque cursors, so the pager
 * remembers the cursor that starts each page it has seen: back and forward work, and
 * a change of filter or sort starts again at page 1.
 */
export interface CursorPager {
  /** `starts[i]` is the `after` cursor of page i (undefined for the first page). */
  readonly starts: readonly (string | undefined)[];
  readonly index: number;
}

export const firstPage = (): CursorPager => ({ starts: [undefined], index: 0 });

export const currentCursor = (pager: CursorPager): string | undefined => pager.starts[pager.index];

/** The next page starts after the current page's end cursor. */
export function nextPage(pager: CursorPager, endCursor: string | null | undefined): CursorPager {
  if (!endCursor) return pager;
  const starts = [...pager.starts.slice(0, pager.index + 1), endCursor];
  return { starts, index: pager.index + 1 };
}

export function previousPage(pager: CursorPager): CursorPager {
  return pager.index === 0 ? pager : { ...pager, index: pager.index - 1 };
}

export const pageCount = (totalCount: number, pageSize: number): number => Math.max(1, Math.ceil(totalCount / pageSize));
