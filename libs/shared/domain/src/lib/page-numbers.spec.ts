import { pageRange } from './page-numbers';

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
