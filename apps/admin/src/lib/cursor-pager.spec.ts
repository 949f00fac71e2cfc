import { currentCursor, firstPage, nextPage, pageCount, previousPage } from './cursor-pager';

describe('cursor pager', () => {
  it('starts without a cursor and follows end cursors forward', () => {
    let pager = firstPage();
    expect(currentCursor(pager)).toBeUndefined();
    pager = nextPage(pager, 'c20');
    pager = nextPage(pager, 'c40');
    expect(pager.index).toBe(2);
    expect(currentCursor(pager)).toBe('c40');
  });

  it('goes back to pages it has seen and forgets the pages after a new branch', () => {
    let pager = nextPage(nextPage(firstPage(), 'c20'), 'c40');
    pager = previousPage(previousPage(pager));
    expect(currentCursor(pager)).toBeUndefined();
    expect(previousPage(pager)).toBe(pager);
    pager = nextPage(pager, 'c20');
    expect(pager.starts).toEqual([undefined, 'c20']);
  });

  it('stays put without an end cursor and counts at least one page', () => {
    const pager = firstPage();
    expect(nextPage(pager, null)).toBe(pager);
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(155, 20)).toBe(8);
  });
});
