import { useTranslation } from 'react-i18next';

import type { ErrorItem } from '../../../ui/error-summary';
import { TextField } from '../../../ui/text-field';

export interface BreakdownDraft {
  /** Stable across removals, so React keeps each row's inputs with their row. */
  key: number;
  labelEn: string;
  labelCy: string;
  value: string;
}

/** The control ids of a breakdown row, which the error summary links to. */
export const breakdownFieldId = (index: number, part: 'label-en' | 'label-cy' | 'value') =>
  `breakdowns-${index}-${part}`;

/** Optional parts of the figure (by organisation or region): label in both languages, value. */
export function BreakdownsEditor({
  rows,
  errorFor,
  onChange,
}: {
  rows: BreakdownDraft[];
  errorFor: (fieldId: string) => ErrorItem | undefined;
  onChange: (rows: BreakdownDraft[]) => void;
}) {
  const { t } = useTranslation();
  const update = (key: number, change: Partial<BreakdownDraft>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const nextKey = rows.reduce((max, row) => Math.max(max, row.key), 0) + 1;
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
        {t('measures.report.breakdowns')}
      </legend>
      <div className="govuk-hint">{t('measures.report.breakdownsHint')}</div>
      {rows.map((row, index) => (
        <fieldset key={row.key} className="govuk-fieldset app-breakdown">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            {t('measures.report.breakdownNumber', { number: index + 1 })}
          </legend>
          <TextField
            id={breakdownFieldId(index, 'label-en')}
            label={t('measures.report.breakdownLabelEn')}
            lang="en"
            value={row.labelEn}
            error={errorFor(breakdownFieldId(index, 'label-en'))}
            onChange={(event) => update(row.key, { labelEn: event.target.value })}
          />
          <TextField
            id={breakdownFieldId(index, 'label-cy')}
            label={t('measures.report.breakdownLabelCy')}
            lang="cy"
            value={row.labelCy}
            error={errorFor(breakdownFieldId(index, 'label-cy'))}
            onChange={(event) => update(row.key, { labelCy: event.target.value })}
          />
          <TextField
            id={breakdownFieldId(index, 'value')}
            label={t('measures.report.breakdownValue')}
            className="govuk-input--width-10"
            inputMode="decimal"
            spellCheck={false}
            value={row.value}
            error={errorFor(breakdownFieldId(index, 'value'))}
            onChange={(event) => update(row.key, { value: event.target.value })}
          />
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
          >
            {t('measures.report.removeBreakdown', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() => onChange([...rows, { key: nextKey, labelEn: '', labelCy: '', value: '' }])}
      >
        {t('measures.report.addBreakdown')}
      </button>
    </fieldset>
  );
}
