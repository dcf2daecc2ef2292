import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { localise, type BilingualText } from '@cynnydd/shared/domain';

import type { MeasureUnit } from '../../../gql/graphql';
import { useNearScreen } from '../../../ui/charts/use-near-screen';
import { useLanguage } from '../../../ui/use-language';
import { useFigureText } from './measure-labels';
import { SPARKLINE_HEIGHT, SPARKLINE_WIDTH } from './sparkline-dimensions';

const SparklineChart = lazy(() => import('./sparkline-chart'));

/**
 * The recent figures as a small line, with the figures in words as its text alternative
 * ("Recent figures: 2025-26 Q4 8.1%, 2026-27 Q1 7.9%"). Nothing for fewer than two figures.
 * The line is drawn once it nears the screen (ADR 21): a page of fifty charts drawn at once held
 * the measures page's first visit up for most of a second at a phone's speed.
 */
export function Sparkline({
  figures,
  unit,
}: {
  figures: { periodStart: string; periodLabel: BilingualText; value?: number | null }[];
  unit: MeasureUnit;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const figureText = useFigureText();
  const [nearScreen, near] = useNearScreen<HTMLSpanElement>();
  if (figures.filter((figure) => figure.value !== null).length < 2) return null;
  const description = t('measures.sparkline', {
    figures: figures
      .map(
        (figure) =>
          `${localise(figure.periodLabel, language)?.text ?? figure.periodStart} ${figureText(figure.value, unit)}`,
      )
      .join(t('measures.separator')),
  });
  return (
    <span
      ref={nearScreen}
      role="img"
      aria-label={description}
      style={{ display: 'inline-block', width: SPARKLINE_WIDTH, height: SPARKLINE_HEIGHT }}
    >
      {near && (
        <Suspense fallback={null}>
          <SparklineChart values={figures.map((figure) => figure.value ?? null)} />
        </Suspense>
      )}
    </span>
  );
}
