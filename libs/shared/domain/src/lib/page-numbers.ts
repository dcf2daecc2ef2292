/** A page number to link to, or a gap in the run of numbers. */
export type PageItem = number | 'gap';

/**
 * The page links GOV.UK's pagination shows: the first and last pages, the current one and its
 * neighbours, a gap wherever numbers are left out. The dashboard and the public pages draw it.
 */
export function pageItems(page: number, pageCount: number): PageItem[] {
  const shown = [1, page - 1, page, page + 1, pageCount].filter(
    (number, index, all) => number >= 1 && number <= pageCount && all.indexOf(number) === index,
  );
  shown.sort((a, b) => a - b);
  return shown.flatMap((number, index): PageItem[] =>
    index > 0 && number - shown[index - 1] > 1 ? ['gap', number] : [number],
  );
}

/**
 * Page `page` of `perPage` rows in a list of `total`: the rows to slice (`start` to `end`, from 0)
 * and the first and last shown counted from 1 (`first` is 0 when the page is empty).
 */
export function pageRange(page: number, perPage: number, total: number) {
  const start = (page - 1) * perPage;
  const end = Math.max(start, Math.min(start + perPage, total));
  return {
    start,
    end,
    first: end > start ? start + 1 : 0,
    last: end,
    pageCount: Math.max(1, Math.ceil(total / perPage)),
  };
}
