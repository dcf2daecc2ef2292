import { pageItems, pageRange } from './page-numbers';

describe('pageItems', () => {
  it('shows the first and last pages, the current one and its neighbours, with gaps between', () => {
    expect(pageItems(1, 1)).toEqual([1]);
    expect(pageItems(1, 3)).toEqual([1, 2, 3]);
    expect(pageItems(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10]);
    expect(pageItems(2, 10)).toEqual([1, 2, 3, 'gap', 10]);
    expect(pageItems(10, 10)).toEqual([1, 'gap', 9, 10]);
  });
});

describe('pageRange', () => {
  it('gives the rows a page holds, counted from 1, and how many pages there are', () => {
    expect(pageRange(1, 50, 230)).toEqual({ start: 0, end: 50, first: 1, last: 50, pageCount: 5 });
    expect(pageRange(5, 50, 230)).toEqual({
      start: 200,
      end: 230,
      first: 201,
      last: 230,
      pageCount: 5,
    });
    // Past the end: nothing to show.
    expect(pageRange(6, 50, 230)).toMatchObject({ start: 250, end: 250, first: 0 });
    expect(pageRange(1, 50, 0)).toEqual({ start: 0, end: 0, first: 0, last: 0, pageCount: 1 });
  });
});
