import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { localise, MEETING_STATE_LABELS } from '@cynnydd/shared/domain';

import type { MeetingDetailsQuery } from '../../../gql/graphql';
import { formatDate, formatDateTime, formatTime } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';

export type MeetingDetails = NonNullable<MeetingDetailsQuery['meeting']>;

/** When and where, how far along, whether the members have had notice, and who approved. */
export function MeetingSummary({ meeting }: { meeting: MeetingDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows: [key: string, label: string, value: ReactNode][] = [
    ['forum', t('meetings.list.columns.forum'), localise(meeting.forum.name, language)?.text],
    [
      'when',
      t('meetings.meeting.when'),
      t('meetings.meeting.timeRange', {
        date: formatDate(meeting.startsAt.slice(0, 10), language),
        start: formatTime(meeting.startsAt),
        end: formatTime(meeting.endsAt),
      }),
    ],
    [
      'where',
      t('meetings.meeting.where'),
      <>
        {meeting.location && <span className="govuk-!-display-block">{meeting.location}</span>}
        {meeting.onlineLink && (
          <a className="govuk-link" href={meeting.onlineLink} rel="noreferrer">
            {t('meetings.meeting.joinOnline')}
          </a>
        )}
      </>,
    ],
    ['state', t('meetings.meeting.state'), MEETING_STATE_LABELS[meeting.state][language]],
    [
      'notice',
      t('meetings.meeting.notice'),
      meeting.noticeSentAt
        ? t('meetings.meeting.noticeSent', {
            date: formatDateTime(meeting.noticeSentAt, language),
          })
        : t('meetings.meeting.noticeNotSent'),
    ],
  ];
  return (
    <>
      <dl className="govuk-summary-list">
        {rows.map(([key, label, value]) => (
          <div key={key} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      {meeting.minutesApprovedAt && meeting.minutesApprovedBy && (
        <p className="govuk-body">
          {t('meetings.meeting.approvedBy', {
            name: meeting.minutesApprovedBy.name,
            date: formatDateTime(meeting.minutesApprovedAt, language),
          })}
        </p>
      )}
    </>
  );
}

/** The forum's current members, chairs first, with whom each represents. */
export function MeetingMembers({ meeting }: { meeting: MeetingDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const members = meeting.forum.members
    .filter((member) => !member.leftOn)
    .sort((a, b) => Number(b.isChair) - Number(a.isChair));
  return (
    <section aria-labelledby="members-heading">
      <h2 className="govuk-heading-m" id="members-heading">
        {t('meetings.meeting.members')}
      </h2>
      <ul className="govuk-list">
        {members.map((member) => (
          <li key={member.id}>
            {member.person.name}{' '}
            {t('meetings.meeting.representing', {
              organisation: localise(member.representing.name, language)?.text ?? '',
            })}
            {member.isChair && (
              <strong className="govuk-tag govuk-tag--blue govuk-!-margin-left-2">
                {t('meetings.meeting.chair')}
              </strong>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
