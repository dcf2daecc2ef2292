import { useTranslation } from 'react-i18next';

import {
  formatMeasureValue,
  MEASURE_RAG_LABELS,
  MEASURE_TREND_LABELS,
  MeasureDirection,
  MeasureRag,
  MeasureTrend,
  MeasureUnit,
  REVISED_LABEL,
  VALUE_QUALITY_LABELS,
  ValueQuality,
} from '@cynnydd/shared/domain';

import { useLanguage } from '../../../ui/use-language';

/**
 * Each RAG has its own shape as well as its colour and name (the same as the actions' tags), so
 * colour is never needed; a figure without a target is "contextual", a period without one "no
 * figure".
 */
const RAG_APPEARANCE: Record<MeasureRag, { icon: string; tag: string }> = {
  [MeasureRag.RED]: { icon: '▲', tag: 'govuk-tag--red' },
  [MeasureRag.AMBER]: { icon: '◆', tag: 'govuk-tag--yellow' },
  [MeasureRag.GREEN]: { icon: '●', tag: 'govuk-tag--green' },
};

/** A measure's RAG as the API sends it ("RED") as the shared domain's enum; the names match. */
export function measureRag(value: keyof typeof MeasureRag): MeasureRag {
  return MeasureRag[value];
}

export function MeasureRagLabel({
  rag,
  hasFigure = true,
}: {
  rag: keyof typeof MeasureRag | null;
  /** Without a RAG: whether there is a figure (contextual) or none. */
  hasFigure?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!rag) {
    return (
      <strong className="govuk-tag govuk-tag--grey app-rag">
        <span className="app-rag__icon" aria-hidden="true">
          {hasFigure ? '○' : '–'}
        </span>
        {hasFigure ? t('measures.rag.contextual') : t('measures.rag.noFigure')}
      </strong>
    );
  }
  const { icon, tag } = RAG_APPEARANCE[measureRag(rag)];
  return (
    <strong className={`govuk-tag ${tag} app-rag`}>
      <span className="app-rag__icon" aria-hidden="true">
        {icon}
      </span>
      {MEASURE_RAG_LABELS[measureRag(rag)][language]}
    </strong>
  );
}

/** Which way the figure itself moved, given whether that was better and which way is better. */
function figureMoved(trend: MeasureTrend, direction: MeasureDirection): 'up' | 'down' | 'flat' {
  if (trend === MeasureTrend.NO_CHANGE) return 'flat';
  const better = trend === MeasureTrend.IMPROVING;
  const higherIsBetter = direction === MeasureDirection.HIGHER_IS_BETTER;
  return better === higherIsBetter ? 'up' : 'down';
}

const TREND_TAGS: Record<MeasureTrend, string> = {
  [MeasureTrend.IMPROVING]: 'govuk-tag--green',
  [MeasureTrend.WORSENING]: 'govuk-tag--red',
  [MeasureTrend.NO_CHANGE]: 'govuk-tag--grey',
};

const ARROWS = { up: '↑', down: '↓', flat: '→' } as const;

/**
 * Direction of travel: the word (improving, worsening, no change) and an arrow showing which way
 * the figure moved, whose text alternative says so ("the figure rose"), since for a measure where
 * lower is better an improvement is a fall.
 */
export function TrendLabel({
  trend,
  direction,
}: {
  trend: keyof typeof MeasureTrend | null;
  direction: keyof typeof MeasureDirection;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!trend) return <>{t('measures.trend.none')}</>;
  const value = MeasureTrend[trend];
  const moved = figureMoved(value, MeasureDirection[direction]);
  return (
    <strong className={`govuk-tag ${TREND_TAGS[value]} app-rag`}>
      <span className="app-rag__icon" aria-hidden="true">
        {ARROWS[moved]}
      </span>
      {MEASURE_TREND_LABELS[value][language]}
      <span className="govuk-visually-hidden"> ({t(`measures.trend.moved.${moved}`)})</span>
    </strong>
  );
}

/** A figure with its unit in the interface language, or "not available". */
export function useFigureText() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (value: number | null | undefined, unit: keyof typeof MeasureUnit) =>
    value === null || value === undefined
      ? t('measures.notAvailable')
      : formatMeasureValue(value, MeasureUnit[unit], language);
}

/** A figure's quality in words, "Revised" added when it replaced an earlier figure. */
export function useQualityText() {
  const language = useLanguage();
  return (quality: keyof typeof ValueQuality, revised: boolean) =>
    [VALUE_QUALITY_LABELS[ValueQuality[quality]][language], revised && REVISED_LABEL[language]]
      .filter(Boolean)
      .join(', ');
}
