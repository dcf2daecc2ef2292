import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorSummary } from '../../../ui/error-summary';
import { FocusPanel } from '../../../ui/focus-panel';
import { SaveOrCancel } from '../../../ui/save-or-cancel';
import { UPDATE_MEETING } from '../graphql/meetings';
import { useMeetingChange } from '../hooks/use-meeting-change';
import {
  meetingFieldId,
  meetingFieldProblems,
  MeetingFields,
  meetingFieldsInput,
  meetingFieldsOf,
} from './meeting-fields';
import type { MeetingDetails } from './meeting-summary';

/**
 * Changing a meeting not yet held: its title, day, times and place. Once its notice has gone
 * out, saying so reminds the programme office to send it again, which updates calendars.
 */
export function MeetingDetailsForm({
  meeting,
  reload,
  onSaved,
}: {
  meeting: MeetingDetails;
  reload: () => Promise<unknown>;
  onSaved: (noticeAgain: boolean) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(() => meetingFieldsOf(meeting));
  const change = useMeetingChange(reload, meetingFieldId);
  const [update] = useMutation(UPDATE_MEETING);
  if (!meeting.canManage || meeting.state !== 'SCHEDULED') return null;
  if (!open) {
    return (
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        aria-expanded={false}
        onClick={() => {
          setValues(meetingFieldsOf(meeting));
          change.setErrors([]);
          setOpen(true);
        }}
      >
        {t('meetings.details.change')}
      </button>
    );
  }
  return (
    <FocusPanel id="meeting-details" heading={t('meetings.details.title')} size="s">
      <ErrorSummary errors={change.errors} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const problems = meetingFieldProblems(values, t);
          if (problems.length > 0) {
            change.setErrors(problems);
            return;
          }
          void change
            .run(() =>
              update({
                variables: {
                  input: {
                    id: meeting.id,
                    expectedVersion: meeting.version,
                    ...meetingFieldsInput(values),
                  },
                },
              }),
            )
            .then((saved) => {
              if (!saved) return;
              setOpen(false);
              onSaved(meeting.noticeSentAt !== null);
            });
        }}
      >
        <MeetingFields
          values={values}
          errors={change.errors}
          onChange={(next) => setValues((current) => ({ ...current, ...next }))}
        />
        <SaveOrCancel
          save={t('meetings.details.save')}
          saving={t('plans.saving')}
          cancel={t('meetings.details.cancel')}
          busy={change.busy}
          onCancel={() => setOpen(false)}
        />
      </form>
    </FocusPanel>
  );
}
