import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Permission } from '@cynnydd/shared/domain';

import type { PlanImportResultFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { ErrorSummary, type ErrorItem } from '../../../ui/error-summary';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { SuccessNotice } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { readApiError } from '../../plans/graphql/errors';
import { ImportRowsTable } from '../components/import-rows-table';
import { IMPORT_PLAN, PLAN_IMPORT_PREVIEW } from '../graphql/plan-import';

const FILE_INPUT = 'plan-file';

/** The file's bytes in base64, as the API takes them. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function PlanImport({ financialYear }: { financialYear: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [input, setInput] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [result, setResult] = useState<PlanImportResultFragment | null>(null);
  const [preview, previewing] = useLazyQuery(PLAN_IMPORT_PREVIEW, { fetchPolicy: 'no-cache' });
  const [importPlan, importing] = useMutation(IMPORT_PLAN);
  usePageTitle(t('imports.title', { year: financialYear }), errors.length > 0);

  function refused(failure: unknown) {
    const problem = readApiError(failure);
    setErrors(
      problem.kind === 'refused'
        ? problem.errors.map((error) => ({
            message: error.message,
            fieldId: FILE_INPUT,
            lang: 'en',
          }))
        : [{ message: t('errors.serviceProblem') }],
    );
  }

  async function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors([]);
    setResult(null);
    const file = (new FormData(event.currentTarget).get(FILE_INPUT) as File | null) ?? null;
    if (!file || file.size === 0) {
      setErrors([{ message: t('imports.chooseFile'), fieldId: FILE_INPUT }]);
      return;
    }
    const chosen = { fileName: file.name, contentBase64: await readAsBase64(file) };
    try {
      const { data } = await preview({ variables: { input: { financialYear, ...chosen } } });
      setInput(chosen);
      setResult(data?.planImportPreview ?? null);
    } catch (failure) {
      refused(failure);
    }
  }

  async function run() {
    if (!input) return;
    setErrors([]);
    try {
      const { data } = await importPlan({
        variables: { input: { financialYear, ...input } },
        // Lists of actions read before the import are out of date; they are read again when shown.
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'actions' });
          cache.gc();
        },
      });
      setResult(data?.importPlan ?? null);
      setInput(null);
    } catch (failure) {
      refused(failure);
    }
  }

  const n = (value: number) => formatNumber(value, language);
  const toWrite = result ? result.newCount + result.changedCount : 0;
  return (
    <>
      <Link to={`/plans/${financialYear}`} className="govuk-back-link">
        {t('imports.back', { year: financialYear })}
      </Link>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">{t('imports.title', { year: financialYear })}</h1>
      {result?.imported && (
        <SuccessNotice>
          <p className="govuk-notification-banner__heading">
            {t('imports.done', { new: n(result.newCount), changed: n(result.changedCount) })}
          </p>
        </SuccessNotice>
      )}
      <p className="govuk-body">{t('imports.intro')}</p>
      <p className="govuk-body">
        <a className="govuk-link" href={`/plans/${financialYear}/import-template.xlsx`} download>
          {t('imports.template')}
        </a>
      </p>
      <form onSubmit={(event) => void check(event)} noValidate>
        <div
          className={
            errors.length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'
          }
        >
          <label className="govuk-label govuk-label--m" htmlFor={FILE_INPUT}>
            {t('imports.fileLabel')}
          </label>
          <div id={`${FILE_INPUT}-hint`} className="govuk-hint">
            {t('imports.fileHint')}
          </div>
          <input
            className="govuk-file-upload"
            id={FILE_INPUT}
            name={FILE_INPUT}
            type="file"
            accept=".xlsx,.csv"
            aria-describedby={`${FILE_INPUT}-hint`}
          />
        </div>
        <button
          type="submit"
          className="govuk-button govuk-button--secondary"
          disabled={previewing.loading}
        >
          {t('imports.check')}
        </button>
      </form>
      {result && !result.imported && (
        <>
          <h2 className="govuk-heading-m">{t('imports.previewHeading')}</h2>
          <p className="govuk-body" role="status">
            {t('imports.summary', {
              new: n(result.newCount),
              changed: n(result.changedCount),
              unchanged: n(result.unchangedCount),
              errors: n(result.errorCount),
            })}
          </p>
          {result.errorCount > 0 ? (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">{t('imports.fixErrors')}</strong>
            </div>
          ) : toWrite > 0 ? (
            <button
              type="button"
              className="govuk-button"
              disabled={importing.loading}
              onClick={() => void run()}
            >
              {t('imports.import', { number: n(toWrite) })}
            </button>
          ) : (
            <p className="govuk-body">{t('imports.nothingToDo')}</p>
          )}
          <ImportRowsTable result={result} />
        </>
      )}
    </>
  );
}

/** The programme office brings a plan's actions in from Excel or CSV: check, then import. */
export default function PlanImportPage() {
  const { financialYear = '' } = useParams();
  return (
    <RequirePermission permission={Permission.MANAGE_PLANS}>
      <PlanImport financialYear={financialYear} />
    </RequirePermission>
  );
}
