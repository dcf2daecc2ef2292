import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { PlanImportInput, PlanImportResultFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { ErrorSummary, type ErrorItem } from '../../../ui/error-summary';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { SuccessNotice } from '../../plans/components/notice';
import { readApiError } from '../../plans/graphql/errors';
import {
  IMPORT_PLAN,
  IMPORT_STATUS_UPDATES,
  PLAN_IMPORT_PREVIEW,
  STATUS_UPDATE_IMPORT_PREVIEW,
} from '../graphql/plan-import';
import { ImportRowsTable } from './import-rows-table';

/** What a file brings into a plan: its actions, or their past status updates. */
export type ImportKind = 'plan' | 'statusUpdates';

/** Each kind's template, and its check and import through the API (answers aliased alike). */
const KINDS = {
  plan: {
    template: 'import-template.xlsx',
    fileInput: 'plan-file',
    previewQuery: PLAN_IMPORT_PREVIEW,
    importMutation: IMPORT_PLAN,
  },
  statusUpdates: {
    template: 'status-updates-template.xlsx',
    fileInput: 'status-updates-file',
    previewQuery: STATUS_UPDATE_IMPORT_PREVIEW,
    importMutation: IMPORT_STATUS_UPDATES,
  },
} satisfies Record<
  ImportKind,
  {
    template: string;
    fileInput: string;
    previewQuery: TypedDocumentNode<{ preview: unknown }, { input: PlanImportInput }>;
    importMutation: TypedDocumentNode<{ imported: unknown }, { input: PlanImportInput }>;
  }
>;

/** The file's bytes in base64, as the API takes them. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * Bringing a file into a plan: download the template, upload, see what each row would do, then
 * import every row or, while any is wrong, none.
 */
export function SpreadsheetImport({
  kind,
  financialYear,
}: {
  kind: ImportKind;
  financialYear: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useApolloClient();
  const { template, fileInput: FILE_INPUT, previewQuery, importMutation } = KINDS[kind];
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [input, setInput] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [result, setResult] = useState<PlanImportResultFragment | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t(`imports.${kind}.title`, { year: financialYear }), errors.length > 0);

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
    setBusy(true);
    try {
      const { data } = await client.query({
        query: previewQuery,
        variables: { input: { financialYear, ...chosen } },
        fetchPolicy: 'no-cache',
      });
      setResult(data?.preview ?? null);
      setInput(chosen);
    } catch (failure) {
      refused(failure);
    } finally {
      setBusy(false);
    }
  }

  async function run() {
    if (!input) return;
    setErrors([]);
    setBusy(true);
    try {
      const { data } = await client.mutate({
        mutation: importMutation,
        variables: { input: { financialYear, ...input } },
      });
      setResult(data?.imported ?? null);
      setInput(null);
      // Everything read before the import but who is signed in may be out of date: it is read
      // again when next shown (a reset would refetch at once, reloading this page too).
      client.cache.modify({
        id: 'ROOT_QUERY',
        fields: (value, { fieldName, DELETE }) => (fieldName === 'me' ? value : DELETE),
      });
      client.cache.gc();
    } catch (failure) {
      refused(failure);
    } finally {
      setBusy(false);
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
      <h1 className="govuk-heading-l">{t(`imports.${kind}.title`, { year: financialYear })}</h1>
      {result?.imported && (
        <SuccessNotice>
          <p className="govuk-notification-banner__heading">
            {t(`imports.${kind}.done`, {
              new: n(result.newCount),
              changed: n(result.changedCount),
            })}
          </p>
        </SuccessNotice>
      )}
      <p className="govuk-body">{t(`imports.${kind}.intro`)}</p>
      <p className="govuk-body">
        <a className="govuk-link" href={`/plans/${financialYear}/${template}`} download>
          {t(`imports.${kind}.template`)}
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
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={busy}>
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
              disabled={busy}
              onClick={() => void run()}
            >
              {t(`imports.${kind}.import`, { number: n(toWrite) })}
            </button>
          ) : (
            <p className="govuk-body">{t(`imports.${kind}.nothingToDo`)}</p>
          )}
          <ImportRowsTable result={result} />
        </>
      )}
    </>
  );
}
