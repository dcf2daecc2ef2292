import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { ACTION_FORM_OPTIONS, ANNUAL_PLAN, CREATE_ACTION } from '../graphql/plans';

const route = '/plans/2026-27/actions/new';

const planMock: MockLink.MockedResponse = {
  request: { query: ANNUAL_PLAN, variables: { financialYear: '2026-27' } },
  result: {
    data: {
      annualPlan: {
        __typename: 'AnnualPlan',
        id: 'plan-2026',
        financialYear: '2026-27',
        title: { __typename: 'BilingualText', en: 'Joint action plan 2026-27', cy: null },
        state: 'APPROVED',
        actionCount: 12,
        startDate: '2026-04-01',
        endDate: '2027-03-31',
        approvedAt: '2026-04-23T10:00:00Z',
        closedAt: null,
        version: 2,
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const optionsMock: MockLink.MockedResponse = {
  request: { query: ACTION_FORM_OPTIONS },
  result: {
    data: {
      strategicAreas: [3, 4].map((number) => ({
        __typename: 'StrategicArea',
        id: `area-${number}`,
        number,
        title: { __typename: 'BilingualText', en: `Area title ${number}`, cy: `Teitl ${number}` },
      })),
      people: ['Ceri Morgan', 'Nia Williams'].map((name, index) => ({
        __typename: 'Person',
        id: `person-${index + 1}`,
        name,
        organisation: { __typename: 'Organisation', id: 'org-1', code: 'HEIW' },
      })),
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const input = {
  planId: 'plan-2026',
  areaId: 'area-4',
  reference: '4.2',
  title: { en: 'Grow the nursing bank', cy: null },
  description: { en: null, cy: null },
  leadOrganisation: 'HEIW',
  startDate: '2026-04-01',
  dueDate: '2027-03-31',
  ownerIds: ['person-2'],
  themes: ['STAFF_RETENTION'],
  wellBeingGoals: [],
  waysOfWorking: [],
  needsPartnershipConsultation: false,
  milestones: [],
};

async function fillIn() {
  const user = userEvent.setup();
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Add an action' }),
  ).toBeInTheDocument();
  await user.selectOptions(await screen.findByLabelText('Strategic area'), 'area-4');
  await user.type(screen.getByLabelText('Reference'), '4.2');
  const title = within(screen.getByRole('group', { name: /^Title/ }));
  await user.type(title.getByLabelText('In English'), 'Grow the nursing bank');
  await user.click(screen.getByRole('radio', { name: 'HEIW' }));
  await user.click(screen.getByRole('checkbox', { name: 'Nia Williams (HEIW)' }));
  await user.click(screen.getByRole('checkbox', { name: 'Staff retention' }));
  await user.click(screen.getByRole('button', { name: 'Add action' }));
  return user;
}

describe('adding an action to a plan', () => {
  it('shows each of the API’s field errors in the error summary and beside its field', async () => {
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        planMock,
        optionsMock,
        {
          request: { query: CREATE_ACTION, variables: { input } },
          result: {
            errors: [
              {
                message: 'Invalid reference: Action 4.2 already exists in this plan',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'reference',
                  problems: [
                    { field: 'reference', message: 'Action 4.2 already exists in this plan' },
                    { field: 'title.cy', message: 'must be at most 300 characters' },
                  ],
                },
              },
            ],
          },
        },
      ],
    });

    await fillIn();

    const summary = await screen.findByRole('alert');
    const reference = within(summary).getByRole('link', {
      name: 'Action 4.2 already exists in this plan',
    });
    expect(reference).toHaveAttribute('href', '#reference');
    expect(reference.closest('li')).toHaveAttribute('lang', 'en');
    expect(
      within(summary).getByRole('link', { name: 'must be at most 300 characters' }),
    ).toHaveAttribute('href', '#title-cy');
    expect(screen.getByLabelText('Reference')).toHaveAccessibleDescription(
      /Error: Action 4.2 already exists in this plan/,
    );
    expect(screen.getByRole('group', { name: /^Title/ })).toHaveAccessibleDescription(
      /Error: must be at most 300 characters/,
    );
    expect(document.title).toBe('Error: Add an action to the 2026-27 plan – Cynnydd');
  });

  it('sends that the action needs partnership consultation when the box is ticked', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        planMock,
        optionsMock,
        {
          request: {
            query: CREATE_ACTION,
            variables: { input: { ...input, needsPartnershipConsultation: true } },
          },
          result: {
            errors: [
              {
                message: 'Invalid reference',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  problems: [{ field: 'reference', message: 'Action 4.2 already exists' }],
                },
              },
            ],
          },
        },
      ],
    });

    await screen.findByRole('heading', { level: 1, name: 'Add an action' });
    await user.click(
      await screen.findByRole('checkbox', { name: 'Needs partnership consultation' }),
    );
    await fillIn();

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Action 4.2 already exists' })).toBeVisible();
  });

  it('sends the well-being goals and ways of working ticked, each a fieldset with its legend', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        planMock,
        optionsMock,
        {
          request: {
            query: CREATE_ACTION,
            variables: {
              input: {
                ...input,
                wellBeingGoals: ['HEALTHIER', 'MORE_EQUAL'],
                waysOfWorking: ['PREVENTION'],
              },
            },
          },
          result: {
            errors: [
              {
                message: 'Invalid wellBeingGoals',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'wellBeingGoals',
                  problems: [
                    {
                      field: 'wellBeingGoals',
                      message: "All wellBeingGoals's elements must be unique",
                    },
                  ],
                },
              },
            ],
          },
        },
      ],
    });

    await screen.findByRole('heading', { level: 1, name: 'Add an action' });
    const goals = await screen.findByRole('group', { name: 'Well-being goals' });
    expect(within(goals).getAllByRole('checkbox')).toHaveLength(7);
    expect(goals).toHaveAccessibleDescription(
      /Well-being of Future Generations \(Wales\) Act 2015/,
    );
    const ways = screen.getByRole('group', { name: 'Ways of working' });
    expect(
      within(ways)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('value')),
    ).toEqual(['LONG_TERM', 'PREVENTION', 'INTEGRATION', 'COLLABORATION', 'INVOLVEMENT']);
    await user.click(within(goals).getByRole('checkbox', { name: 'A healthier Wales' }));
    await user.click(within(goals).getByRole('checkbox', { name: 'A more equal Wales' }));
    await user.click(within(ways).getByRole('checkbox', { name: 'Prevention' }));
    await fillIn();

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: "All wellBeingGoals's elements must be unique" }),
    ).toHaveAttribute('href', '#wellBeingGoals');
    expect(screen.getByRole('group', { name: 'Well-being goals' })).toHaveAccessibleDescription(
      /Error: All wellBeingGoals's elements must be unique/,
    );
  });

  it('names the goals and ways of working as the Act does in Welsh', async () => {
    renderApp({
      route,
      language: 'cy',
      mocks: [meMock(aUser({ preferredLanguage: 'cy' })), planMock, optionsMock],
    });
    const goals = await screen.findByRole('group', { name: 'Nodau llesiant' });
    expect(
      within(goals).getByRole('checkbox', {
        name: "Cymru â diwylliant bywiog lle mae'r Gymraeg yn ffynnu",
      }),
    ).toBeInTheDocument();
    const ways = screen.getByRole('group', { name: 'Ffyrdd o weithio' });
    expect(within(ways).getByRole('checkbox', { name: 'Hirdymor' })).toBeInTheDocument();
  });

  it('asks for what is missing before calling the API', async () => {
    const user = userEvent.setup();
    renderApp({ route, mocks: [meMock(aUser()), planMock, optionsMock] });

    await user.click(await screen.findByRole('button', { name: 'Add action' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Select the strategic area' }),
    ).toHaveAttribute('href', '#areaId');
    expect(
      within(summary).getByRole('link', { name: 'Select at least one owner' }),
    ).toHaveAttribute('href', '#owners');
  });

  it('tells a lead they have no access, without showing the form', async () => {
    renderApp({ route, mocks: [meMock(aUser({ role: 'LEAD' })), planMock, optionsMock] });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have access to this page',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add action' })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Menu' })).queryByRole('link', {
        name: 'Plans',
      }),
    ).not.toBeInTheDocument();
  });
});
