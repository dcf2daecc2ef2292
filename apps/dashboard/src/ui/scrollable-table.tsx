import type { ReactNode } from 'react';

/**
 * A GOV.UK table that scrolls sideways on narrow screens. The scrolling region is focusable and
 * labelled by the caption, so keyboard users can scroll it (axe scrollable-region-focusable,
 * WCAG 2.1.1).
 */
export function ScrollableTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div
      className="app-table-scroll"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
