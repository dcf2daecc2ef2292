import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { localise, Permission } from '@cynnydd/shared/domain';

import { useFeatureTranslations } from '../../../i18n/feature-translations';
import { walesMoment } from '../../../i18n/format';
import {
  BilingualInput,
  bilingualInput,
  EMPTY_BILINGUAL,
  type BilingualValue,
} from '../../../ui/bilingual-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { errorFor, fromApiErrors, type FormError } from '../../plans/components/form-errors';
import { LoadError } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { readApiError } from '../../plans/graphql/errors';
import { FORUM_CHOICES, SCHEDULE_MEETING } from '../graphql/meetings';
import { MEETINGS_TRANSLATIONS } from '../i18n/translations';
import type { MeetingSavedState } from './meeting-page';

interface Values {
  forumId: string;
  title: BilingualValue;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  onlineLink: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The control an API input path belongs to. */
function fieldId(path: string): string | null {
  const [name, part] = path.split('.');
  if (name === 'title') return `title-${part === 'cy' ? 'cy' : 'en'}`;
  if (name === 'startsAt') return 'date';
  if (name === 'endsAt') return 'endTime';
  if (name === 'forumId' || name === 'location' || name === 'onlineLink') return name;
  return null;
}

function ScheduleMeeting() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const forums = useQuery(FORUM_CHOICES);
  const [values, setValues] = useState<Values>({
    forumId: params.get('forum') ?? '',
    title: EMPTY_BILINGUAL,
    date: '',
    startTime: '10:00',
    endTime: '12:00',
    location: '',
    onlineLink: '',
  });
  const [errors, setErrors] = useState<FormError[]>([]);
  const [schedule, { loading }] = useMutation(SCHEDULE_MEETING, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'meetings' });
      cache.gc();
    },
  });
  usePageTitle(t('meetings.schedule.title'), errors.length > 0);
  const set = (change: Partial<Values>) => setValues((current) => ({ ...current, ...change }));

  function check(): FormError[] {
    const problems: FormError[] = [];
    if (!values.forumId) {
      problems.push({ fieldId: 'forumId', message: t('meetings.schedule.errors.forum') });
    }
    if (!DATE.test(values.date)) {
      problems.push({ fieldId: 'date', message: t('meetings.schedule.errors.date') });
    }
    for (const id of ['startTime', 'endTime'] as const) {
      if (!TIME.test(values[id])) {
        problems.push({ fieldId: id, message: t('meetings.schedule.errors.time') });
      }
    }
    if (TIME.test(values.startTime) && TIME.test(values.endTime)) {
      if (values.endTime <= values.startTime) {
        problems.push({ fieldId: 'endTime', message: t('meetings.schedule.errors.ends') });
      }
    }
    if (!values.location.trim() && !values.onlineLink.trim()) {
      problems.push({ fieldId: 'location', message: t('meetings.schedule.errors.place') });
    }
    return problems;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = check();
    setErrors(problems);
    if (problems.length > 0) return;
    try {
      const { data } = await schedule({
        variables: {
          input: {
            forumId: values.forumId,
            title: bilingualInput(values.title),
            startsAt: walesMoment(values.date, values.startTime),
            endsAt: walesMoment(values.date, values.endTime),
            location: values.location.trim() || null,
            onlineLink: values.onlineLink.trim() || null,
          },
        },
      });
      if (!data) return;
      const state: MeetingSavedState = { saved: 'scheduled' };
      await navigate(`/meetings/${data.scheduleMeeting.id}`, { state });
    } catch (error) {
      const problem = readApiError(error);
      setErrors(
        problem.kind === 'refused'
          ? fromApiErrors(problem.errors, fieldId)
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
            value={values.forumId}
            error={errorFor(errors, 'forumId')}
            onChange={(event) => set({ forumId: event.target.value })}
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
          <BilingualInput
            id="title"
            legend={t('meetings.schedule.meetingTitle')}
            value={values.title}
            error={errorFor(errors, 'title-en', 'title-cy')}
            onChange={(title) => set({ title })}
          />
          <TextField
            id="date"
            label={t('meetings.schedule.date')}
            hint={t('meetings.schedule.dateHint')}
            className="govuk-input--width-10"
            inputMode="numeric"
            value={values.date}
            error={errorFor(errors, 'date')}
            onChange={(event) => set({ date: event.target.value })}
          />
          {(['startTime', 'endTime'] as const).map((id) => (
            <TextField
              key={id}
              id={id}
              label={t(`meetings.schedule.${id}`)}
              hint={t('meetings.schedule.timeHint')}
              className="govuk-input--width-5"
              inputMode="numeric"
              value={values[id]}
              error={errorFor(errors, id)}
              onChange={(event) => set({ [id]: event.target.value })}
            />
          ))}
          <p className="govuk-hint">{t('meetings.schedule.placeHint')}</p>
          <TextField
            id="location"
            label={t('meetings.schedule.location')}
            value={values.location}
            error={errorFor(errors, 'location')}
            onChange={(event) => set({ location: event.target.value })}
          />
          <TextField
            id="onlineLink"
            type="url"
            label={t('meetings.schedule.onlineLink')}
            value={values.onlineLink}
            error={errorFor(errors, 'onlineLink')}
            onChange={(event) => set({ onlineLink: event.target.value })}
          />
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
