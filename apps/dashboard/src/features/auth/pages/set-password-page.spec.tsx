import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { ACCOUNT_LINK, SET_PASSWORD } from '../graphql/auth';

const TOKEN = 'a-token-from-the-mail';
const linkMock = {
  request: { query: ACCOUNT_LINK, variables: { token: TOKEN } },
  result: {
    data: {
      accountLink: {
        __typename: 'AccountLink',
        email: 'rhys.llewellyn@heiw.example.wales',
        purpose: 'INVITATION',
      },
    },
  },
};

describe('choosing a password from an e-mailed link', () => {
  it('says whose account it is, and checks both passwords before calling the API', async () => {
    const user = userEvent.setup();
    renderApp({ route: `/set-password?token=${TOKEN}`, mocks: [meMock(null), linkMock] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up your account' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('For the Cynnydd account rhys.llewellyn@heiw.example.wales.'),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('New password'), 'short');
    await user.type(screen.getByLabelText('Type the password again'), 'shorter');
    await user.click(screen.getByRole('button', { name: 'Save the password' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Enter a password of at least 12 characters' }),
    ).toHaveAttribute('href', '#password');
    expect(
      within(summary).getByRole('link', { name: 'The two passwords are not the same' }),
    ).toHaveAttribute('href', '#confirmation');
  });

  it('saves the password and says so', async () => {
    const user = userEvent.setup();
    const password = 'afon-mynydd-llyn-2026';
    renderApp({
      route: `/set-password?token=${TOKEN}`,
      mocks: [
        meMock(null),
        linkMock,
        {
          request: {
            query: SET_PASSWORD,
            variables: { input: { token: TOKEN, newPassword: password } },
          },
          result: { data: { setPassword: true } },
        },
      ],
    });
    await user.type(await screen.findByLabelText('New password'), password);
    await user.type(screen.getByLabelText('Type the password again'), password);
    await user.click(screen.getByRole('button', { name: 'Save the password' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your password is saved' }),
    ).toBeInTheDocument();
  });

  it('explains a link that cannot be used', async () => {
    renderApp({
      route: `/set-password?token=${TOKEN}`,
      mocks: [
        meMock(null),
        {
          request: { query: ACCOUNT_LINK, variables: { token: TOKEN } },
          result: { errors: [{ message: 'This link has expired or has already been used' }] },
        },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link cannot be used' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
      'href',
      '/forgotten-password',
    );
  });
});
