import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, conflictResult, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { ACTION_FOR_EDIT, ACTION_FORM_OPTIONS, UPDATE_ACTION } from '../graphql/plans';

const route = '/actions/action-1/edit';
const text = (en: string | null, cy: string | null) => ({ __typename: 'BilingualText', en, cy });

function anAction(version: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Action',
    id: 'action-1',
    version,
    reference: '4.2',
    title: text('Grow the nursing bank', 'Tyfu’r banc nyrsio'),
    description: text(null, null),
    area: { __typename: 'StrategicArea', id: 'area-4', number: 4 },
    leadOrganisation: 'HEIW',
    startDate: '2026-04-01',
    dueDate: '2027-03-31',
    themes: [],
    wellBeingGoals: ['HEALTHIER'],
    waysOfWorking: [],
    needsPartnershipConsultation: false,
    owners: [{ __typename: 'Person', id: 'person-1', name: 'Ceri Morgan' }],
    plan: {
      __typename: 'AnnualPlan',
      id: 'plan-2026',
      financialYear: '2026-27',
      state: 'APPROVED',
      startDate: '2026-04-01',
      endDate: '2027-03-31',
    },
    milestones: [],
    ...overrides,
  };
}

const dafydd = { __typename: 'Person', id: 'person-2', name: 'Dafydd Jones' };

/** As a colleague saved it meanwhile: a new English title, a second owner, an earlier due date. */
const theirChanges = {
  title: text('Their title', 'Tyfu’r banc nyrsio'),
  dueDate: '2027-02-28',
  owners: [{ __typename: 'Person', id: 'person-1', name: 'Ceri Morgan' }, dafydd],
};

const optionsMock: MockLink.MockedResponse = {
  request: { query: ACTION_FORM_OPTIONS },
  result: {
    data: {
      strategicAreas: [
        {
          __typename: 'StrategicArea',
          id: 'area-4',
          number: 4,
          title: text('Leadership', 'Arweinyddiaeth'),
        },
      ],
      people: [
        {
          __typename: 'Person',
          id: 'person-1',
          name: 'Ceri Morgan',
          organisation: { __typename: 'Organisation', id: 'org-1', code: 'HEIW' },
        },
        { ...dafydd, organisation: { __typename: 'Organisation', id: 'org-2', code: 'SCW' } },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const loadMock = (version: number, overrides: Record<string, unknown> = {}) => ({
  request: { query: ACTION_FOR_EDIT, variables: { id: 'action-1' } },
  result: { data: { action: anAction(version, overrides) } },
});

const staleSaveMock: MockLink.MockedResponse = {
  request: {
    query: UPDATE_ACTION,
    variables: {
      input: {
        id: 'action-1',
        expectedVersion: 3,
        title: { en: 'My title', cy: 'Tyfu’r banc nyrsio' },
      },
    },
  },
  result: conflictResult(
    {
      id: 'action-1',
      version: 4,
      reference: '4.2',
      title: { en: 'Their title', cy: 'Tyfu’r banc nyrsio' },
      description: { en: null, cy: null },
      leadOrganisation: 'HEIW',
      startDate: '2026-04-01',
      dueDate: '2027-02-28',
      themes: [],
      wellBeingGoals: ['HEALTHIER', 'RESILIENT'],
      waysOfWorking: [],
      needsPartnershipConsultation: false,
      areaId: 'area-4',
      planId: 'plan-2026',
      ownerIds: ['person-1', 'person-2'],
    },
    4,
  ),
};

async function editTitleAndSave() {
  const user = userEvent.setup();
  const title = within(await screen.findByRole('group', { name: /^Title/ }));
  const english = title.getByLabelText('In English');
  await user.clear(english);
  await user.type(english, 'My title');
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  return user;
}

describe('editing an action someone else has just changed', () => {
  it('shows their saved values beside the user’s, and saves nothing until asked', async () => {
    renderApp({
      route,
      mocks: [meMock(aUser()), optionsMock, loadMock(3), staleSaveMock],
    });

    await editTitleAndSave();

    const conflict = await screen.findByTestId('conflict-summary');
    expect(
      within(conflict).getByRole('heading', {
        name: 'Someone else changed this while you were editing',
      }),
    ).toBeInTheDocument();
    const rows = within(within(conflict).getByRole('table')).getAllByRole('row');
    const cells = rows.slice(1).map((row) => [...row.children].map((cell) => cell.textContent));
    expect(cells).toEqual([
      ['Title in English', 'Their title', 'My title'],
      ['Due date', '28 February 2027', '31 March 2027'],
      ['Owners', 'Ceri Morgan, Dafydd Jones', 'Ceri Morgan'],
      // In the Act's order, whatever order they were ticked in.
      ['Well-being goals', 'A resilient Wales, A healthier Wales', 'A healthier Wales'],
    ]);
    expect(document.title).toMatch(/^Error: /);
    expect(screen.queryByText(/have been saved/)).not.toBeInTheDocument();
  });

  it('“keep mine” saves the user’s change against the version the conflict reported', async () => {
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        optionsMock,
        loadMock(3),
        staleSaveMock,
        {
          request: {
            query: UPDATE_ACTION,
            variables: {
              input: {
                id: 'action-1',
                expectedVersion: 4,
                title: { en: 'My title', cy: 'Tyfu’r banc nyrsio' },
              },
            },
          },
          result: {
            data: {
              updateAction: anAction(5, {
                title: text('My title', 'Tyfu’r banc nyrsio'),
                dueDate: '2027-02-28',
              }),
            },
          },
        },
      ],
    });
    const user = await editTitleAndSave();

    await user.click(await screen.findByRole('button', { name: 'Keep mine' }));

    expect(
      await screen.findByText('Your changes to action 4.2 have been saved.'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('conflict-summary')).not.toBeInTheDocument();
    // Their due date stands: only the field this user changed was sent.
    expect(screen.getByLabelText('Due date')).toHaveValue('2027-02-28');
  });

  it('“use their version” reloads the form with their values', async () => {
    renderApp({
      route,
      mocks: [meMock(aUser()), optionsMock, loadMock(3), staleSaveMock, loadMock(4, theirChanges)],
    });
    const user = await editTitleAndSave();

    await user.click(await screen.findByRole('button', { name: 'Use their version' }));

    const title = within(screen.getByRole('group', { name: /^Title/ }));
    expect(await title.findByDisplayValue('Their title')).toBeInTheDocument();
    expect(screen.getByLabelText('Due date')).toHaveValue('2027-02-28');
    expect(screen.queryByTestId('conflict-summary')).not.toBeInTheDocument();
  });

  it('sends only the well-being goals when only they were changed', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        optionsMock,
        loadMock(3),
        {
          request: {
            query: UPDATE_ACTION,
            variables: {
              input: { id: 'action-1', expectedVersion: 3, wellBeingGoals: ['PROSPEROUS'] },
            },
          },
          result: { data: { updateAction: anAction(4, { wellBeingGoals: ['PROSPEROUS'] }) } },
        },
      ],
    });

    const goals = await screen.findByRole('group', { name: 'Well-being goals' });
    expect(within(goals).getByRole('checkbox', { name: 'A healthier Wales' })).toBeChecked();
    await user.click(within(goals).getByRole('checkbox', { name: 'A healthier Wales' }));
    await user.click(within(goals).getByRole('checkbox', { name: 'A prosperous Wales' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByText('Your changes to action 4.2 have been saved.'),
    ).toBeInTheDocument();
  });
});
