import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../i18n/format';
import { Pagination, ROWS_PER_PAGE, usePageOfRows, type PageOfRows } from '../../../ui/pagination';
import { useLanguage } from '../../../ui/use-language';

const EveryRowContext = createContext(false);

/**
 * Draws every row of the report's lists inside it: the print view, which is printed whole.
 * Elsewhere each list is drawn a page at a time.
 */
export function EveryRow({ children }: { children: ReactNode }) {
  return <EveryRowContext.Provider value>{children}</EveryRowContext.Provider>;
}

/** A page of one of the report's lists, and how many it shows a page. */
export type ReportRows<T> = PageOfRows<T> & { perPage: number };

/**
 * The rows of one of the report's lists to draw. On screen, the page `?<parameter>=N` of them:
 * a draft on a large plan lists 500 actions, 500 measures and 1,700 risks, which took seconds to
 * draw at once (issue 24). Each list has its own parameter so its pages turn on their own.
 * `perPage` is smaller for lists whose items are each a block with a table of their own.
 */
export function useReportRows<T>(
  rows: readonly T[],
  parameter: string,
  perPage = ROWS_PER_PAGE,
): ReportRows<T> {
  const everyRow = useContext(EveryRowContext);
  const page = usePageOfRows(rows, {
    parameter,
    perPage: everyRow ? Math.max(rows.length, 1) : perPage,
  });
  return { ...page, perPage };
}

/**
 * A list of the report drawn a page at a time: when it has more than one page, a note that the
 * downloads have all of it, then the list, then the links to its pages, named after the list.
 */
export function ReportListPages({
  page,
  name,
  children,
}: {
  page: ReportRows<unknown>;
  name: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      {page.pageCount > 1 && (
        <p className="govuk-body" data-testid="list-pages-note">
          {t('reports.pages.note', {
            perPage: formatNumber(page.perPage, language),
            total: formatNumber(page.total, language),
          })}
        </p>
      )}
      {children}
      <Pagination of={page} label={t('reports.pages.label', { name })} />
    </>
  );
}
