import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import {
  formatMeasureValue,
  MEASURE_DIRECTION_LABELS,
  MEASURE_FREQUENCY_LABELS,
  MEASURE_UNIT_LABELS,
  MeasureDirection,
  MeasureFrequency,
  MeasureUnit,
  THEME_LABELS,
} from '@cynnydd/shared/domain';

import type { MeasureDetailsQuery } from '../../../gql/graphql';
import { formatDate, formatNumber } from '../../../i18n/format';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { FutureGenerationsTags } from '../../plans/components/future-generations';

type Measure = MeasureDetailsQuery['measure'];

function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** A shortfall in the measure's unit: percentage points for a percentage. */
function useAmountText() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (amount: number, unit: keyof typeof MeasureUnit) =>
    unit === 'PERCENTAGE'
      ? t(amount === 1 ? 'measures.tolerance.point' : 'measures.tolerance.points', {
          number: formatNumber(amount, language),
        })
      : formatMeasureValue(amount, MeasureUnit[unit], language);
}

/** How far short of its target a figure may fall before it turns amber, then red, in words. */
export function useToleranceText() {
  const { t } = useTranslation();
  const amount = useAmountText();
  return (measure: Pick<Measure, 'tolerance' | 'unit'>) => {
    const { amber, red } = measure.tolerance;
    return amber > 0
      ? t('measures.tolerance.withAmber', {
          amber: amount(amber, measure.unit),
          red: amount(red, measure.unit),
        })
      : t('measures.tolerance.noAmber', { red: amount(red, measure.unit) });
  };
}

/** What the measure is, how it is worked out and against what it is judged. */
export function MeasureDetails({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const toleranceText = useToleranceText();
  const unit = MeasureUnit[measure.unit];
  return (
    <dl className="govuk-summary-list">
      <SummaryRow label={t('measures.details.definition')}>
        <LocalisedText value={measure.definition} />
      </SummaryRow>
      <SummaryRow label={t('measures.details.calculation')}>
        <LocalisedText value={measure.calculation} />
      </SummaryRow>
      <SummaryRow label={t('measures.details.dataSource')}>
        <LocalisedText value={measure.dataSource} />
      </SummaryRow>
      <SummaryRow label={t('measures.details.owner')}>{measure.owner.name}</SummaryRow>
      <SummaryRow label={t('measures.details.areas')}>
        <ul className="govuk-list">
          {measure.areas.map((area) => (
            <li key={area.id}>
              <Link to={`/measures?area=${area.number}`} className="govuk-link">
                {t('overview.areaNumber', { number: area.number })}:{' '}
                <LocalisedText value={area.shortTitle} />
              </Link>
            </li>
          ))}
        </ul>
      </SummaryRow>
      <SummaryRow label={t('measures.details.unit')}>
        {MEASURE_UNIT_LABELS[unit][language]}
      </SummaryRow>
      <SummaryRow label={t('measures.details.direction')}>
        {MEASURE_DIRECTION_LABELS[MeasureDirection[measure.direction]][language]}
      </SummaryRow>
      <SummaryRow label={t('measures.details.frequency')}>
        {MEASURE_FREQUENCY_LABELS[MeasureFrequency[measure.frequency]][language]}
      </SummaryRow>
      <SummaryRow label={t('measures.details.tolerance')}>
        {measure.contextual ? t('measures.details.contextual') : toleranceText(measure)}
      </SummaryRow>
      <SummaryRow label={t('measures.details.baseline')}>
        {measure.baseline
          ? t('measures.details.baselineValue', {
              value: formatMeasureValue(measure.baseline.value, unit, language),
              date: formatDate(measure.baseline.date, language),
            })
          : t('measures.details.noBaseline')}
      </SummaryRow>
      <SummaryRow label={t('measures.details.targets')}>
        {measure.targets.length === 0 ? (
          t('measures.details.contextual')
        ) : (
          <ul className="govuk-list">
            {measure.targets.map((target) => (
              <li key={target.financialYear}>
                {t('measures.details.targetValue', {
                  year: target.financialYear,
                  value: formatMeasureValue(target.value, unit, language),
                })}
              </li>
            ))}
          </ul>
        )}
      </SummaryRow>
      <SummaryRow label={t('measures.details.themes')}>
        {measure.themes.length === 0 ? (
          t('action.noThemes')
        ) : (
          <ul className="govuk-list">
            {measure.themes.map((theme) => (
              <li key={theme}>
                <strong className="govuk-tag govuk-tag--grey">
                  {THEME_LABELS[theme][language]}
                </strong>
              </li>
            ))}
          </ul>
        )}
      </SummaryRow>
      <SummaryRow label={t('futureGenerations.goals')}>
        <FutureGenerationsTags values={measure.wellBeingGoals} kind="goals" />
      </SummaryRow>
      <SummaryRow label={t('futureGenerations.waysOfWorking')}>
        <FutureGenerationsTags values={measure.waysOfWorking} kind="waysOfWorking" />
      </SummaryRow>
    </dl>
  );
}
