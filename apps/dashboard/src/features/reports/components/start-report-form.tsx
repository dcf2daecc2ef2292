import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import type { ReportAudience, ReportFormOptionsQuery } from '../../../gql/graphql';
import { BilingualInput, bilingualInput, EMPTY_BILINGUAL } from '../../../ui/bilingual-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { Radios } from '../../../ui/radios';
import { SelectField } from '../../../ui/select-field';
import { useLanguage } from '../../../ui/use-language';
import { errorFor, fromApiErrors, type FormError } from '../../plans/components/form-errors';
import { readApiError } from '../../plans/graphql/errors';
import { CREATE_REPORT } from '../graphql/reports';
import { audienceLabel, AUDIENCES } from './report-labels';

type Period = ReportFormOptionsQuery['reportingPeriods'][number];

const FIELD_IDS: Record<string, string> = {
  reportingPeriodId: 'report-period',
  audience: 'report-audience',
  'executiveSummary.en': 'executive-summary-en',
  'executiveSummary.cy': 'executive-summary-cy',
  executiveSummary: 'executive-summary-en',
};

/** Starts a draft report for a period and audience, with its executive summary. */
export function StartReportForm({
  periods,
  onErrors,
}: {
  periods: Period[];
  onErrors: (hasErrors: boolean) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [periodId, setPeriodId] = useState('');
  const [audience, setAudience] = useState<ReportAudience | null>(null);
  const [summary, setSummary] = useState(EMPTY_BILINGUAL);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [create, { loading }] = useMutation(CREATE_REPORT, { refetchQueries: ['Reports'] });

  function show(next: FormError[]) {
    setErrors(next);
    onErrors(next.length > 0);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FormError[] = [];
    if (!periodId)
      problems.push({ fieldId: 'report-period', message: t('reports.start.periodRequired') });
    if (!audience) {
      problems.push({ fieldId: 'report-audience', message: t('reports.start.audienceRequired') });
    }
    if (problems.length > 0 || !audience) {
      show(problems);
      return;
    }
    try {
      const { data } = await create({
        variables: {
          input: {
            reportingPeriodId: periodId,
            audience,
            executiveSummary: bilingualInput(summary),
          },
        },
      });
      show([]);
      if (data) await navigate(`/reports/${data.createReport.id}`, { state: { started: true } });
    } catch (failure) {
      const problem = readApiError(failure);
      show(
        problem.kind === 'refused'
          ? fromApiErrors(problem.errors, (path) => FIELD_IDS[path] ?? null)
          : [{ message: t('errors.serviceProblem') }],
      );
    }
  }

  const periodError = errorFor(errors, 'report-period');
  const audienceError = errorFor(errors, 'report-audience');
  return (
    <section aria-labelledby="start-report-heading">
      <h2 className="govuk-heading-m" id="start-report-heading">
        {t('reports.start.heading')}
      </h2>
      <p className="govuk-body">{t('reports.start.intro')}</p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <SelectField
          id="report-period"
          label={t('reports.start.period')}
          error={periodError}
          value={periodId}
          onChange={(event) => setPeriodId(event.target.value)}
        >
          <option value="">{t('reports.start.choosePeriod')}</option>
          {periods.map((period) => (
            <option key={period.id} value={period.id}>
              {period.label}
            </option>
          ))}
        </SelectField>
        <Radios
          name="report-audience"
          legend={t('reports.start.audience')}
          options={AUDIENCES.map((value) => ({ value, label: audienceLabel(value, language) }))}
          value={audience}
          error={audienceError}
          onChange={setAudience}
        />
        <BilingualInput
          id="executive-summary"
          legend={t('reports.start.summary')}
          hint={t('reports.start.summaryHint')}
          value={summary}
          multiline
          error={errorFor(errors, 'executive-summary-en', 'executive-summary-cy')}
          onChange={setSummary}
        />
        <button type="submit" className="govuk-button" disabled={loading}>
          {loading ? t('reports.saving') : t('reports.start.submit')}
        </button>
      </form>
    </section>
  );
}
