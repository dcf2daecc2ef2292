import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { aPerson, text } from '../../risks/testing/risk-mocks';
import {
  ADD_FORUM_MEMBER,
  END_FORUM_MEMBERSHIP,
  FORUMS_ADMIN,
  UPDATE_FORUM,
  UPDATE_FORUM_MEMBER,
} from '../graphql/meetings';

const unison = {
  __typename: 'Organisation',
  id: 'org-unison',
  name: text('UNISON Cymru Wales', 'UNISON Cymru Wales'),
};
const heiw = { __typename: 'Organisation', id: 'org-heiw', name: text('HEIW', 'AaGIC') };

const forumsMock = {
  request: { query: FORUMS_ADMIN },
  result: {
    data: {
      forums: [
        {
          __typename: 'Forum',
          id: 'forum-spf',
          version: 1,
          kind: 'SOCIAL_PARTNERSHIP_FORUM',
          active: true,
          name: text(
            'Workforce Social Partnership Forum',
            'Fforwm Partneriaeth Gymdeithasol y Gweithlu',
          ),
          purpose: text('No surprises.', 'Dim syrpréis.'),
          members: [
            {
              __typename: 'ForumMember',
              id: 'seat-karen',
              version: 2,
              isChair: true,
              joinedOn: '2026-03-02',
              leftOn: null,
              person: aPerson('person-karen', 'Karen Lloyd'),
              representing: unison,
            },
            {
              __typename: 'ForumMember',
              id: 'seat-old',
              version: 3,
              isChair: false,
              joinedOn: '2026-03-02',
              leftOn: '2026-06-30',
              person: aPerson('person-old', 'Gareth Powell'),
              representing: heiw,
            },
          ],
        },
      ],
      people: [
        {
          __typename: 'Person',
          id: 'person-karen',
          name: 'Karen Lloyd',
          organisation: { __typename: 'Organisation', id: 'org-unison' },
        },
        {
          __typename: 'Person',
          id: 'person-nia',
          name: 'Nia Williams',
          organisation: { __typename: 'Organisation', id: 'org-scw' },
        },
      ],
      organisations: [heiw, unison],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('the forums page', () => {
  it('lists current members with whom they represent, and seats and unseats members', async () => {
    const added = {
      request: {
        query: ADD_FORUM_MEMBER,
        variables: {
          input: {
            forumId: 'forum-spf',
            personId: 'person-nia',
            representingId: 'org-heiw',
            isChair: false,
          },
        },
      },
      result: { data: { addForumMember: { __typename: 'ForumMember', id: 'seat-nia' } } },
    };
    const ended = {
      request: {
        query: END_FORUM_MEMBERSHIP,
        variables: { input: { id: 'seat-karen', expectedVersion: 2 } },
      },
      result: { data: { endForumMembership: { __typename: 'ForumMember', id: 'seat-karen' } } },
    };
    renderApp({
      route: '/meetings/forums',
      mocks: [meMock(aUser({ role: 'PROGRAMME_OFFICE' })), forumsMock, added, ended],
    });
    const members = await screen.findByRole('table', {
      name: 'Members of Workforce Social Partnership Forum',
    });
    const rows = within(members).getAllByRole('row').slice(1);
    // Only current seats: Gareth Powell left in June.
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Karen LloydChairUNISON Cymru Wales2 March 2026');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add a member' }));
    await user.click(screen.getByRole('button', { name: 'Add the member' }));
    expect(
      screen.getByRole('link', { name: 'Choose the person to seat on the forum' }),
    ).toBeInTheDocument();
    // Karen already sits on the forum, so she is not offered.
    const person = screen.getByLabelText('Member');
    expect(within(person).queryByRole('option', { name: 'Karen Lloyd' })).not.toBeInTheDocument();
    await user.selectOptions(person, 'Nia Williams');
    await user.selectOptions(screen.getByLabelText('Represents'), 'HEIW');
    await user.click(screen.getByRole('button', { name: 'Add the member' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'End Karen Lloyd’s membership' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
  });

  it('changes a forum’s name and whether it meets, and who chairs it, each against its version', async () => {
    const renamed = {
      request: {
        query: UPDATE_FORUM,
        variables: {
          input: {
            id: 'forum-spf',
            expectedVersion: 1,
            kind: 'SOCIAL_PARTNERSHIP_FORUM',
            name: {
              en: 'Workforce Partnership Forum',
              cy: 'Fforwm Partneriaeth Gymdeithasol y Gweithlu',
            },
            purpose: { en: 'No surprises.', cy: 'Dim syrpréis.' },
            active: false,
          },
        },
      },
      result: jest.fn(() => ({
        data: { updateForum: { __typename: 'Forum', id: 'forum-spf', version: 2 } },
      })),
    };
    const unchaired = {
      request: {
        query: UPDATE_FORUM_MEMBER,
        variables: { input: { id: 'seat-karen', expectedVersion: 2, isChair: false } },
      },
      result: jest.fn(() => ({
        data: { updateForumMember: { __typename: 'ForumMember', id: 'seat-karen', version: 3 } },
      })),
    };
    renderApp({
      route: '/meetings/forums',
      mocks: [meMock(aUser({ role: 'PROGRAMME_OFFICE' })), forumsMock, renamed, unchaired],
    });
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Change Workforce Social Partnership Forum' }),
    );
    const panel = screen.getByRole('region', { name: 'Change Workforce Social Partnership Forum' });
    const name = within(panel).getByRole('group', { name: /^Name/ });
    const english = within(name).getByLabelText('In English');
    await user.clear(english);
    await user.type(english, 'Workforce Partnership Forum');
    await user.click(within(panel).getByLabelText('The forum still meets'));
    await user.click(within(panel).getByRole('button', { name: 'Save the forum' }));
    await waitFor(() => expect(renamed.result).toHaveBeenCalledTimes(1));

    await user.click(screen.getByRole('button', { name: 'Remove Karen Lloyd as a chair' }));
    await waitFor(() => expect(unchaired.result).toHaveBeenCalledTimes(1));
  });

  it('lets a viewer read the forums in Welsh without changing them', async () => {
    renderApp({
      route: '/meetings/forums',
      language: 'cy',
      mocks: [meMock(aUser({ role: 'VIEWER', preferredLanguage: 'cy' })), forumsMock],
    });
    expect(
      await screen.findByRole('table', {
        name: 'Aelodau Fforwm Partneriaeth Gymdeithasol y Gweithlu',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('2 Mawrth 2026')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ychwanegu aelod' })).not.toBeInTheDocument();
  });
});
