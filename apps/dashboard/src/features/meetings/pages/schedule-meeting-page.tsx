import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { localise, Permission } from '@cynnydd/shared/domain';

import { useFeatureTranslations } from '../../../i18n/feature-translations';
import { ErrorSummary } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { SelectField } from '../../../ui/select-field';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { errorFor, fromApiErrors, type FormError } from '../../plans/components/form-errors';
import { LoadError } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { readApiError } from '../../plans/graphql/errors';
import {
  meetingFieldId,
  meetingFieldProblems,
  MeetingFields,
  meetingFieldsInput,
  NEW_MEETING_FIELDS,
  type MeetingFieldValues,
} from '../components/meeting-fields';
import { FORUM_CHOICES, SCHEDULE_MEETING } from '../graphql/meetings';
import { MEETINGS_TRANSLATIONS } from '../i18n/translations';
import type { MeetingSavedState } from './meeting-page';

function ScheduleMeeting() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const forums = useQuery(FORUM_CHOICES);
  const [forumId, setForumId] = useState(params.get('forum') ?? '');
  const [values, setValues] = useState(NEW_MEETING_FIELDS);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [schedule, { loading }] = useMutation(SCHEDULE_MEETING, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'meetings' });
      cache.gc();
    },
  });
  usePageTitle(t('meetings.schedule.title'), errors.length > 0);
  const set = (change: Partial<MeetingFieldValues>) =>
    setValues((current) => ({ ...current, ...change }));

  function check(): FormError[] {
    const forum = forumId
      ? []
      : [{ fieldId: 'forumId', message: t('meetings.schedule.errors.forum') }];
    return [...forum, ...meetingFieldProblems(values, t)];
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = check();
    setErrors(problems);
    if (problems.length > 0) return;
    try {
      const { data } = await schedule({
        variables: {
          input: { forumId, ...meetingFieldsInput(values) },
        },
      });
      if (!data) return;
      const state: MeetingSavedState = { saved: 'scheduled' };
      await navigate(`/meetings/${data.scheduleMeeting.id}`, { state });
    } catch (error) {
      const problem = readApiError(error);
      setErrors(
        problem.kind === 'refused'
          ? fromApiErrors(problem.errors, meetingFieldId)
          : [{ message: t('errors.serviceProblem') }],
      );
    }
  }

  function content() {
    if (forums.error) return <LoadError message={t('meetings.list.loadError')} />;
    if (!forums.data) return <Loading />;
    return (
      <>
        <ErrorSummary errors={errors} />
        <form noValidate onSubmit={(event) => void submit(event)}>
          <SelectField
            id="forumId"
            label={t('meetings.schedule.forum')}
            value={forumId}
            error={errorFor(errors, 'forumId')}
            onChange={(event) => setForumId(event.target.value)}
          >
            <option value="">{t('meetings.schedule.chooseForum')}</option>
            {forums.data.forums
              .filter((forum) => forum.active)
              .map((forum) => (
                <option key={forum.id} value={forum.id}>
                  {localise(forum.name, language)?.text}
                </option>
              ))}
          </SelectField>
          <MeetingFields values={values} errors={errors} onChange={set} />
          <div className="govuk-button-group govuk-!-margin-top-6">
            <button type="submit" className="govuk-button" disabled={loading}>
              {loading ? t('plans.saving') : t('meetings.schedule.submit')}
            </button>
            <Link to="/meetings" className="govuk-link">
              {t('meetings.schedule.cancel')}
            </Link>
          </div>
        </form>
      </>
    );
  }

  return (
    <>
      <Link to="/meetings" className="govuk-back-link">
        {t('meetings.meeting.back')}
      </Link>
      <h1 className="govuk-heading-l">{t('meetings.schedule.title')}</h1>
      {content()}
    </>
  );
}

/** Schedules a forum's meeting: when and where; the agenda and notice follow on its page. */
export default function ScheduleMeetingPage() {
  useFeatureTranslations(MEETINGS_TRANSLATIONS);
  return (
    <RequirePermission permission={Permission.MANAGE_MEETINGS}>
      <ScheduleMeeting />
    </RequirePermission>
  );
}
