import { lazy } from 'react';
import { useTranslation } from 'react-i18next';

import { localise, MEASURE_RAG_LABELS, RagStatus } from '@cynnydd/shared/domain';

import type { MeasureDetailsQuery } from '../../../gql/graphql';
import { ChartFigure } from '../../../ui/charts/chart-figure';
import { RAG_FILLS } from '../../../ui/charts/rag-fills';
import { useLanguage } from '../../../ui/use-language';
import { measureRag, useFigureText } from './measure-labels';
import { trendData } from './trend-points';

// Recharts loads with this chunk only, after the figures table is on screen.
const MeasureTrendChart = lazy(() => import('./measure-trend-chart'));

type Measure = MeasureDetailsQuery['measure'];

/** The key: a small drawing of each line, band and marker beside its name. */
function TrendLegend({ withTarget }: { withTarget: boolean }) {
  const { t } = useTranslation();
  const swatch = (children: React.ReactNode) => (
    <svg className="app-chart__swatch" width={28} height={20} aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
  const band = (status: RagStatus, opacity: number) =>
    swatch(
      <rect
        x={1}
        y={1}
        width={26}
        height={18}
        fill={RAG_FILLS[status].colour}
        fillOpacity={opacity}
        stroke="#0b0c0c"
      />,
    );
  const items = [
    {
      key: 'figure',
      drawing: swatch(
        <>
          <line x1={0} y1={10} x2={28} y2={10} stroke="#0b0c0c" strokeWidth={2} />
          <circle cx={14} cy={10} r={4} fill="#0b0c0c" />
        </>,
      ),
      label: t('measures.chart.figures'),
    },
    {
      key: 'revised',
      drawing: swatch(
        <circle cx={14} cy={10} r={6} fill="#ffffff" stroke="#0b0c0c" strokeWidth={3} />,
      ),
      label: t('measures.chart.revised'),
    },
    ...(withTarget
      ? [
          {
            key: 'target',
            drawing: swatch(
              <line
                x1={0}
                y1={10}
                x2={28}
                y2={10}
                stroke="#1d70b8"
                strokeWidth={2}
                strokeDasharray="6 4"
              />,
            ),
            label: t('measures.chart.target'),
          },
          { key: 'amber', drawing: band(RagStatus.AMBER, 0.2), label: t('measures.chart.amber') },
          { key: 'red', drawing: band(RagStatus.RED, 0.15), label: t('measures.chart.red') },
        ]
      : []),
  ];
  return (
    <ul className="app-chart__legend">
      {items.map((item) => (
        <li key={item.key} className="app-chart__legend-item">
          {item.drawing}
          <span className="govuk-body-s govuk-!-margin-bottom-0">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** The figures over time, summed up in words; the figures table follows as its alternative. */
export function MeasureTrendFigure({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const figureText = useFigureText();
  const withFigures = measure.values.filter((value) => value.value !== null);
  const first = withFigures[0];
  const last = withFigures[withFigures.length - 1];
  if (!first || !last) return null;
  const period = (value: typeof first) => localise(value.periodLabel, language)?.text ?? '';
  const latest =
    last.target === null
      ? t('measures.chart.latestNoTarget', {
          period: period(last),
          value: figureText(last.value, measure.unit),
        })
      : t('measures.chart.latest', {
          period: period(last),
          value: figureText(last.value, measure.unit),
          target: figureText(last.target, measure.unit),
          rag: last.rag ? MEASURE_RAG_LABELS[measureRag(last.rag)][language] : '',
        });
  const summary = [
    withFigures.length > 1 &&
      t('measures.chart.first', {
        period: period(first),
        value: figureText(first.value, measure.unit),
      }),
    latest,
    t('measures.chart.tableBelow'),
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <ChartFigure
      title={t('measures.chart.title', { reference: measure.reference })}
      summary={summary}
      legend={<TrendLegend withTarget={!measure.contextual} />}
      height={320}
    >
      <MeasureTrendChart data={trendData(measure, language)} />
    </ChartFigure>
  );
}
