import { screen, within } from '@testing-library/react';

import { meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';

describe('the statement pages', () => {
  it('shows the accessibility statement signed out, with the footer linking all three', async () => {
    renderApp({ route: '/accessibility', mocks: [meMock(null)] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accessibility statement for Cynnydd' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Compliance status' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Enforcement procedure' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/prepared on 3 December 2026/)).toBeInTheDocument();
    const footer = screen.getByRole('contentinfo');
    for (const [name, href] of [
      ['Accessibility statement', '/accessibility'],
      ['Privacy', '/privacy'],
      ['Cookies', '/cookies'],
    ]) {
      expect(within(footer).getByRole('link', { name })).toHaveAttribute('href', href);
    }
  });

  it('lists the two cookies the service sets, in Welsh', async () => {
    renderApp({ route: '/cookies', mocks: [meMock(null)], language: 'cy' });
    const table = await screen.findByRole('table', { name: 'Cwcis y mae Cynnydd yn eu gosod' });
    expect(within(table).getByRole('rowheader', { name: 'cynnydd_session' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'cynnydd_lang' })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText(/diweddaru ddiwethaf ar 3 Rhagfyr 2026/)).toBeInTheDocument();
  });

  it('shows the privacy notice with its lawful basis', async () => {
    renderApp({ route: '/privacy', mocks: [meMock(null)] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Privacy notice' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Our lawful basis is public task/)).toBeInTheDocument();
  });
});
