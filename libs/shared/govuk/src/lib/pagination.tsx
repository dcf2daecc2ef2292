import type { AnchorHTMLAttributes, ComponentType } from 'react';

/** A page number to link to, or a gap in the run of numbers. */
export type PageItem = number | 'gap';

/**
 * The page links GOV.UK's pagination shows: the first and last pages, the current one and its
 * neighbours, a gap wherever numbers are left out.
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

/** GOV.UK pagination's arrows (15 × 13), pointing back and on, as SVG path data. */
const ARROWS = {
  prev: 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z',
  next: 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z',
} as const;

/** The words of the links, in the page's language. */
export interface PaginationWords {
  /** The links' landmark. */
  label: string;
  previous: string;
  next: string;
  /** Said after "Previous" and "Next" to screen readers: "page". */
  pageWord: string;
  /** A page link's accessible name: "Page 3". */
  pageLink: (number: number) => string;
  /** A page number as shown. */
  number: (value: number) => string;
}

/** What draws a link: a plain anchor on the public pages, the router's link in the dashboard. */
export type PaginationAnchor = ComponentType<
  AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }
>;

function PlainAnchor({
  children,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props}>{children}</a>;
}

interface LinksProps {
  words: PaginationWords;
  Anchor: PaginationAnchor;
}

/** "Previous page" or "Next page", its arrow on the side it points to. */
function StepLink({
  direction,
  href,
  words,
  Anchor,
}: LinksProps & { direction: keyof typeof ARROWS; href: string }) {
  const arrow = (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={ARROWS[direction]} />
    </svg>
  );
  return (
    <div className={`govuk-pagination__${direction}`}>
      <Anchor className="govuk-link govuk-pagination__link" href={href} rel={direction}>
        {direction === 'prev' && arrow}
        <span className="govuk-pagination__link-title">
          {direction === 'prev' ? words.previous : words.next}
          <span className="govuk-visually-hidden"> {words.pageWord}</span>
        </span>
        {direction === 'next' && arrow}
      </Anchor>
    </div>
  );
}

/**
 * GOV.UK's pagination (design system component "Pagination", the numbered form): the dashboard
 * and the server-rendered public pages draw the same markup. Nothing when there is one page.
 */
export function GovukPagination({
  page,
  pageCount,
  hrefOf,
  words,
  Anchor = PlainAnchor,
}: {
  page: number;
  pageCount: number;
  hrefOf: (page: number) => string;
  words: PaginationWords;
  Anchor?: PaginationAnchor;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label={words.label}>
      {page > 1 && (
        <StepLink direction="prev" href={hrefOf(page - 1)} words={words} Anchor={Anchor} />
      )}
      <ul className="govuk-pagination__list">
        {pageItems(page, pageCount).map((item, index) =>
          item === 'gap' ? (
            <li
              // Gaps have no identity of their own; at most two, told apart by position.
              key={`gap-${index}`}
              className="govuk-pagination__item govuk-pagination__item--ellipses"
            >
              &ctdot;
            </li>
          ) : (
            <li
              key={item}
              className={`govuk-pagination__item${item === page ? ' govuk-pagination__item--current' : ''}`}
            >
              <Anchor
                className="govuk-link govuk-pagination__link"
                href={hrefOf(item)}
                aria-label={words.pageLink(item)}
                aria-current={item === page ? 'page' : undefined}
              >
                {words.number(item)}
              </Anchor>
            </li>
          ),
        )}
      </ul>
      {page < pageCount && (
        <StepLink direction="next" href={hrefOf(page + 1)} words={words} Anchor={Anchor} />
      )}
    </nav>
  );
}
