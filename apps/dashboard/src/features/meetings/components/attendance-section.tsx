import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ATTENDANCE_STATUS_LABELS, AttendanceStatus, localise } from '@cynnydd/shared/domain';

import type { AttendanceStatus as StatusValue } from '../../../gql/graphql';
import { ColumnHeaders } from '../../../ui/column-headers';
import { ErrorSummary } from '../../../ui/error-summary';
import { FocusPanel } from '../../../ui/focus-panel';
import { labelledOptions } from '../../../ui/labelled-options';
import { Radios } from '../../../ui/radios';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { errorFor } from '../../plans/components/form-errors';
import { RECORD_ATTENDANCE } from '../graphql/meetings';
import { useMeetingChange } from '../hooks/use-meeting-change';
import type { MeetingDetails } from './meeting-summary';

const STATUSES: StatusValue[] = ['PRESENT', 'REPRESENTED', 'APOLOGIES', 'ABSENT'];

interface Entry {
  status: StatusValue | null;
  deputyName: string;
}

/** The controls of member `index`'s row: the API names rows by their place in `entries`. */
const entryFieldId = (path: string) => {
  const match = /^entries\.(\d+)\.(status|deputyName)/.exec(path);
  return match ? `attendance-${match[1]}-${match[2] === 'status' ? 'status' : 'deputy'}` : null;
};

function RecordPanel({
  meeting,
  members,
  reload,
  onDone,
}: {
  meeting: MeetingDetails;
  members: MeetingDetails['forum']['members'];
  reload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const recorded = new Map(meeting.attendance.map((row) => [row.member.id, row]));
  const [entries, setEntries] = useState<Entry[]>(
    members.map((member) => ({
      status: recorded.get(member.id)?.status ?? null,
      deputyName: recorded.get(member.id)?.deputyName ?? '',
    })),
  );
  const change = useMeetingChange(reload, entryFieldId);
  const [record] = useMutation(RECORD_ATTENDANCE);
  const set = (index: number, next: Partial<Entry>) =>
    setEntries((current) =>
      current.map((entry, i) => (i === index ? { ...entry, ...next } : entry)),
    );
  return (
    <FocusPanel
      id="record-attendance"
      heading={t('meetings.attendance.recordTitle')}
      level={3}
      size="s"
    >
      <ErrorSummary errors={change.errors} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const chosen = members.flatMap((member, index) => {
            const entry = entries[index];
            if (!entry.status) return [];
            return [
              {
                memberId: member.id,
                status: entry.status,
                deputyName: entry.status === 'REPRESENTED' ? entry.deputyName.trim() : null,
              },
            ];
          });
          void change
            .run(() => record({ variables: { input: { meetingId: meeting.id, entries: chosen } } }))
            .then((saved) => saved && onDone());
        }}
      >
        {members.map((member, index) => (
          <div key={member.id}>
            <Radios
              name={`attendance-${index}-status`}
              legend={`${member.person.name} (${localise(member.representing.name, language)?.text ?? ''})`}
              options={labelledOptions(STATUSES, ATTENDANCE_STATUS_LABELS, language)}
              value={entries[index].status}
              inline
              error={errorFor(change.errors, `attendance-${index}-status`)}
              onChange={(status) => set(index, { status })}
            />
            {entries[index].status === 'REPRESENTED' && (
              <TextField
                id={`attendance-${index}-deputy`}
                label={t('meetings.attendance.deputy')}
                value={entries[index].deputyName}
                error={errorFor(change.errors, `attendance-${index}-deputy`)}
                onChange={(event) => set(index, { deputyName: event.target.value })}
              />
            )}
          </div>
        ))}
        <button type="submit" className="govuk-button" disabled={change.busy}>
          {t('meetings.attendance.save')}
        </button>
      </form>
    </FocusPanel>
  );
}

/** Who came, who sent a deputy (named), who gave apologies and who did not come. */
export function AttendanceSection({
  meeting,
  reload,
  onSaved,
}: {
  meeting: MeetingDetails;
  reload: () => Promise<unknown>;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const members = meeting.forum.members.filter((member) => !member.leftOn);
  const recorded = new Map(meeting.attendance.map((row) => [row.member.id, row]));
  if (!meeting.minutesVisible && meeting.attendance.length === 0 && !meeting.canManage) return null;
  return (
    <section aria-labelledby="attendance-heading">
      <h2 className="govuk-heading-m" id="attendance-heading">
        {t('meetings.attendance.title')}
      </h2>
      {meeting.attendance.length === 0 ? (
        <p className="govuk-body">{t('meetings.attendance.none')}</p>
      ) : (
        <ScrollableTable caption={t('meetings.attendance.title')}>
          <ColumnHeaders
            columns={[
              { label: t('meetings.meeting.members') },
              { label: t('meetings.attendance.title') },
            ]}
          />
          <tbody className="govuk-table__body">
            {members.map((member) => {
              const row = recorded.get(member.id);
              const status =
                row && ATTENDANCE_STATUS_LABELS[AttendanceStatus[row.status]][language];
              return (
                <tr key={member.id} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {member.person.name}
                  </th>
                  <td className="govuk-table__cell">
                    {!row
                      ? t('meetings.attendance.notRecorded')
                      : row.deputyName
                        ? t('meetings.attendance.withDeputy', { status, deputy: row.deputyName })
                        : status}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ScrollableTable>
      )}
      {meeting.canManage && meeting.state === 'HELD' && !open && (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-expanded={false}
          onClick={() => setOpen(true)}
        >
          {t('meetings.attendance.record')}
        </button>
      )}
      {open && (
        <RecordPanel
          meeting={meeting}
          members={members}
          reload={reload}
          onDone={() => {
            setOpen(false);
            onSaved();
          }}
        />
      )}
    </section>
  );
}
