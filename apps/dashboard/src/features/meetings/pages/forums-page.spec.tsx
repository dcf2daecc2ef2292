import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { aPerson, text } from '../../risks/testing/risk-mocks';
import { ADD_FORUM_MEMBER, END_FORUM_MEMBERSHIP, FORUMS_ADMIN } from '../graphql/meetings';

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
