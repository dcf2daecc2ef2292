import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  MAX_MEASURE_VALUE,
  MEASURE_DECIMALS,
  MEASURE_UNIT_LABELS,
  MeasureUnit,
  VALUE_QUALITY_LABELS,
  ValueQuality,
} from '@cynnydd/shared/domain';

import type { MeasureForReportQuery, ValueQuality as Quality } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/format';
import { BilingualInput, bilingualInput, EMPTY_BILINGUAL } from '../../../ui/bilingual-input';
import { ErrorSummary, type ErrorItem } from '../../../ui/error-summary';
import { Radios } from '../../../ui/radios';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { useApiFormErrors } from '../../admin/hooks/use-api-form-errors';
import { SUBMIT_MEASURE_VALUE } from '../graphql/measures';
import { useMeasurePeriods } from '../hooks/use-measure-periods';
import { breakdownFieldId, BreakdownsEditor, type BreakdownDraft } from './breakdowns-editor';
import { useFigureText, useQualityText } from './measure-labels';

type Measure = MeasureForReportQuery['measure'];
type Figure = Measure['values'][number];

const QUALITIES: Quality[] = [
  ValueQuality.CONFIRMED,
  ValueQuality.PROVISIONAL,
  ValueQuality.NOT_AVAILABLE,
];

/**
 * Where the API's field (e.g. "value", "commentary.cy", "breakdowns.2.label.en") is in the form:
 * the control the error summary links to. A refused `revises` is about the period's figure.
 */
function fieldIdOf(field: string): string | undefined {
  const [name, index, part, language] = field.split('.');
  switch (name) {
    case 'periodStart':
    case 'revises':
      return 'periodStart';
    case 'value':
    case 'quality':
      return name;
    case 'notAvailableReason':
    case 'commentary':
      return `${name}-${index === 'cy' ? 'cy' : 'en'}`;
    case 'breakdowns': {
      const row = Number(index);
      if (!Number.isInteger(row)) return undefined;
      if (part === 'value') return breakdownFieldId(row, 'value');
      return breakdownFieldId(row, language === 'cy' ? 'label-cy' : 'label-en');
    }
    default:
      return undefined;
  }
}

/** "1,250.5" or "7.9" as a number; null for anything else. */
function parseFigure(text: string): number | null {
  const plain = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return null;
  return Number(plain);
}

function decimalsOf(text: string): number {
  return text.trim().split('.')[1]?.length ?? 0;
}

/** The period's current figure, said in words, before it is revised. */
function CurrentFigure({ figure, unit }: { figure: Figure; unit: Measure['unit'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const figureText = useFigureText();
  const qualityText = useQualityText();
  return (
    <div className="govuk-inset-text" id="current-figure">
      <p className="govuk-body">
        {t('measures.report.current', {
          value: figureText(figure.value, unit),
          quality: qualityText(figure.quality, figure.revised),
          name: figure.author.name,
          date: formatDateTime(figure.submittedAt, language),
        })}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-0">{t('measures.report.revising')}</p>
    </div>
  );
}

interface Props {
  measure: Measure;
  title: string;
  /** The period to start on (YYYY-MM-DD, as a link asks), if it is one the form offers. */
  period?: string | null;
  onSubmitted: (saved: { periodLabel: { en: string; cy: string }; revised: boolean }) => void;
  /** Called when the period's figure changed meanwhile, to read it again. */
  onStale: () => void;
}

/** A figure for one period of a measure, or a revision of the period's current figure. */
export function MeasureValueForm({ measure, title, period, onSubmitted, onStale }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { periods, latestEnded } = useMeasurePeriods(measure.frequency, {
    periodStarts: measure.values.map((value) => value.periodStart),
    targetYears: measure.targets.map((target) => target.financialYear),
  });
  const asked = periods.find((option) => option.start === period)?.start;
  const [periodStart, setPeriodStart] = useState(asked ?? latestEnded ?? periods[0]?.start ?? '');
  const [quality, setQuality] = useState<Quality | null>(null);
  const [value, setValue] = useState('');
  const [reason, setReason] = useState(EMPTY_BILINGUAL);
  const [commentary, setCommentary] = useState(EMPTY_BILINGUAL);
  const [breakdowns, setBreakdowns] = useState<BreakdownDraft[]>([]);
  const { errors, setErrors, fromFailure, errorFor } = useApiFormErrors(fieldIdOf);
  const [submit, { loading }] = useMutation(SUBMIT_MEASURE_VALUE, {
    update(cache) {
      // The measure's figures, RAG and trend, and the summaries, are read again where next shown.
      const id = cache.identify({ __typename: 'Measure', id: measure.id });
      for (const fieldName of [
        'values',
        'revisions',
        'latest',
        'recentValues',
        'recentFigures',
        'trend',
      ]) {
        cache.evict({ id, fieldName });
      }
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'measures' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'measuresSummary' });
      cache.gc();
    },
  });
  usePageTitle(title, errors.length > 0);
  const current = measure.values.find((figure) => figure.periodStart === periodStart) ?? null;
  const unit = MeasureUnit[measure.unit];

  function check(): ErrorItem[] {
    const problems: ErrorItem[] = [];
    if (!periodStart) {
      problems.push({ message: t('measures.report.periodRequired'), fieldId: 'periodStart' });
    }
    if (!quality) {
      problems.push({ message: t('measures.report.qualityRequired'), fieldId: 'quality' });
    }
    if (quality === ValueQuality.NOT_AVAILABLE) {
      if (!reason.en.trim() && !reason.cy.trim()) {
        problems.push({
          message: t('measures.report.reasonRequired'),
          fieldId: 'notAvailableReason-en',
        });
      }
    } else if (quality) {
      const figure = parseFigure(value);
      if (!value.trim()) {
        problems.push({ message: t('measures.report.valueRequired'), fieldId: 'value' });
      } else if (
        figure === null ||
        decimalsOf(value) > MEASURE_DECIMALS ||
        Math.abs(figure) > MAX_MEASURE_VALUE
      ) {
        problems.push({ message: t('measures.report.valueInvalid'), fieldId: 'value' });
      }
    }
    breakdowns.forEach((row, index) => {
      if (!row.labelEn.trim() && !row.labelCy.trim()) {
        problems.push({
          message: t('measures.report.breakdownLabelRequired', { number: index + 1 }),
          fieldId: breakdownFieldId(index, 'label-en'),
        });
      }
      if (parseFigure(row.value) === null || decimalsOf(row.value) > MEASURE_DECIMALS) {
        problems.push({
          message: t('measures.report.breakdownValueInvalid', { number: index + 1 }),
          fieldId: breakdownFieldId(index, 'value'),
        });
      }
    });
    return problems;
  }

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = check();
    setErrors(problems);
    if (problems.length > 0 || !quality) return;
    const available = quality !== ValueQuality.NOT_AVAILABLE;
    try {
      const { data } = await submit({
        variables: {
          input: {
            measureId: measure.id,
            periodStart,
            quality,
            value: available ? parseFigure(value) : null,
            notAvailableReason: available ? null : bilingualInput(reason),
            commentary: bilingualInput(commentary),
            breakdowns: breakdowns.map((row) => ({
              label: { en: row.labelEn.trim() || null, cy: row.labelCy.trim() || null },
              value: parseFigure(row.value) ?? 0,
            })),
            revises: current?.id ?? null,
          },
        },
      });
      if (data) {
        onSubmitted({
          periodLabel: {
            en: data.submitMeasureValue.periodLabel.en ?? '',
            cy: data.submitMeasureValue.periodLabel.cy ?? '',
          },
          revised: data.submitMeasureValue.revised,
        });
      }
    } catch (failure) {
      fromFailure(failure);
      // Someone gave or revised this period's figure meanwhile: show the one there now.
      onStale();
    }
  }

  return (
    <form noValidate onSubmit={(event) => void send(event)}>
      <ErrorSummary errors={errors} />
      <SelectField
        id="periodStart"
        label={t('measures.report.period')}
        value={periodStart}
        error={errorFor('periodStart')}
        onChange={(event) => setPeriodStart(event.target.value)}
      >
        {periods.map((option) => (
          <option key={option.start} value={option.start}>
            {option.label}
          </option>
        ))}
      </SelectField>
      {current && <CurrentFigure figure={current} unit={measure.unit} />}
      <Radios
        name="quality"
        legend={t('measures.report.quality')}
        options={QUALITIES.map((option) => ({
          value: option,
          label: VALUE_QUALITY_LABELS[ValueQuality[option]][language],
        }))}
        value={quality}
        error={errorFor('quality')}
        onChange={setQuality}
      />
      {quality === ValueQuality.NOT_AVAILABLE ? (
        <BilingualInput
          id="notAvailableReason"
          legend={t('measures.report.reason')}
          hint={t('measures.report.reasonHint')}
          value={reason}
          error={errorFor('notAvailableReason-en') ?? errorFor('notAvailableReason-cy')}
          multiline
          onChange={setReason}
        />
      ) : (
        <TextField
          id="value"
          label={t('measures.report.value')}
          hint={t('measures.report.valueHint', { unit: MEASURE_UNIT_LABELS[unit][language] })}
          className="govuk-input--width-10"
          inputMode="decimal"
          spellCheck={false}
          value={value}
          error={errorFor('value')}
          onChange={(event) => setValue(event.target.value)}
        />
      )}
      <BilingualInput
        id="commentary"
        legend={t('measures.report.commentary')}
        hint={t('measures.report.commentaryHint')}
        value={commentary}
        error={errorFor('commentary-en') ?? errorFor('commentary-cy')}
        multiline
        onChange={setCommentary}
      />
      <BreakdownsEditor rows={breakdowns} errorFor={errorFor} onChange={setBreakdowns} />
      <button type="submit" className="govuk-button" disabled={loading}>
        {current ? t('measures.report.submitRevision') : t('measures.report.submit')}
      </button>
    </form>
  );
}
