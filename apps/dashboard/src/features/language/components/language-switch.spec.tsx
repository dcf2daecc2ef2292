import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { LANGUAGE_COOKIE } from '../../../i18n/language-cookie';
import { aUser, meMock, noCurrentPeriodMock, userResult } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { SET_PREFERRED_LANGUAGE } from '../graphql/language';

function clearLanguageCookie() {
  document.cookie = `${LANGUAGE_COOKIE}=; Path=/; Max-Age=0`;
}

describe('the language switch', () => {
  beforeEach(clearLanguageCookie);

  it('puts the page into Welsh and remembers the choice in a cookie when signed out', async () => {
    const user = userEvent.setup();
    renderApp({ route: '/sign-in', mocks: [meMock(null)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Change the language to Welsh' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mewngofnodi' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Cyfeiriad e-bost')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Neidio i’r prif gynnwys' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'cy');
    expect(document.cookie).toContain(`${LANGUAGE_COOKIE}=cy`);
    expect(screen.getByRole('button', { name: 'Newid yr iaith i’r Saesneg' })).toBeInTheDocument();
  });

  /** An English-speaking account signed in, answering `me` after `meDelay` ms, and its save to Welsh. */
  function renderSignedIn(meDelay = 0) {
    const signedIn = aUser({ preferredLanguage: 'en' });
    const saved = jest.fn(() => ({
      data: { setPreferredLanguage: userResult({ ...signedIn, preferredLanguage: 'cy' }) },
    }));
    renderApp({
      route: '/sign-in',
      mocks: [
        { ...meMock(signedIn), delay: meDelay },
        noCurrentPeriodMock(),
        {
          request: { query: SET_PREFERRED_LANGUAGE, variables: { language: 'cy' } },
          result: saved,
        },
      ],
    });
    return saved;
  }

  it('saves the choice with the account when signed in', async () => {
    const user = userEvent.setup();
    const saved = renderSignedIn();

    await screen.findByText('Role: Operational group');
    await user.click(screen.getByRole('button', { name: 'Change the language to Welsh' }));

    expect(await screen.findByText('Rôl: Grŵp gweithredol')).toBeInTheDocument();
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
  });

  it('keeps and saves a choice made while the account was still loading', async () => {
    const user = userEvent.setup();
    const saved = renderSignedIn(200);

    await user.click(screen.getByRole('button', { name: 'Change the language to Welsh' }));

    expect(await screen.findByText('Rôl: Grŵp gweithredol')).toBeInTheDocument();
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect(document.documentElement).toHaveAttribute('lang', 'cy');
  });

  it('starts in the language saved with the account', async () => {
    renderApp({
      route: '/sign-in',
      mocks: [meMock(aUser({ preferredLanguage: 'cy' })), noCurrentPeriodMock()],
    });
    expect(await screen.findByText('Allgofnodi')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'cy');
  });
});
