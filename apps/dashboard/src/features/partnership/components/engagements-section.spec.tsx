import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Language } from '@cynnydd/shared/domain';

import type { CurrentUserFragment } from '../../../gql/graphql';
import { aUser, conflictResult, meMock } from '../../../test/factories';
import { renderWithProviders } from '../../../test/render-app';
import { forumChoicesMock, meetingsMock } from '../../meetings/testing/meeting-mocks';
import { text } from '../../risks/testing/risk-mocks';
import { CREATE_ENGAGEMENT, DELETE_ENGAGEMENT, UPDATE_ENGAGEMENT } from '../graphql/partnership';
import {
  anEngagement,
  engagementsMock,
  partnerChoicesMock,
  RCN,
  UNISON,
} from '../testing/partnership-mocks';
import EngagementsSection from './engagements-section';

const compromise = anEngagement({
  id: 'engagement-2',
  engagedOn: '2026-11-26',
  outcome: 'COMPROMISE',
  consultedOn: text('Bank shift pay', 'Tâl shifftiau banc'),
  agreed: text('Paid weekly from January', 'Talu’n wythnosol o fis Ionawr'),
  partners: [UNISON, RCN],
  version: 1,
});

function renderSection(
  mocks: MockLink.MockedResponse[],
  role: CurrentUserFragment['role'] = 'PROGRAMME_OFFICE',
  language: Language = 'en',
) {
  return renderWithProviders(<EngagementsSection subjectKind="ACTION" subjectId="action-1" />, {
    mocks: [meMock(aUser({ role })), partnerChoicesMock, ...mocks],
    language,
  });
}

describe('the engagement with social partners section', () => {
  it('lists the records newest first with date, subject, partners, summary and outcome', async () => {
    renderSection([engagementsMock([compromise, anEngagement()])], 'VIEWER');

    const table = await screen.findByRole('table', {
      name: 'Engagement with social partners, newest first',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(
      '26 November 2026ActionUNISON Cymru Wales, Royal College of Nursing WalesBank shift payCompromisePaid weekly from January',
    );
    expect(rows[2]).toHaveTextContent('12 November 2026');
    // A viewer reads but cannot change them.
    expect(screen.queryByRole('button', { name: 'Record an engagement' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Change/ })).not.toBeInTheDocument();
  });

  it('is in Welsh on a Welsh page, the summary in Welsh', async () => {
    renderSection([engagementsMock([compromise])], 'PROGRAMME_OFFICE', 'cy');

    expect(
      await screen.findByRole('heading', { name: 'Ymgysylltu â’r partneriaid cymdeithasol' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', {
      name: 'Ymgysylltu â’r partneriaid cymdeithasol, y diweddaraf yn gyntaf',
    });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      'Cam gweithreduUNISON Cymru Wales, Coleg Nyrsio Brenhinol CymruTâl shifftiau bancCyfaddawdTalu’n wythnosol o fis Ionawr',
    );
    expect(await screen.findByRole('button', { name: 'Cofnodi ymgysylltiad' })).toBeInTheDocument();
  });

  it('says when none has been recorded', async () => {
    renderSection([engagementsMock([])]);
    expect(
      await screen.findByText('No engagement with the social partners has been recorded yet.'),
    ).toBeInTheDocument();
  });

  it('asks for what is missing, and what a compromise agreed, before calling the API', async () => {
    const user = userEvent.setup();
    renderSection([engagementsMock([])]);

    await user.click(await screen.findByRole('button', { name: 'Record an engagement' }));
    await user.click(await screen.findByRole('radio', { name: 'Compromise' }));
    await user.click(screen.getByRole('button', { name: 'Save engagement' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Choose at least one partner' }),
    ).toHaveAttribute('href', '#partnerIds');
    expect(
      within(summary).getByRole('link', {
        name: 'Enter what the partners were consulted on, in English or Welsh',
      }),
    ).toHaveAttribute('href', '#consultedOn-en');
    expect(
      within(summary).getByRole('link', { name: 'For a compromise, enter what was agreed' }),
    ).toHaveAttribute('href', '#agreed-en');
  });

  it('records an engagement with the partners, summary and outcome given', async () => {
    const user = userEvent.setup();
    const saved = anEngagement({ id: 'engagement-3', engagedOn: '2026-12-01', version: 1 });
    renderSection([
      engagementsMock([]),
      {
        request: {
          query: CREATE_ENGAGEMENT,
          variables: {
            input: {
              subjectKind: 'ACTION',
              subjectId: 'action-1',
              engagedOn: '2026-12-01',
              forumId: 'forum-joint',
              meetingId: 'meeting-past',
              partnerIds: ['org-rcn'],
              consultedOn: { en: 'Rota changes', cy: 'Newidiadau rota' },
              outcome: 'CONSENSUS',
              agreed: { en: null, cy: null },
              disagreement: { en: null, cy: null },
              nextSteps: { en: null, cy: null },
            },
          },
        },
        result: { data: { createEngagementRecord: saved } },
      },
      forumChoicesMock,
      meetingsMock('forum-joint'),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Record an engagement' }));
    const date = await screen.findByLabelText('Date of the engagement');
    await user.clear(date);
    await user.type(date, '2026-12-01');
    // Only the social partners are offered, not the delivery bodies.
    expect(screen.queryByRole('checkbox', { name: /Health Education/ })).not.toBeInTheDocument();
    // At the joint board's meeting of May 2020.
    await user.selectOptions(screen.getByLabelText('Forum it was at (optional)'), 'Joint Board');
    await user.selectOptions(
      await screen.findByLabelText('Meeting it was at (optional)'),
      await screen.findByRole('option', { name: /^21 May 2020/ }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Royal College of Nursing Wales' }));
    const consulted = within(
      screen.getByRole('group', { name: 'What the partners were consulted on' }),
    );
    await user.type(consulted.getByLabelText('In English'), 'Rota changes');
    await user.type(consulted.getByLabelText('In Welsh'), 'Newidiadau rota');
    await user.click(screen.getByRole('radio', { name: 'Consensus' }));
    await user.click(screen.getByRole('button', { name: 'Save engagement' }));

    expect(await screen.findByText('The engagement record has been saved.')).toBeInTheDocument();
  });

  it('shows the API’s refusal beside the field it is about', async () => {
    const user = userEvent.setup();
    renderSection([
      engagementsMock([anEngagement()]),
      {
        request: {
          query: UPDATE_ENGAGEMENT,
          variables: {
            input: {
              id: 'engagement-1',
              expectedVersion: 2,
              engagedOn: '2026-11-12',
              forumId: null,
              meetingId: null,
              partnerIds: ['org-unison'],
              consultedOn: {
                en: 'Rota changes for the nursing bank',
                cy: 'Newidiadau rota ar gyfer y banc nyrsio',
              },
              outcome: 'CONSENSUS',
              agreed: { en: null, cy: null },
              disagreement: { en: null, cy: null },
              nextSteps: { en: null, cy: null },
            },
          },
        },
        result: {
          errors: [
            {
              message: 'Invalid input',
              extensions: {
                code: 'BAD_USER_INPUT',
                problems: [{ field: 'engagedOn', message: 'must not be in the future' }],
              },
            },
          ],
        },
      },
    ]);

    await user.click(
      await screen.findByRole('button', { name: 'Change the engagement of 12 November 2026' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Save engagement' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'must not be in the future' }),
    ).toHaveAttribute('href', '#engagedOn');
  });

  it('deletes a record against the version loaded, and says so when someone changed it', async () => {
    const user = userEvent.setup();
    renderSection([
      engagementsMock([anEngagement()]),
      {
        request: {
          query: DELETE_ENGAGEMENT,
          variables: { id: 'engagement-1', expectedVersion: 2 },
        },
        result: conflictResult({ id: 'engagement-1', version: 3 }, 3),
      },
    ]);

    await user.click(
      await screen.findByRole('button', { name: 'Delete the engagement of 12 November 2026' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Yes, delete it' }));

    expect(
      await screen.findByText(/Someone else changed this engagement record meanwhile/),
    ).toBeInTheDocument();
  });
});
