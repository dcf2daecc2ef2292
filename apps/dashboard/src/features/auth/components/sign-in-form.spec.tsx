import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, meMock, noCurrentPeriodMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { SIGN_IN } from '../graphql/auth';

const credentials = { email: 'ceri.morgan@heiw.example.wales', password: 'not-the-password' };

describe('signing in', () => {
  it('shows the API’s refusal in the error summary, which takes focus', async () => {
    const user = userEvent.setup();
    renderApp({
      route: '/sign-in',
      mocks: [
        meMock(null),
        {
          request: { query: SIGN_IN, variables: { input: credentials } },
          result: { errors: [{ message: 'Email or password is incorrect' }] },
        },
      ],
    });

    await user.type(await screen.findByLabelText('Email address'), credentials.email);
    await user.type(screen.getByLabelText('Password'), credentials.password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument();
    expect(within(summary).getByText('Email or password is incorrect')).toHaveAttribute(
      'lang',
      'en',
    );
    expect(summary.parentElement).toHaveFocus();
    expect(document.title).toBe('Error: Sign in – Cynnydd');
  });

  it('asks for the missing fields before calling the API, linking to each', async () => {
    const user = userEvent.setup();
    renderApp({ route: '/sign-in', mocks: [meMock(null)] });

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter your email address' })).toHaveAttribute(
      'href',
      '#email',
    );
    expect(within(summary).getByRole('link', { name: 'Enter your password' })).toHaveAttribute(
      'href',
      '#password',
    );
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(
      'Error: Enter your email address',
    );
  });

  it('sends signed-out visitors to sign in', async () => {
    renderApp({ route: '/', mocks: [meMock(null)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('shows who is signed in and in what role', async () => {
    renderApp({
      route: '/sign-in',
      mocks: [meMock(aUser({ role: 'LEAD' })), noCurrentPeriodMock()],
    });
    expect(
      await screen.findByText('Signed in as elin.roberts@socialcare.example.wales'),
    ).toBeInTheDocument();
    expect(screen.getByText('Role: Action lead')).toBeInTheDocument();
  });
});
