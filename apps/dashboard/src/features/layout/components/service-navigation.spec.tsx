import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import type { CurrentUserFragment } from '../../../gql/graphql';
import { aUser, meMock } from '../../../test/factories';
import { renderWithProviders } from '../../../test/render-app';
import { Header } from './header';

/** Makes the window report itself phone-sized (or not) to CSS media queries. */
function setNarrowScreen(narrow: boolean) {
  window.matchMedia = jest.fn((query: string) => ({
    matches: narrow,
    media: query,
    onchange: null,
    addEventListener: jest.fn(),
    removeEventListener: jest.fn(),
    addListener: jest.fn(),
    removeListener: jest.fn(),
    dispatchEvent: jest.fn(),
  }));
}

function renderHeader(user: CurrentUserFragment = aUser()) {
  return renderWithProviders(
    <Routes>
      <Route path="*" element={<Header user={user} />} />
    </Routes>,
    { mocks: [meMock(user)] },
  );
}

describe('the service navigation', () => {
  const originalMatchMedia = window.matchMedia;
  afterEach(() => {
    window.matchMedia = originalMatchMedia;
  });

  it('on a phone, folds the links and the account behind a Menu button that shows and hides them', async () => {
    setNarrowScreen(true);
    const user = userEvent.setup();
    renderHeader();
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveAttribute('aria-controls', 'app-service-menu');
    expect(screen.queryByRole('link', { name: 'Overview' })).not.toBeInTheDocument();
    expect(screen.queryByText(/^Signed in as/)).not.toBeVisible();

    await user.click(menu);

    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: 'Overview' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeVisible();

    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Overview' })).not.toBeInTheDocument();
  });

  it('on a phone, folds the menu again once a link in it is followed', async () => {
    setNarrowScreen(true);
    const user = userEvent.setup();
    renderHeader();
    await user.click(screen.getByRole('button', { name: 'Menu' }));

    await user.click(screen.getByRole('link', { name: 'My actions' }));

    expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'My actions' })).not.toBeInTheDocument();
  });

  it('on a wider screen, shows every link with no Menu button', () => {
    setNarrowScreen(false);
    renderHeader();
    expect(screen.queryByRole('button', { name: 'Menu' })).not.toBeInTheDocument();
    const navigation = screen.getByRole('navigation', { name: 'Menu' });
    expect(navigation).toBeVisible();
    expect(screen.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Reports' })).toHaveAttribute('href', '/reports');
  });

  it('links an administrator to the administration pages', async () => {
    renderHeader(aUser({ role: 'ADMIN' }));
    expect(await screen.findByRole('link', { name: 'Administration' })).toHaveAttribute(
      'href',
      '/admin',
    );
  });

  // Each role's own link shows once its permissions are known: only then is a missing link proof.
  it.each([
    ['PROGRAMME_OFFICE', 'Plans'],
    ['BOARD_MEMBER', 'Follow-ups'],
  ] as const)('gives the %s role no administration link', async (role, ownLink) => {
    renderHeader(aUser({ role }));
    expect(await screen.findByRole('link', { name: ownLink })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument();
  });

  it('names the menu and its button in Welsh', () => {
    setNarrowScreen(true);
    renderWithProviders(<Header user={aUser()} />, { mocks: [meMock(aUser())], language: 'cy' });
    expect(screen.getByRole('button', { name: 'Dewislen' })).toBeInTheDocument();
  });
});
