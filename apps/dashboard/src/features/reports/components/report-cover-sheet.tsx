import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CoverSheetFieldsFragment } from '../../../gql/graphql';
import { SaveOrCancel } from '../../../ui/save-or-cancel';
import { UPDATE_REPORT } from '../graphql/reports';
import {
  CoverSheetFields,
  coverSheetInput,
  CoverSheetSummary,
  useCoverSheetForm,
} from './cover-sheet';

interface FormProps {
  reportId: string;
  version: number;
  sheet: CoverSheetFieldsFragment;
  onErrors: (hasErrors: boolean) => void;
  onSaved: () => void;
  onCancel: () => void;
}

/** A draft report's cover sheet, changed against the version loaded. */
export function ReportCoverSheetForm({
  reportId,
  version,
  sheet,
  onErrors,
  onSaved,
  onCancel,
}: FormProps) {
  const { t } = useTranslation();
  const [update] = useMutation(UPDATE_REPORT, {
    refetchQueries: ['Report'],
    awaitRefetchQueries: true,
  });
  const form = useCoverSheetForm(sheet, version, {
    send: (value, expectedVersion) =>
      update({
        variables: {
          input: { id: reportId, expectedVersion, coverSheet: coverSheetInput(value) },
        },
      }),
    onSaved,
  });
  const { hasProblems } = form;
  useEffect(() => onErrors(hasProblems), [hasProblems, onErrors]);
  return (
    <>
      {form.problems}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.save();
        }}
      >
        <CoverSheetFields value={form.value} errors={form.errors} onChange={form.setValue} />
        <SaveOrCancel
          save={t('reports.coverSheet.save')}
          saving={t('reports.saving')}
          cancel={t('reports.coverSheet.cancel')}
          busy={form.busy}
          onCancel={onCancel}
        />
      </form>
    </>
  );
}

/**
 * The report's cover sheet, the first page of its board exports: editable on a draft by those
 * who manage reports, read-only once issued, absent for reports issued before cover sheets.
 */
export function ReportCoverSheet({
  reportId,
  version,
  sheet,
  editable,
  onErrors,
  onSaved,
}: {
  reportId: string;
  version: number;
  sheet: CoverSheetFieldsFragment | null | undefined;
  editable: boolean;
  onErrors: (hasErrors: boolean) => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (!sheet) return null;
  return (
    <section aria-labelledby="cover-sheet-heading" className="app-report__section app-no-print">
      <h2 className="govuk-heading-l" id="cover-sheet-heading">
        {t('reports.coverSheet.heading')}
      </h2>
      <p className="govuk-body">{t('reports.coverSheet.intro')}</p>
      {editing ? (
        <ReportCoverSheetForm
          reportId={reportId}
          version={version}
          sheet={sheet}
          onErrors={onErrors}
          onSaved={() => {
            onErrors(false);
            setEditing(false);
            onSaved();
          }}
          onCancel={() => {
            onErrors(false);
            setEditing(false);
          }}
        />
      ) : (
        <>
          <CoverSheetSummary sheet={sheet} />
          {editable && (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setEditing(true)}
            >
              {t('reports.coverSheet.edit')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
