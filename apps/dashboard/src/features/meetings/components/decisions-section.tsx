import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { localise } from '@cynnydd/shared/domain';

import { formatDate } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { FollowUpStatus } from '../../review/components/follow-up-status';
import { ReviewForm, type SaveReviewEntry } from '../../review/components/review-form';
import { RECORD_MEETING_DECISION } from '../graphql/meetings';
import type { MeetingDetails } from './meeting-summary';

type Commitment = MeetingDetails['carriedCommitments'][number];

/** Commitments as a table: what, who, by when, and whether done. */
export function CommitmentsTable({
  caption,
  commitments,
}: {
  caption: string;
  commitments: Commitment[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ScrollableTable caption={caption}>
      <ColumnHeaders
        columns={[
          { label: t('meetings.commitments.columns.what') },
          { label: t('meetings.commitments.columns.who') },
          { label: t('meetings.commitments.columns.due') },
          { label: t('meetings.commitments.columns.status') },
        ]}
      />
      <tbody className="govuk-table__body">
        {commitments.map((commitment) => (
          <tr key={commitment.id} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              <LocalisedText value={commitment.title} />
            </th>
            <td className="govuk-table__cell">{commitment.owner.name}</td>
            <td className="govuk-table__cell">{formatDate(commitment.dueDate, language)}</td>
            <td className="govuk-table__cell">
              <FollowUpStatus followUp={commitment} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

/**
 * What the meeting decided and who promised what, then what is still open from earlier meetings
 * of the forum (carried onto every meeting's agenda until done).
 */
export function DecisionsSection({
  meeting,
  reload,
  onErrors,
}: {
  meeting: MeetingDetails;
  reload: () => Promise<unknown>;
  onErrors: (hasErrors: boolean) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [record, { loading }] = useMutation(RECORD_MEETING_DECISION);
  const save: SaveReviewEntry = async ({ kind, aboutId, text, followUps }) => {
    await record({
      variables: {
        input: {
          meetingId: meeting.id,
          agendaItemId: aboutId,
          kind,
          text,
          ...(followUps.length ? { commitments: followUps } : {}),
        },
      },
    });
    await reload();
  };
  return (
    <>
      {meeting.minutesVisible && (
        <section aria-labelledby="decisions-heading">
          <h2 className="govuk-heading-m" id="decisions-heading">
            {t('meetings.decisions.title')}
          </h2>
          {meeting.decisions.length === 0 ? (
            <p className="govuk-body">{t('meetings.decisions.none')}</p>
          ) : (
            <ul className="govuk-list">
              {meeting.decisions.map((decision) => (
                <li key={decision.id} className="app-review-entry">
                  <p className="govuk-body app-preserve-lines">
                    <LocalisedText value={decision.text} />
                  </p>
                  {decision.followUps.length > 0 && (
                    <CommitmentsTable
                      caption={t('meetings.decisions.commitments')}
                      commitments={decision.followUps}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          {meeting.canManage && meeting.state === 'HELD' && (
            <ReviewForm
              about={{
                label: t('meetings.decisions.about'),
                whole: t('meetings.decisions.wholeMeeting'),
                options: meeting.agenda.map((item) => ({
                  value: item.id,
                  label: `${t('meetings.agenda.item', { position: item.position })}: ${localise(item.title, language)?.text ?? ''}`,
                })),
              }}
              save={save}
              saving={loading}
              onErrors={onErrors}
            />
          )}
        </section>
      )}
      <section aria-labelledby="carried-heading">
        <h2 className="govuk-heading-m" id="carried-heading">
          {t('meetings.commitments.carried')}
        </h2>
        {meeting.carriedCommitments.length === 0 ? (
          <p className="govuk-body">{t('meetings.commitments.carriedNone')}</p>
        ) : (
          <CommitmentsTable
            caption={t('meetings.commitments.carried')}
            commitments={meeting.carriedCommitments}
          />
        )}
      </section>
    </>
  );
}
