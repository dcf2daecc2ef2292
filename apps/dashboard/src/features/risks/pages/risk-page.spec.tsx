import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, conflictResult, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { engagementsMock } from '../../partnership/testing/partnership-mocks';
import { CLOSE_RISK, ESCALATE_RISK, REVIEW_RISK, RISK_DETAILS } from '../graphql/risks';
import { aRiskDetails, aScore, text } from '../testing/risk-mocks';

const route = '/risks/risk-1';

const loadMock = (version: number, overrides: Record<string, unknown> = {}) => ({
  request: { query: RISK_DETAILS, variables: { id: 'risk-1' } },
  result: { data: { risk: aRiskDetails(version, overrides) } },
});

function renderRisk(mocks: MockLink.MockedResponse[], language: 'en' | 'cy' = 'en') {
  return renderApp({
    route,
    language,
    mocks: [
      meMock(aUser({ role: 'LEAD', preferredLanguage: language })),
      engagementsMock([], { subjectKind: 'RISK', subjectId: 'risk-1' }),
      ...mocks,
    ],
  });
}

const reviewInput = {
  riskId: 'risk-1',
  expectedVersion: 3,
  current: { likelihood: 3, consequence: 4 },
  commentary: { en: 'Bursaries are filling posts', cy: null },
};

async function reviewAsPossibleAndMajor() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Review this risk' }));
  const likelihood = screen.getByRole('group', { name: 'Likelihood' });
  await user.click(within(likelihood).getByLabelText('3 Possible'));
  await user.click(
    within(screen.getByRole('group', { name: 'Consequence' })).getByLabelText('4 Major'),
  );
  expect(screen.getByText('Score: 12 (High)')).toBeInTheDocument();
  await user.type(screen.getByLabelText('In English'), 'Bursaries are filling posts');
  await user.click(screen.getByRole('button', { name: 'Save the review' }));
  return user;
}

describe('the risk page', () => {
  it('shows the risk’s details, score history, linked actions and mitigations', async () => {
    renderRisk([loadMock(3)]);

    expect(
      await screen.findByRole('heading', { level: 1, name: /Not enough registered nurses/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Current score', { selector: 'dt' }).nextSibling).toHaveTextContent(
      '16 Extreme',
    );
    expect(screen.getByText('Above appetite: the Workforce appetite is 12')).toBeInTheDocument();
    const history = screen.getByRole('table', { name: 'Reviews of risk R1, newest first' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      [
        '28 August 2026',
        '4 Likely',
        '4 Major',
        '16',
        'Extreme',
        'Ceri Morgan',
        'Reviewed on 2026-08-28',
      ],
      [
        '29 May 2026',
        '3 Possible',
        '4 Major',
        '12',
        'High',
        'Ceri Morgan',
        'Reviewed on 2026-05-29',
      ],
    ]);
    expect(
      screen.getByRole('figure', { name: 'Chart: current score of risk R1 at each review' }),
    ).toHaveAccessibleDescription(
      /12 \(High\) on 29 May 2026; 16 \(Extreme\) at the latest review/,
    );
    expect(screen.getByRole('link', { name: '4.1: Grow the nursing workforce' })).toHaveAttribute(
      'href',
      '/actions/action-7',
    );
    const mitigation = screen.getByRole('row', { name: /Agree a retention offer/ });
    expect(mitigation).toHaveTextContent('Nia Williams31 October 2026Overdue');
  });

  it('offers only the changes the user may make', async () => {
    renderRisk([loadMock(3, { canEscalate: false, escalation: null })]);

    expect(await screen.findByRole('button', { name: 'Review this risk' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Escalate to the oversight board' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reopen' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change this risk' })).toHaveAttribute(
      'href',
      '/risks/risk-1/edit',
    );
  });

  it('asks for a likelihood, a consequence and a commentary before saving a review', async () => {
    renderRisk([loadMock(3)]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Review this risk' }));

    await user.click(screen.getByRole('button', { name: 'Save the review' }));

    const summary = within(screen.getByRole('alert'));
    expect(summary.getByRole('link', { name: 'Choose how likely it is' })).toHaveAttribute(
      'href',
      '#review-likelihood',
    );
    expect(
      summary.getByRole('link', { name: 'Choose how bad the consequence would be' }),
    ).toHaveAttribute('href', '#review-consequence');
    expect(
      summary.getByRole('link', { name: 'Enter a commentary in English or Welsh' }),
    ).toHaveAttribute('href', '#commentary-en');
  });

  it('saves a review against the version loaded and shows the new score', async () => {
    renderRisk([
      loadMock(3),
      {
        request: { query: REVIEW_RISK, variables: { input: reviewInput } },
        result: {
          data: { reviewRisk: aRiskDetails(4, { current: aScore(3, 4), aboveAppetite: false }) },
        },
      },
    ]);

    await reviewAsPossibleAndMajor();

    expect(await screen.findByText('Your review of risk R1 has been saved.')).toBeInTheDocument();
    expect(screen.getByText('Current score', { selector: 'dt' }).nextSibling).toHaveTextContent(
      '12 High',
    );
    expect(screen.queryByRole('button', { name: 'Save the review' })).not.toBeInTheDocument();
  });

  it('shows a conflict beside their change and saves nothing; keep mine sends against theirs', async () => {
    const theirs = {
      id: 'risk-1',
      version: 4,
      title: { en: 'Not enough registered nurses', cy: 'Dim digon o nyrsys cofrestredig' },
      current: { likelihood: 4, consequence: 5, score: 20, band: 'EXTREME' },
      state: 'OPEN',
      escalation: null,
    };
    renderRisk([
      loadMock(3),
      {
        request: { query: REVIEW_RISK, variables: { input: reviewInput } },
        result: conflictResult(theirs, 4),
      },
      {
        request: {
          query: REVIEW_RISK,
          variables: { input: { ...reviewInput, expectedVersion: 4 } },
        },
        result: { data: { reviewRisk: aRiskDetails(5, { current: aScore(3, 4) }) } },
      },
    ]);

    const user = await reviewAsPossibleAndMajor();

    const conflict = await screen.findByTestId('conflict-summary');
    const rows = within(within(conflict).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Current score', '20 (Extreme)', '12 (High)'],
    ]);
    expect(screen.queryByText(/has been saved/)).not.toBeInTheDocument();

    await user.click(within(conflict).getByRole('button', { name: 'Keep mine' }));

    expect(await screen.findByText('Your review of risk R1 has been saved.')).toBeInTheDocument();
  });

  it('links an API field error to the field it is about', async () => {
    renderRisk([
      loadMock(3),
      {
        request: {
          query: ESCALATE_RISK,
          variables: {
            input: {
              id: 'risk-1',
              expectedVersion: 3,
              reason: { en: 'Board decision needed', cy: null },
            },
          },
        },
        result: {
          errors: [
            {
              message: 'Reason too long',
              extensions: { code: 'BAD_USER_INPUT', field: 'input.reason.en' },
            },
          ],
        },
      },
    ]);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Escalate to the oversight board' }),
    );
    await user.type(screen.getByLabelText('In English'), 'Board decision needed');
    await user.click(
      within(screen.getByRole('region', { name: /Escalate risk R1/ })).getByRole('button', {
        name: 'Escalate to the oversight board',
      }),
    );

    const summary = within(await screen.findByRole('alert'));
    expect(summary.getByRole('link', { name: 'Reason too long' })).toHaveAttribute(
      'href',
      '#reason-en',
    );
  });

  it('closes an issue with its reason and resolution, then offers to reopen it', async () => {
    renderRisk([
      loadMock(3, { kind: 'ISSUE' }),
      {
        request: {
          query: CLOSE_RISK,
          variables: {
            input: {
              id: 'risk-1',
              expectedVersion: 3,
              reason: { en: 'Posts filled', cy: null },
              resolution: { en: null, cy: 'Recriwtio rhyngwladol' },
            },
          },
        },
        result: {
          data: {
            closeRisk: aRiskDetails(4, {
              kind: 'ISSUE',
              state: 'CLOSED',
              closure: {
                __typename: 'RiskClosure',
                on: '2026-12-04',
                reason: text('Posts filled', null),
                resolution: text(null, 'Recriwtio rhyngwladol'),
              },
            }),
          },
        },
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    const panel = within(screen.getByRole('region', { name: 'Close risk R1' }));
    await user.type(
      within(panel.getByRole('group', { name: 'Why it is closed' })).getByLabelText('In English'),
      'Posts filled',
    );
    await user.type(
      within(panel.getByRole('group', { name: 'How the issue was resolved' })).getByLabelText(
        'In Welsh',
      ),
      'Recriwtio rhyngwladol',
    );
    await user.click(panel.getByRole('button', { name: 'Close the risk' }));

    expect(await screen.findByText('Risk R1 has been closed.')).toBeInTheDocument();
    expect(screen.getByText('Closed on 4 December 2026')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reopen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Review this risk' })).not.toBeInTheDocument();
  });

  it('is in Welsh for a Welsh speaker', async () => {
    renderRisk([loadMock(3)], 'cy');

    expect(
      await screen.findByRole('heading', { level: 1, name: /Dim digon o nyrsys cofrestredig/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Sgôr gyfredol', { selector: 'dt' }).nextSibling).toHaveTextContent(
      '16 Eithafol',
    );
    expect(screen.getByRole('button', { name: 'Adolygu’r risg hon' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '28 Awst 2026' })).toBeInTheDocument();
    expect(screen.getAllByText('4 Tebygol').length).toBeGreaterThan(0);
  });
});
