import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { localise, PARTNERSHIP_SCORE_SCALE } from '@cynnydd/shared/domain';

import type { ForumAssessmentsQuery, PartnershipForumsQuery } from '../../../gql/graphql';
import { formatDate, formatDateTime, formatNumber } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { ErrorSummary } from '../../../ui/error-summary';
import { FocusPanel } from '../../../ui/focus-panel';
import { Radios } from '../../../ui/radios';
import { SaveOrCancel } from '../../../ui/save-or-cancel';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { errorFor, type FormError } from '../../plans/components/form-errors';
import { SuccessNotice } from '../../plans/components/notice';
import { useReloadingChange } from '../../plans/hooks/use-reloading-change';
import { RECORD_ASSESSMENT } from '../graphql/partnership';

type Statement = PartnershipForumsQuery['partnershipStatements'][number];
type Data = ForumAssessmentsQuery;
type Score = (typeof PARTNERSHIP_SCORE_SCALE)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const scoreFieldId = (statement: Statement) => `score-${statement.id}`;

function AssessmentForm({
  forumId,
  forumName,
  statements,
  meetings,
  reload,
  onDone,
  onCancel,
}: {
  forumId: string;
  forumName: string;
  statements: Statement[];
  meetings: Data['meetings'];
  reload: () => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [assessedOn, setAssessedOn] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [scores, setScores] = useState<Record<string, Score>>({});
  // The API names a score by its place in the list sent: "scores.2.score".
  const fieldId = (path: string) => {
    if (path === 'assessedOn' || path === 'meetingId') return path;
    const index = /^scores\.(\d+)/.exec(path)?.[1];
    const statement = index === undefined ? undefined : statements[Number(index)];
    return statement ? scoreFieldId(statement) : null;
  };
  const change = useReloadingChange(reload, fieldId, t('errors.serviceProblem'));
  const [record] = useMutation(RECORD_ASSESSMENT);

  function check(): FormError[] {
    const problems: FormError[] = [];
    const date = assessedOn.trim();
    if (date ? !DATE.test(date) : !meetingId) {
      problems.push({
        fieldId: 'assessedOn',
        message: t('partnership.assessments.errors.dateOrMeeting'),
      });
    }
    for (const statement of statements) {
      if (!scores[statement.id]) {
        problems.push({
          fieldId: scoreFieldId(statement),
          message: t('partnership.assessments.errors.scoreRequired', {
            position: formatNumber(statement.position, language),
          }),
        });
      }
    }
    return problems;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = check();
    change.setErrors(problems);
    if (problems.length > 0) return;
    const saved = await change.run(() =>
      record({
        variables: {
          input: {
            forumId,
            meetingId: meetingId || null,
            assessedOn: assessedOn.trim() || null,
            scores: statements.map((statement) => ({
              statementId: statement.id,
              score: scores[statement.id],
            })),
          },
        },
      }),
    );
    if (saved) onDone();
  }

  const scale = PARTNERSHIP_SCORE_SCALE.map((score) => ({
    value: score,
    label: t(`partnership.assessments.scale.${score}`),
  }));

  return (
    <FocusPanel
      id="assessment-form-heading"
      heading={t('partnership.assessments.heading', { forum: forumName })}
      level={3}
      size="s"
    >
      <ErrorSummary errors={change.errors} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="assessedOn"
          label={t('partnership.assessments.assessedOn')}
          hint={t('partnership.assessments.assessedOnHint')}
          className="govuk-input--width-10"
          value={assessedOn}
          error={errorFor(change.errors, 'assessedOn')}
          onChange={(event) => setAssessedOn(event.target.value)}
        />
        <SelectField
          id="meetingId"
          label={t('partnership.assessments.meeting')}
          value={meetingId}
          error={errorFor(change.errors, 'meetingId')}
          onChange={(event) => setMeetingId(event.target.value)}
        >
          <option value="">{t('partnership.assessments.notAtMeeting')}</option>
          {meetings.map((meeting) => (
            <option key={meeting.id} value={meeting.id}>
              {`${formatDateTime(meeting.startsAt, language)}: ${localise(meeting.title, language)?.text ?? ''}`}
            </option>
          ))}
        </SelectField>
        <p className="govuk-body">{t('partnership.assessments.scoresHint')}</p>
        {statements.map((statement) => (
          <Radios
            key={statement.id}
            name={scoreFieldId(statement)}
            legend={t('partnership.assessments.statement', {
              position: formatNumber(statement.position, language),
              text: localise(statement.text, language)?.text ?? '',
            })}
            options={scale}
            value={scores[statement.id] ?? null}
            error={errorFor(change.errors, scoreFieldId(statement))}
            inline
            onChange={(score) => setScores((before) => ({ ...before, [statement.id]: score }))}
          />
        ))}
        <SaveOrCancel
          save={t('partnership.assessments.save')}
          saving={t('partnership.saving')}
          cancel={t('partnership.cancel')}
          busy={change.busy}
          onCancel={onCancel}
        />
      </form>
    </FocusPanel>
  );
}

/**
 * A forum's partnership behaviours self-assessments, newest first; the programme office records a
 * new one, every active statement scored 1 to 5, on a date or at one of the forum's meetings.
 */
export function AssessmentsSection({
  forumId,
  forumName,
  statements,
  data,
  canManage,
  reload,
}: {
  forumId: string;
  forumName: string;
  statements: Statement[];
  data: Data;
  canManage: boolean;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(0);
  const active = statements
    .filter((statement) => statement.active)
    .sort((a, b) => a.position - b.position);
  const meetingTitle = (id: string | null | undefined) => {
    const meeting = id ? data.meetings.find((item) => item.id === id) : undefined;
    return meeting ? (localise(meeting.title, language)?.text ?? '') : null;
  };
  const assessments = data.partnershipAssessments;
  return (
    <section aria-labelledby="assessments-heading">
      <h2 className="govuk-heading-l" id="assessments-heading">
        {t('partnership.assessments.title')}
      </h2>
      {saved > 0 && (
        <SuccessNotice key={saved}>
          <p className="govuk-notification-banner__heading">{t('partnership.assessments.saved')}</p>
        </SuccessNotice>
      )}
      {assessments.length === 0 ? (
        <p className="govuk-body">{t('partnership.assessments.none')}</p>
      ) : (
        <ScrollableTable caption={t('partnership.assessments.caption', { forum: forumName })}>
          <ColumnHeaders
            columns={[
              { label: t('partnership.assessments.columns.date') },
              { label: t('partnership.assessments.columns.meeting') },
              { label: t('partnership.assessments.columns.average'), numeric: true },
            ]}
          />
          <tbody className="govuk-table__body">
            {assessments.map((assessment) => (
              <tr key={assessment.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {formatDate(assessment.assessedOn, language)}
                </th>
                <td className="govuk-table__cell">
                  {meetingTitle(assessment.meetingId) ?? t('partnership.assessments.notAtMeeting')}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {assessment.average === null
                    ? t('partnership.assessments.noAverage')
                    : formatNumber(assessment.average, language)}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
      {canManage && !open && (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-expanded={false}
          onClick={() => {
            setSaved(0);
            setOpen(true);
          }}
        >
          {t('partnership.assessments.record')}
        </button>
      )}
      {canManage && open && active.length === 0 && (
        <p className="govuk-body">{t('partnership.assessments.noStatements')}</p>
      )}
      {canManage && open && active.length > 0 && (
        <AssessmentForm
          forumId={forumId}
          forumName={forumName}
          statements={active}
          meetings={data.meetings}
          reload={reload}
          onDone={() => {
            setOpen(false);
            setSaved((count) => count + 1);
          }}
          onCancel={() => setOpen(false)}
        />
      )}
    </section>
  );
}
