import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { BilingualText } from '@cynnydd/shared/domain';

import {
  BilingualInput,
  bilingualInput,
  bilingualValue,
  type BilingualValue,
} from '../../../ui/bilingual-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { LocalisedText } from '../../../ui/localised-text';
import { ConflictSummary, type ConflictRow } from '../../plans/components/conflict-summary';
import { errorFor, fromApiErrors, type FormError } from '../../plans/components/form-errors';
import { readApiError, type VersionConflict } from '../../plans/graphql/errors';
import { UPDATE_REPORT } from '../graphql/reports';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The executive summary another person saved, from the API's conflict (`current`). */
export function summaryFromConflict(current: Record<string, unknown>): BilingualValue {
  const direct = current['executiveSummary'];
  const text = isRecord(direct) ? direct : {};
  const read = (value: unknown) => (typeof value === 'string' ? value : null);
  return bilingualValue({ en: read(text['en']), cy: read(text['cy']) });
}

/** The summary as read in the report, keeping its paragraphs. */
export function ExecutiveSummaryText({ value }: { value: BilingualText }) {
  return (
    <div className="govuk-body app-preserve-lines" data-testid="executive-summary">
      <LocalisedText value={value} />
    </div>
  );
}

interface Props {
  reportId: string;
  version: number;
  summary: BilingualText;
  onErrors: (hasErrors: boolean) => void;
  onSaved: () => void;
  onCancel: () => void;
}

/**
 * Rewords a draft's executive summary against the version loaded. When someone else saved it
 * first, nothing is overwritten: their text is shown beside this user's, to choose between.
 */
export function ExecutiveSummaryForm({
  reportId,
  version,
  summary,
  onErrors,
  onSaved,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState(() => ({ text: bilingualValue(summary), version }));
  const [text, setText] = useState(loaded.text);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [conflict, setConflict] = useState<VersionConflict | null>(null);
  const [update, { loading }] = useMutation(UPDATE_REPORT, {
    refetchQueries: ['Report'],
    awaitRefetchQueries: true,
  });

  function show(next: FormError[], nextConflict: VersionConflict | null) {
    setErrors(next);
    setConflict(nextConflict);
    onErrors(next.length > 0 || nextConflict !== null);
  }

  async function save(expectedVersion: number) {
    try {
      await update({
        variables: {
          input: { id: reportId, expectedVersion, executiveSummary: bilingualInput(text) },
        },
      });
      show([], null);
      onSaved();
    } catch (failure) {
      const problem = readApiError(failure);
      if (problem.kind === 'conflict') show([], problem.conflict);
      else if (problem.kind === 'refused') {
        show(
          fromApiErrors(problem.errors, (path) =>
            path.startsWith('executiveSummary')
              ? `edit-summary-${path.endsWith('cy') ? 'cy' : 'en'}`
              : null,
          ),
          null,
        );
      } else show([{ message: t('errors.serviceProblem') }], null);
    }
  }

  function conflictRows(details: VersionConflict): ConflictRow[] {
    const theirs = summaryFromConflict(details.current);
    return (['en', 'cy'] as const)
      .filter((language) => theirs[language].trim() !== loaded.text[language].trim())
      .map((language) => ({
        label: t(`reports.summary.in.${language}`),
        theirs: theirs[language],
        yours: text[language],
      }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(loaded.version);
  }

  return (
    <>
      {conflict && (
        <ConflictSummary
          rows={conflictRows(conflict)}
          busy={loading}
          onUseTheirs={() => {
            const next = {
              text: summaryFromConflict(conflict.current),
              version: conflict.currentVersion,
            };
            setLoaded(next);
            setText(next.text);
            show([], null);
          }}
          onKeepMine={() => void save(conflict.currentVersion)}
        />
      )}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <BilingualInput
          id="edit-summary"
          legend={t('reports.summary.legend')}
          hint={t('reports.start.summaryHint')}
          value={text}
          multiline
          error={errorFor(errors, 'edit-summary-en', 'edit-summary-cy')}
          onChange={setText}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={loading}>
            {loading ? t('reports.saving') : t('reports.summary.save')}
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={loading}
            onClick={onCancel}
          >
            {t('reports.summary.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
