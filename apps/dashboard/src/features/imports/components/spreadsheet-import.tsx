import type { ApolloClient, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ImportFileInput, PlanImportResultFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { ErrorSummary, type ErrorItem } from '../../../ui/error-summary';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { SuccessNotice } from '../../plans/components/notice';
import { readApiError } from '../../plans/graphql/errors';
import {
  IMPORT_MEASURE_VALUES,
  IMPORT_PLAN,
  IMPORT_STATUS_UPDATES,
  MEASURE_VALUE_IMPORT_PREVIEW,
  PLAN_IMPORT_PREVIEW,
  STATUS_UPDATE_IMPORT_PREVIEW,
} from '../graphql/plan-import';
import { ImportRowsTable } from './import-rows-table';

/** What a file brings in: a plan's actions or their past status updates, or measures' figures. */
export type ImportKind = 'plan' | 'statusUpdates' | 'measureValues';

/** A file's check and import through the API, each answering with every row's outcome. */
interface ImportApi {
  preview: (client: ApolloClient, input: ImportFileInput, year: string) => Promise<Result>;
  import: (client: ApolloClient, input: ImportFileInput, year: string) => Promise<Result>;
}

type Result = PlanImportResultFragment | null;

/**
 * The API's check and import of one kind of file (their answers aliased alike), given what its
 * input needs besides the file: a plan's year, or nothing.
 */
function importApi<Input>(
  previewQuery: TypedDocumentNode<{ preview: PlanImportResultFragment }, { input: Input }>,
  importMutation: TypedDocumentNode<{ imported: PlanImportResultFragment }, { input: Input }>,
  inputOf: (file: ImportFileInput, year: string) => Input,
): ImportApi {
  return {
    async preview(client, file, year) {
      const { data } = await client.query({
        query: previewQuery,
        variables: { input: inputOf(file, year) },
        fetchPolicy: 'no-cache',
      });
      return data?.preview ?? null;
    },
    async import(client, file, year) {
      const { data } = await client.mutate({
        mutation: importMutation,
        variables: { input: inputOf(file, year) },
      });
      return data?.imported ?? null;
    },
  };
}

const forPlan = (file: ImportFileInput, financialYear: string) => ({ financialYear, ...file });

/** Each kind's template, the page it is for, and its check and import. */
const KINDS: Record<
  ImportKind,
  {
    fileInput: string;
    template: (year: string) => string;
    back: (year: string) => string;
    api: ImportApi;
  }
> = {
  plan: {
    fileInput: 'plan-file',
    template: (year) => `/plans/${year}/import-template.xlsx`,
    back: (year) => `/plans/${year}`,
    api: importApi(PLAN_IMPORT_PREVIEW, IMPORT_PLAN, forPlan),
  },
  statusUpdates: {
    fileInput: 'status-updates-file',
    template: (year) => `/plans/${year}/status-updates-template.xlsx`,
    back: (year) => `/plans/${year}`,
    api: importApi(STATUS_UPDATE_IMPORT_PREVIEW, IMPORT_STATUS_UPDATES, forPlan),
  },
  measureValues: {
    fileInput: 'measure-values-file',
    template: () => '/measures/values-template.xlsx',
    back: () => '/measures',
    api: importApi(MEASURE_VALUE_IMPORT_PREVIEW, IMPORT_MEASURE_VALUES, (file) => file),
  },
};

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
 * Bringing a file in: download the template, upload, see what each row would do, then import
 * every row or, while any is wrong, none. A plan's files are for its `financialYear`.
 */
export function SpreadsheetImport({
  kind,
  financialYear = '',
}: {
  kind: ImportKind;
  financialYear?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useApolloClient();
  const { template, back, fileInput: FILE_INPUT, api } = KINDS[kind];
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
    // The control's own list (which FormData copies): what the browser, or a test, chose.
    const field = event.currentTarget.elements.namedItem(FILE_INPUT) as HTMLInputElement | null;
    const file = field?.files?.[0] ?? null;
    if (!file || file.size === 0) {
      setErrors([{ message: t('imports.chooseFile'), fieldId: FILE_INPUT }]);
      return;
    }
    const chosen = { fileName: file.name, contentBase64: await readAsBase64(file) };
    setBusy(true);
    try {
      setResult(await api.preview(client, chosen, financialYear));
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
      setResult(await api.import(client, input, financialYear));
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
      <Link to={back(financialYear)} className="govuk-back-link">
        {t(`imports.${kind}.back`, { year: financialYear })}
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
        <a className="govuk-link" href={template(financialYear)} download>
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
