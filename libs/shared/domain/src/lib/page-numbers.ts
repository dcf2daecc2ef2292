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
