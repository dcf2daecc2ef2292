import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';

import { pageRange } from '@cynnydd/shared/domain';
import { GovukPagination, type PaginationAnchor } from '@cynnydd/shared/govuk';

import { formatNumber } from '../i18n/format';
import { useLanguage } from './use-language';

/**
 * Rows a page when a list is paginated: long tables are what made pages slow to draw (issue 24),
 * and GOV.UK advises paginating rather than one very long page.
 */
export const ROWS_PER_PAGE = 50;

export interface PageOfRows<T> {
  /** The address's search parameter that holds the page number. */
  parameter: string;
  /** The rows on the current page. */
  rows: T[];
  /** The current page, from 1; an address past the end shows the last page. */
  page: number;
  pageCount: number;
  /** The position of the page's first row in the whole list, from 1 (0 when it is empty). */
  first: number;
  last: number;
  total: number;
}

/** The page number the address asks for (`?parameter=N`), from 1; 1 when it asks for none. */
export function pageAsked(searchParams: URLSearchParams, parameter = 'page'): number {
  const asked = Number.parseInt(searchParams.get(parameter) ?? '1', 10);
  return Number.isFinite(asked) ? Math.max(asked, 1) : 1;
}

/**
 * Where the page the address asks for sits in a list of `total` rows, for a list the API pages
 * (it sends only that page's rows); an address past the end shows the last page.
 */
export function usePageOfTotal(
  total: number,
  { parameter = 'page', perPage = ROWS_PER_PAGE }: { parameter?: string; perPage?: number } = {},
): Omit<PageOfRows<never>, 'rows'> & { start: number; end: number; pastTheEnd: boolean } {
  const [searchParams] = useSearchParams();
  const { pageCount } = pageRange(1, perPage, total);
  const asked = pageAsked(searchParams, parameter);
  const page = Math.min(asked, pageCount);
  return { parameter, page, total, pastTheEnd: asked > page, ...pageRange(page, perPage, total) };
}

/**
 * Takes an address past the end of a list the API pages (a link kept while the list grew
 * shorter), whose page came back empty, to the list's last page.
 */
export function ToLastPage({ of }: { of: { parameter: string; pageCount: number } }) {
  const hrefOf = usePageHref(of.parameter);
  return <Navigate to={hrefOf(of.pageCount)} replace />;
}

/**
 * The page of `rows` the address asks for (`?page=N`), so a page can be linked to, reloaded and
 * reached with the browser's back button. Filters that shorten the list should drop the parameter.
 * Two lists on one page each need a parameter of their own.
 */
export function usePageOfRows<T>(
  rows: readonly T[],
  options: { parameter?: string; perPage?: number } = {},
): PageOfRows<T> {
  const { start, end, ...page } = usePageOfTotal(rows.length, options);
  return { ...page, rows: rows.slice(start, end) };
}

/**
 * A ref for where a paginated list starts, focused when the reader moves to another of its pages
 * (a page link, or back and forward). The links are under the list: without this, focus and the
 * window would stay at the bottom while the new rows appear above, unannounced (WCAG 2.4.3).
 * Follows the page the address asks for, not the page shown, so a list that is still loading, or
 * arriving at a page from elsewhere, keeps the usual focus.
 */
export function useFocusOnPageChange<E extends HTMLElement>(parameter = 'page') {
  const [searchParams] = useSearchParams();
  const asked = searchParams.get(parameter);
  const ref = useRef<E>(null);
  const focusedFor = useRef(asked);
  useEffect(() => {
    if (focusedFor.current === asked) return;
    focusedFor.current = asked;
    ref.current?.focus();
  }, [asked]);
  return ref;
}

/** Pagination's links through the router: a new page of the list without loading the app again. */
const RouterAnchor: PaginationAnchor = ({ href, ...props }) => <Link to={href} {...props} />;

/** Where page `number` of the list is: the same address and filters, another page. */
function usePageHref(parameter: string) {
  const [searchParams] = useSearchParams();
  return (number: number) => {
    const next = new URLSearchParams(searchParams);
    if (number === 1) next.delete(parameter);
    else next.set(parameter, String(number));
    const query = next.toString();
    return query ? `?${query}` : '?';
  };
}

/**
 * "Showing 51 to 100 of 500" and GOV.UK pagination links under a paginated list; nothing when
 * the list fits on one page. `label` names the links' landmark when a page has more than one.
 */
export function Pagination({
  of,
  label,
}: {
  of: Omit<PageOfRows<unknown>, 'rows'>;
  label?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const hrefOf = usePageHref(of.parameter);
  const { page, pageCount } = of;
  if (pageCount <= 1) return null;
  const number = (value: number) => formatNumber(value, language);
  return (
    <>
      <p className="govuk-body">
        {t('pagination.showing', {
          first: number(of.first),
          last: number(of.last),
          total: number(of.total),
        })}
      </p>
      <GovukPagination
        page={page}
        pageCount={pageCount}
        hrefOf={hrefOf}
        Anchor={RouterAnchor}
        words={{
          label: label ?? t('pagination.label'),
          previous: t('pagination.previous'),
          next: t('pagination.next'),
          pageWord: t('pagination.pageWord'),
          pageLink: (item) => t('pagination.page', { number: number(item) }),
          number,
        }}
      />
    </>
  );
}
