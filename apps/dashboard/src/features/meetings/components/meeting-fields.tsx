import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { BilingualText } from '@cynnydd/shared/domain';

import { formatTime, walesDay, walesMoment } from '../../../i18n/format';
import {
  BilingualInput,
  bilingualInput,
  bilingualValue,
  EMPTY_BILINGUAL,
  type BilingualValue,
} from '../../../ui/bilingual-input';
import { TextField } from '../../../ui/text-field';
import { errorFor, type FormError } from '../../plans/components/form-errors';

/** A meeting's title, day, times and place, as its forms hold them. */
export interface MeetingFieldValues {
  title: BilingualValue;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  onlineLink: string;
}

export const NEW_MEETING_FIELDS: MeetingFieldValues = {
  title: EMPTY_BILINGUAL,
  date: '',
  startTime: '10:00',
  endTime: '12:00',
  location: '',
  onlineLink: '',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A meeting's fields as they are now, its times in Wales. */
export function meetingFieldsOf(meeting: {
  title: BilingualText;
  startsAt: string;
  endsAt: string;
  location: string | null;
  onlineLink: string | null;
}): MeetingFieldValues {
  return {
    title: bilingualValue(meeting.title),
    date: walesDay(meeting.startsAt),
    startTime: formatTime(meeting.startsAt),
    endTime: formatTime(meeting.endsAt),
    location: meeting.location ?? '',
    onlineLink: meeting.onlineLink ?? '',
  };
}

/** What is wrong with the fields before they are sent, by control. */
export function meetingFieldProblems(values: MeetingFieldValues, t: TFunction): FormError[] {
  const problems: FormError[] = [];
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

/** The fields as the API's meeting inputs take them. */
export function meetingFieldsInput(values: MeetingFieldValues) {
  return {
    title: bilingualInput(values.title),
    startsAt: walesMoment(values.date, values.startTime),
    endsAt: walesMoment(values.date, values.endTime),
    location: values.location.trim() || null,
    onlineLink: values.onlineLink.trim() || null,
  };
}

/** The control an API input path belongs to. */
export function meetingFieldId(path: string): string | null {
  const [name, part] = path.split('.');
  if (name === 'title') return `title-${part === 'cy' ? 'cy' : 'en'}`;
  if (name === 'startsAt') return 'date';
  if (name === 'endsAt') return 'endTime';
  if (name === 'forumId' || name === 'location' || name === 'onlineLink') return name;
  return null;
}

/** Title, date, start and end times, room and online link. */
export function MeetingFields({
  values,
  errors,
  onChange,
}: {
  values: MeetingFieldValues;
  errors: FormError[];
  onChange: (change: Partial<MeetingFieldValues>) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <BilingualInput
        id="title"
        legend={t('meetings.schedule.meetingTitle')}
        value={values.title}
        error={errorFor(errors, 'title-en', 'title-cy')}
        onChange={(title) => onChange({ title })}
      />
      <TextField
        id="date"
        label={t('meetings.schedule.date')}
        hint={t('meetings.schedule.dateHint')}
        className="govuk-input--width-10"
        inputMode="numeric"
        value={values.date}
        error={errorFor(errors, 'date')}
        onChange={(event) => onChange({ date: event.target.value })}
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
          onChange={(event) => onChange({ [id]: event.target.value })}
        />
      ))}
      <p className="govuk-hint">{t('meetings.schedule.placeHint')}</p>
      <TextField
        id="location"
        label={t('meetings.schedule.location')}
        value={values.location}
        error={errorFor(errors, 'location')}
        onChange={(event) => onChange({ location: event.target.value })}
      />
      <TextField
        id="onlineLink"
        type="url"
        label={t('meetings.schedule.onlineLink')}
        value={values.onlineLink}
        error={errorFor(errors, 'onlineLink')}
        onChange={(event) => onChange({ onlineLink: event.target.value })}
      />
    </>
  );
}
