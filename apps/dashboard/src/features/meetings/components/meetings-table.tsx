import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { localise, MEETING_STATE_LABELS } from '@cynnydd/shared/domain';

import type { MeetingRowFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';

/** Meetings as a table: when, which, of which forum, where, and how far along. */
export function MeetingsTable({
  meetings,
  caption,
}: {
  meetings: MeetingRowFragment[];
  caption: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ScrollableTable caption={caption}>
      <ColumnHeaders
        columns={[
          { label: t('meetings.list.columns.when') },
          { label: t('meetings.list.columns.meeting') },
          { label: t('meetings.list.columns.forum') },
          { label: t('meetings.list.columns.where') },
          { label: t('meetings.list.columns.state') },
        ]}
      />
      <tbody className="govuk-table__body">
        {meetings.map((meeting) => (
          <tr key={meeting.id} className="govuk-table__row">
            <td className="govuk-table__cell">{formatDateTime(meeting.startsAt, language)}</td>
            <th scope="row" className="govuk-table__header">
              <Link to={`/meetings/${meeting.id}`} className="govuk-link">
                <LocalisedText value={meeting.title} />
              </Link>
            </th>
            <td className="govuk-table__cell">{localise(meeting.forum.name, language)?.text}</td>
            <td className="govuk-table__cell">{meeting.location || t('meetings.list.online')}</td>
            <td className="govuk-table__cell">{MEETING_STATE_LABELS[meeting.state][language]}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
