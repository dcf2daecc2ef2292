/** @jest-environment jsdom */
import '@testing-library/jest-dom';

import { getAllByRole, getByRole, queryByRole } from '@testing-library/dom';
import type { AnchorHTMLAttributes } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

import { GovukPagination, pageItems, type PaginationWords } from './pagination';

const WORDS: PaginationWords = {
  label: 'Pages of measures',
  previous: 'Previous',
  next: 'Next',
  pageWord: 'page',
  pageLink: (number) => `Page ${number}`,
  number: (value) => `#${value}`,
};

function rendered(element: React.ReactElement): HTMLElement {
  document.body.innerHTML = renderToStaticMarkup(element);
  return document.body;
}

describe('pageItems', () => {
  it('shows the first and last pages, the current one and its neighbours, with gaps between', () => {
    expect(pageItems(1, 1)).toEqual([1]);
    expect(pageItems(1, 3)).toEqual([1, 2, 3]);
    expect(pageItems(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10]);
    expect(pageItems(2, 10)).toEqual([1, 2, 3, 'gap', 10]);
    expect(pageItems(10, 10)).toEqual([1, 'gap', 9, 10]);
  });
});

describe('GovukPagination', () => {
  const hrefOf = (page: number) => `/measures/${page}`;

  it('links to the pages around the current one, marked as current, with previous and next', () => {
    const body = rendered(
      <GovukPagination page={5} pageCount={10} hrefOf={hrefOf} words={WORDS} />,
    );
    const nav = getByRole(body, 'navigation', { name: 'Pages of measures' });
    const links = getAllByRole(nav, 'link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Previous page',
      '#1',
      '#4',
      '#5',
      '#6',
      '#10',
      'Next page',
    ]);
    expect(getByRole(nav, 'link', { name: 'Page 5' })).toHaveAttribute('aria-current', 'page');
    expect(getByRole(nav, 'link', { name: 'Page 4' })).not.toHaveAttribute('aria-current');
    expect(getByRole(nav, 'link', { name: 'Previous page' })).toHaveAttribute(
      'href',
      '/measures/4',
    );
    expect(getByRole(nav, 'link', { name: 'Next page' })).toHaveAttribute('href', '/measures/6');
    expect(nav.querySelectorAll('.govuk-pagination__item--ellipses')).toHaveLength(2);
  });

  it('has no previous link on the first page, no next link on the last, nothing for one page', () => {
    const first = rendered(
      <GovukPagination page={1} pageCount={3} hrefOf={hrefOf} words={WORDS} />,
    );
    expect(queryByRole(first, 'link', { name: 'Previous page' })).toBeNull();
    expect(getByRole(first, 'link', { name: 'Next page' })).toBeInTheDocument();
    const last = rendered(<GovukPagination page={3} pageCount={3} hrefOf={hrefOf} words={WORDS} />);
    expect(queryByRole(last, 'link', { name: 'Next page' })).toBeNull();
    expect(
      rendered(<GovukPagination page={1} pageCount={1} hrefOf={hrefOf} words={WORDS} />),
    ).toBeEmptyDOMElement();
  });

  it('draws its links with the anchor it is given', () => {
    const RouterLike = ({
      href,
      children,
      ...props
    }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) => (
      <a {...props} href={`#${href}`} data-router="yes">
        {children}
      </a>
    );
    const body = rendered(
      <GovukPagination page={2} pageCount={3} hrefOf={hrefOf} words={WORDS} Anchor={RouterLike} />,
    );
    const links = getAllByRole(body, 'link');
    expect(links.every((link) => link.dataset['router'] === 'yes')).toBe(true);
    expect(getByRole(body, 'link', { name: 'Page 3' })).toHaveAttribute('href', '#/measures/3');
  });
});
