import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { financialYearLabel, financialYearOf } from '@cynnydd/shared/domain';

import { todayInWales } from '../../../i18n/format';
import { aUser, conflictResult, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { CREATE_RISK, RISK_DETAILS, RISK_FOR_EDIT, UPDATE_RISK } from '../graphql/risks';
import { aRiskDetails, riskFormOptionsMock, text } from '../testing/risk-mocks';

const optionsMock = riskFormOptionsMock(financialYearLabel(financialYearOf(todayInWales())));

/** R1 as the change form loads it, at `version`. */
function anEditableRisk(version: number, overrides: Record<string, unknown> = {}) {
  const details = aRiskDetails(version);
  return {
    __typename: 'Risk',
    id: details.id,
    version,
    canUpdate: true,
    reference: details.reference,
    kind: details.kind,
    category: details.category,
    title: details.title,
    description: details.description,
    controls: details.controls,
    impact: details.impact,
    owner: { __typename: 'Person', id: 'person-1' },
    areas: [{ __typename: 'StrategicArea', id: 'area-4' }],
    threatenedActions: details.threatenedActions,
    mitigatingActions: [],
    inherent: { __typename: 'RiskScore', likelihood: 5, consequence: 4 },
    current: { __typename: 'RiskScore', likelihood: 4, consequence: 4 },
    target: { __typename: 'RiskTarget', likelihood: 2, consequence: 3, date: '2027-03-31' },
    reviewEveryMonths: 3,
    mitigations: [],
    ...overrides,
  };
}

const editMock = (version: number): MockLink.MockedResponse => ({
  request: { query: RISK_FOR_EDIT, variables: { id: 'risk-1' } },
  result: { data: { risk: anEditableRisk(version) } },
});

describe('recording a risk', () => {
  it('is for the operational group only', async () => {
    renderApp({ route: '/risks/new', mocks: [meMock(aUser({ role: 'LEAD' })), optionsMock] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
  });

  it('asks for what a risk needs before recording it', async () => {
    renderApp({ route: '/risks/new', mocks: [meMock(aUser()), optionsMock] });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Record the risk' }));
    const summary = within(screen.getByRole('alert'));
    expect(summary.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '#title-en',
      '#category',
      '#ownerId',
      '#areaIds',
      '#current-likelihood',
      '#current-consequence',
    ]);
  });

  it('records the risk and goes to it', async () => {
    renderApp({
      route: '/risks/new',
      mocks: [
        meMock(aUser()),
        optionsMock,
        {
          request: {
            query: CREATE_RISK,
            variables: {
              input: {
                reference: null,
                kind: 'RISK',
                title: { en: 'Data sharing agreements lapse', cy: null },
                description: { en: null, cy: null },
                impact: { en: null, cy: null },
                category: 'INFORMATION',
                ownerId: 'person-2',
                areaIds: ['area-4'],
                threatenedActionIds: ['action-7'],
                mitigatingActionIds: [],
                controls: { en: null, cy: null },
                inherent: null,
                current: { likelihood: 2, consequence: 4 },
                target: null,
                reviewEveryMonths: 6,
                mitigations: [
                  {
                    description: { en: 'Renew the agreement', cy: null },
                    ownerId: 'person-1',
                    dueDate: '2027-01-31',
                    completedOn: null,
                  },
                ],
              },
            },
          },
          result: { data: { createRisk: { __typename: 'Risk', id: 'risk-1', reference: 'R1' } } },
        },
        {
          request: { query: RISK_DETAILS, variables: { id: 'risk-1' } },
          result: { data: { risk: aRiskDetails(1) } },
        },
      ],
    });
    // Typing is slow in jsdom: no delay between keys.
    const user = userEvent.setup({ delay: null });
    const title = await screen.findByRole('group', { name: 'Title' });
    await user.type(within(title).getByLabelText('In English'), 'Data sharing agreements lapse');
    await user.click(screen.getByLabelText('Information and data'));
    await user.selectOptions(
      screen.getByLabelText('Owner (answers for the risk)'),
      'Nia Williams (person2@example.wales)',
    );
    await user.click(screen.getByLabelText('4. Area title 4'));
    const threatened = screen.getByRole('group', { name: 'Actions it could stop delivering' });
    await user.click(within(threatened).getByLabelText('4.1: Grow the nursing workforce'));
    const current = screen.getByRole('group', { name: 'Current score' });
    await user.click(within(current).getByLabelText('2 Unlikely'));
    await user.click(within(current).getByLabelText('4 Major'));
    await user.click(screen.getByLabelText('Every 6 months'));
    await user.click(screen.getByRole('button', { name: 'Add a mitigation' }));
    const mitigation = screen.getByRole('group', { name: 'Mitigation 1' });
    await user.type(within(mitigation).getByLabelText('In English'), 'Renew the agreement');
    await user.selectOptions(
      within(mitigation).getByLabelText('Owner'),
      'Ceri Morgan (person1@example.wales)',
    );
    await user.type(within(mitigation).getByLabelText('Due date'), '2027-01-31');
    await user.click(screen.getByRole('button', { name: 'Record the risk' }));

    expect(await screen.findByText('Risk R1 has been recorded.')).toBeInTheDocument();
    // The whole form filled in as a user would: slower than most in jsdom on a busy machine.
  }, 30_000);
});

describe('changing a risk', () => {
  async function retitleAndSave() {
    const user = userEvent.setup({ delay: null });
    const title = await screen.findByRole('group', { name: 'Title' });
    const english = within(title).getByLabelText('In English');
    await user.clear(english);
    await user.type(english, 'Too few registered nurses');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
  }

  const updateRequest = {
    query: UPDATE_RISK,
    variables: {
      input: {
        id: 'risk-1',
        expectedVersion: 3,
        title: { en: 'Too few registered nurses', cy: 'Dim digon o nyrsys cofrestredig' },
      },
    },
  };

  it('sends only what changed, with the version loaded; the current score is not offered', async () => {
    renderApp({
      route: '/risks/risk-1/edit',
      mocks: [
        meMock(aUser({ role: 'LEAD' })),
        optionsMock,
        editMock(3),
        {
          request: updateRequest,
          result: {
            data: {
              updateRisk: anEditableRisk(4, {
                title: text('Too few registered nurses', 'Dim digon o nyrsys cofrestredig'),
              }),
            },
          },
        },
      ],
    });

    await retitleAndSave();

    expect(await screen.findByText('Risk R1 has been saved.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Current score' })).not.toBeInTheDocument();
  });

  it('shows a conflict beside their change and saves nothing', async () => {
    renderApp({
      route: '/risks/risk-1/edit',
      mocks: [
        meMock(aUser()),
        optionsMock,
        editMock(3),
        {
          request: updateRequest,
          result: conflictResult(
            {
              id: 'risk-1',
              version: 4,
              reference: 'R1',
              kind: 'RISK',
              category: 'WORKFORCE',
              title: { en: 'Not enough registered nurses', cy: 'Dim digon o nyrsys cofrestredig' },
              description: aRiskDetails(4).description,
              controls: { en: 'Bursary scheme', cy: 'Cynllun bwrsariaeth' },
              impact: { en: null, cy: null },
              ownerId: 'person-2',
              inherent: { likelihood: 5, consequence: 4 },
              current: { likelihood: 4, consequence: 4 },
              target: { likelihood: 2, consequence: 3, date: '2027-03-31' },
              reviewEveryMonths: 3,
            },
            4,
          ),
        },
      ],
    });

    await retitleAndSave();

    const conflict = await screen.findByTestId('conflict-summary');
    const rows = within(within(conflict).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Owner (answers for the risk)', 'Nia Williams', 'Ceri Morgan'],
    ]);
    expect(screen.queryByText(/has been saved/)).not.toBeInTheDocument();
  });

  it('removes the target', async () => {
    renderApp({
      route: '/risks/risk-1/edit',
      mocks: [
        meMock(aUser()),
        optionsMock,
        editMock(3),
        {
          request: {
            query: UPDATE_RISK,
            variables: { input: { id: 'risk-1', expectedVersion: 3, target: null } },
          },
          result: { data: { updateRisk: anEditableRisk(4, { target: null }) } },
        },
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Remove the target' }));
    expect(screen.getByLabelText('Target date')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Risk R1 has been saved.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove the target' })).not.toBeInTheDocument();
  });

  it('is in Welsh for a Welsh speaker', async () => {
    renderApp({
      route: '/risks/risk-1/edit',
      language: 'cy',
      mocks: [meMock(aUser({ preferredLanguage: 'cy' })), optionsMock, editMock(3)],
    });

    expect(await screen.findByRole('group', { name: 'Sgôr darged' })).toBeInTheDocument();
    expect(screen.getByLabelText('Bob 3 mis')).toBeChecked();
    expect(screen.getByRole('button', { name: 'Cadw’r newidiadau' })).toBeInTheDocument();
  });
});
