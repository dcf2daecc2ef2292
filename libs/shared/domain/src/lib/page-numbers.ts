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

/** GOV.UK pagination's arrows (15 × 13), pointing back and on, as SVG path data. */
export const PAGINATION_ARROWS = {
  prev: 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z',
  next: 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z',
} as const;
