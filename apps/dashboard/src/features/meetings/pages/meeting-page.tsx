import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import { localise } from '@cynnydd/shared/domain';

import { useFeatureTranslations } from '../../../i18n/feature-translations';
import { ErrorSummary } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { LoadError, SuccessNotice } from '../../plans/components/notice';
import { AgendaSection } from '../components/agenda-section';
import { AttendanceSection } from '../components/attendance-section';
import { DecisionsSection } from '../components/decisions-section';
import { MeetingDetailsForm } from '../components/meeting-details-form';
import { MeetingMembers, MeetingSummary, type MeetingDetails } from '../components/meeting-summary';
import {
  APPROVE_MINUTES,
  CANCEL_MEETING,
  MARK_MEETING_HELD,
  MEETING_DETAILS,
  SEND_APOLOGIES,
  SEND_BRIEFING_NOTE,
  SEND_MEETING_NOTICE,
} from '../graphql/meetings';
import { useMeetingChange } from '../hooks/use-meeting-change';
import { MEETINGS_TRANSLATIONS } from '../i18n/translations';

type NoticeName =
  | 'scheduled'
  | 'noticeSent'
  | 'held'
  | 'cancelled'
  | 'approved'
  | 'apologies'
  | 'briefingSent'
  | 'saved'
  | 'detailsChanged';

/** What the scheduling form passes on, for the meeting's page to say so. */
export interface MeetingSavedState {
  saved?: 'scheduled';
}

const BRIEFING_LANGUAGES = ['en', 'cy', 'both'] as const;

/** The buttons that move a meeting along, each shown only to whom it is for and when it applies. */
function MeetingButtons({
  meeting,
  reload,
  onDone,
}: {
  meeting: MeetingDetails;
  reload: () => Promise<unknown>;
  onDone: (notice: NoticeName) => void;
}) {
  const { t } = useTranslation();
  const change = useMeetingChange(reload);
  const version = { variables: { input: { id: meeting.id, expectedVersion: meeting.version } } };
  const byId = { variables: { meetingId: meeting.id } };
  const [sendNotice] = useMutation(SEND_MEETING_NOTICE);
  const [markHeld] = useMutation(MARK_MEETING_HELD);
  const [cancel] = useMutation(CANCEL_MEETING);
  const [approve] = useMutation(APPROVE_MINUTES);
  const [apologise] = useMutation(SEND_APOLOGIES);
  const [sendBriefing] = useMutation(SEND_BRIEFING_NOTE);
  const scheduled = meeting.state === 'SCHEDULED';
  const buttons: {
    name: NoticeName;
    label: string;
    shown: boolean;
    run: () => Promise<unknown>;
    warning?: boolean;
  }[] = [
    {
      name: 'noticeSent',
      label: meeting.noticeSentAt
        ? t('meetings.meeting.resendNotice')
        : t('meetings.meeting.sendNotice'),
      shown: meeting.canManage && scheduled,
      run: () => sendNotice(byId),
    },
    {
      name: 'held',
      label: t('meetings.meeting.markHeld'),
      shown: meeting.canManage && scheduled,
      run: () => markHeld(version),
    },
    {
      name: 'apologies',
      label: t('meetings.meeting.apologies'),
      shown: meeting.canSendApologies,
      run: () => apologise(byId),
    },
    {
      name: 'approved',
      label: t('meetings.meeting.approve'),
      shown: meeting.canApprove && meeting.state === 'HELD',
      run: () => approve(version),
    },
    {
      name: 'briefingSent',
      label: t('meetings.meeting.sendBriefing'),
      shown:
        meeting.canManage && (meeting.state === 'HELD' || meeting.state === 'MINUTES_APPROVED'),
      run: () => sendBriefing(byId),
    },
    {
      name: 'cancelled',
      label: t('meetings.meeting.cancelMeeting'),
      shown: meeting.canManage && scheduled,
      run: () => cancel(version),
      warning: true,
    },
  ];
  const shown = buttons.filter((button) => button.shown);
  if (shown.length === 0) return null;
  return (
    <>
      <ErrorSummary errors={change.errors} />
      <div className="govuk-button-group">
        {shown.map((button) => (
          <button
            key={button.name}
            type="button"
            className={
              button.warning
                ? 'govuk-button govuk-button--warning'
                : 'govuk-button govuk-button--secondary'
            }
            disabled={change.busy}
            onClick={() =>
              void change.run(button.run).then((saved) => saved && onDone(button.name))
            }
          >
            {button.label}
          </button>
        ))}
      </div>
      {meeting.canApprove && meeting.state === 'HELD' && (
        <p className="govuk-hint">{t('meetings.meeting.approveHint')}</p>
      )}
    </>
  );
}

/** The briefing note for those who were not there, in either language or both. */
function BriefingLinks({ meeting }: { meeting: MeetingDetails }) {
  const { t } = useTranslation();
  if (
    !meeting.minutesVisible ||
    (meeting.state !== 'HELD' && meeting.state !== 'MINUTES_APPROVED')
  ) {
    return null;
  }
  return (
    <section aria-labelledby="briefing-heading">
      <h2 className="govuk-heading-m" id="briefing-heading">
        {t('meetings.meeting.briefing')}
      </h2>
      <ul className="govuk-list">
        {BRIEFING_LANGUAGES.map((language) => (
          <li key={language}>
            <a
              className="govuk-link"
              href={`/meetings/${encodeURIComponent(meeting.id)}/briefing.docx?language=${language}`}
              download
            >
              {t('meetings.meeting.briefingDownload', {
                language: t(`reports.download.languages.${language}`),
              })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One meeting: when and where, its agenda and papers, who came, its minutes and decisions. */
export default function MeetingPage() {
  useFeatureTranslations(MEETINGS_TRANSLATIONS);
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const saved = (useLocation().state as MeetingSavedState | null)?.saved ?? null;
  const [notice, setNotice] = useState<NoticeName | null>(saved);
  const [hasErrors, setHasErrors] = useState(false);
  const query = useQuery(MEETING_DETAILS, { variables: { id } });
  const meeting = query.data?.meeting;
  usePageTitle(
    meeting ? (localise(meeting.title, language)?.text ?? '') : t('meetings.meeting.genericTitle'),
    hasErrors,
  );
  const reload = () => query.refetch();

  function content() {
    if (!meeting) {
      if (query.loading) return <Loading />;
      return <LoadError message={t('meetings.meeting.notFound')} />;
    }
    return (
      <>
        <MeetingButtons meeting={meeting} reload={reload} onDone={setNotice} />
        <MeetingSummary meeting={meeting} />
        <MeetingDetailsForm
          meeting={meeting}
          reload={reload}
          onSaved={(noticeAgain) => setNotice(noticeAgain ? 'detailsChanged' : 'saved')}
        />
        {!meeting.minutesVisible && meeting.state === 'HELD' && (
          <p className="govuk-inset-text">{t('meetings.meeting.minutesHidden')}</p>
        )}
        <AgendaSection meeting={meeting} reload={reload} onSaved={() => setNotice('saved')} />
        <AttendanceSection meeting={meeting} reload={reload} onSaved={() => setNotice('saved')} />
        <DecisionsSection meeting={meeting} reload={reload} onErrors={setHasErrors} />
        <BriefingLinks meeting={meeting} />
        <MeetingMembers meeting={meeting} />
      </>
    );
  }

  return (
    <>
      {notice && meeting && (
        <SuccessNotice key={notice}>
          <p className="govuk-notification-banner__heading">{t(`meetings.notices.${notice}`)}</p>
        </SuccessNotice>
      )}
      <Link to="/meetings" className="govuk-back-link">
        {t('meetings.meeting.back')}
      </Link>
      <h1 className="govuk-heading-l">
        {meeting ? (
          <>
            <span className="govuk-caption-l">{localise(meeting.forum.name, language)?.text}</span>
            <LocalisedText value={meeting.title} />
          </>
        ) : (
          t('meetings.meeting.genericTitle')
        )}
      </h1>
      {content()}
    </>
  );
}
