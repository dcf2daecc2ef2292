import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import {
  formatMeasureValue,
  MEASURE_TREND_LABELS,
  MeasureTrend,
  MeasureUnit,
  RagStatus,
  REVISED_LABEL,
  VALUE_QUALITY_LABELS,
  ValueQuality,
  type Language,
} from '@cynnydd/shared/domain';

import type { ReportMeasureFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatNumber } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { RagLabel } from '../../overview/components/rag-label';
import type { ReportLists } from '../graphql/report-content';
import { GivenText } from './given-text';
import { ReportListPages, useReportRows } from './report-list-pages';

type Content = ReportLists;
type Line = ReportMeasureFieldsFragment;

/** "7.5%", "£1,250", "12 days" / "12 diwrnod"; a dash without a figure. */
function figure(value: number | null | undefined, line: Line, language: Language): string {
  return value === null || value === undefined
    ? '–'
    : formatMeasureValue(value, MeasureUnit[line.unit], language);
}

/** What a table's rows say without a figure or a target, worded once for the whole table. */
interface Words {
  language: Language;
  noFigure: string;
  noTarget: string;
}

function useWords(): Words {
  const { t } = useTranslation();
  return {
    language: useLanguage(),
    noFigure: t('reportMeasures.noFigure'),
    noTarget: t('reportMeasures.noTarget'),
  };
}

/** The latest figure with what qualifies it: provisional, revised, or not available. */
function LatestFigure({ line, words }: { line: Line; words: Words }) {
  const { language } = words;
  const { latest } = line;
  if (!latest) return <>{words.noFigure}</>;
  if (latest.value === null || latest.value === undefined) {
    return <>{VALUE_QUALITY_LABELS[ValueQuality.NOT_AVAILABLE][language]}</>;
  }
  const notes = [
    ...(latest.quality === 'PROVISIONAL'
      ? [VALUE_QUALITY_LABELS[ValueQuality.PROVISIONAL][language]]
      : []),
    ...(latest.revised ? [REVISED_LABEL[language]] : []),
  ];
  return (
    <>
      {figure(latest.value, line, language)}
      {notes.length > 0 && <span className="govuk-body-s"> ({notes.join(', ')})</span>}
    </>
  );
}

/** The RAG in words and colour (with its shape); without one, why: no figure or no target. */
function MeasureRagLabel({ line, words }: { line: Line; words: Words }) {
  const { latest } = line;
  if (latest?.rag) return <RagLabel status={RagStatus[latest.rag]} />;
  return (
    <strong className="govuk-tag govuk-tag--grey">
      {!latest || latest.value === null || latest.value === undefined
        ? words.noFigure
        : words.noTarget}
    </strong>
  );
}

function trendLabel(trend: Line['trend']['sincePrevious'], language: Language): string {
  return trend ? MEASURE_TREND_LABELS[MeasureTrend[trend]][language] : '–';
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="app-report__section">
      <h2 className="govuk-heading-l" id={id}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** Every measure's latest figure as at the period end, with its RAG in words and colour. */
export function MeasuresScorecard({ content }: { content: Content }) {
  const { t } = useTranslation();
  const words = useWords();
  const { language } = words;
  const { measures } = content;
  const number = (value: number) => formatNumber(value, language);
  const page = useReportRows(measures.measures, 'measures-page');
  const caption = t('reportMeasures.scorecardCaption');
  return (
    <Section id="report-measures" heading={t('reportMeasures.heading')}>
      <p className="govuk-body">
        {t('reportMeasures.intro', { date: formatDate(measures.endedBy, language) })}
      </p>
      {measures.measures.length === 0 ? (
        <p className="govuk-body">{t('reportMeasures.none')}</p>
      ) : (
        <>
          <p className="govuk-body" data-testid="measure-counts">
            {t('reportMeasures.summary', {
              total: number(measures.counts.total),
              red: number(measures.counts.red),
              amber: number(measures.counts.amber),
              green: number(measures.counts.green),
              contextual: number(measures.counts.contextual),
              noFigure: number(measures.counts.noFigure),
            })}
          </p>
          <ReportListPages page={page} name={caption}>
            <ScrollableTable caption={caption}>
              <ColumnHeaders
                columns={[
                  { label: t('reportMeasures.reference') },
                  { label: t('reportMeasures.measure') },
                  { label: t('reportMeasures.latestFigure'), numeric: true },
                  { label: t('reportMeasures.period') },
                  { label: t('reportMeasures.target'), numeric: true },
                  { label: t('reportMeasures.rag') },
                  { label: t('reportMeasures.directionOfTravel') },
                ]}
              />
              <tbody className="govuk-table__body">
                {page.rows.map((line) => (
                  <tr key={line.measureId} className="govuk-table__row">
                    <th scope="row" className="govuk-table__header">
                      {line.reference}
                    </th>
                    <td className="govuk-table__cell">
                      <LocalisedText value={line.name} />
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      <LatestFigure line={line} words={words} />
                    </td>
                    <td className="govuk-table__cell">
                      {line.latest ? <LocalisedText value={line.latest.periodLabel} /> : '–'}
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      {!line.latest
                        ? '–'
                        : line.latest.target === null || line.latest.target === undefined
                          ? t('reportMeasures.noTarget')
                          : figure(line.latest.target, line, language)}
                    </td>
                    <td className="govuk-table__cell">
                      <MeasureRagLabel line={line} words={words} />
                    </td>
                    <td className="govuk-table__cell">
                      {trendLabel(line.trend.sincePrevious, language)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollableTable>
          </ReportListPages>
        </>
      )}
    </Section>
  );
}

const OFF_TARGET_PER_PAGE = 10;

/** Red and amber measures: why, what their owners say, and their recent figures. */
export function MeasuresOffTarget({ content }: { content: Content }) {
  const { t } = useTranslation();
  const words = useWords();
  const { language } = words;
  const { offTarget } = content.measures;
  // Ten a page: each is a block of its own, with its figures' table.
  const page = useReportRows(offTarget, 'off-target-page', OFF_TARGET_PER_PAGE);
  const heading = t('reportMeasures.offTargetHeading');
  return (
    <Section id="report-measures-off-target" heading={heading}>
      {offTarget.length === 0 ? (
        <p className="govuk-body">{t('reportMeasures.noneOffTarget')}</p>
      ) : (
        <>
          <p className="govuk-body">{t('reportMeasures.offTargetIntro')}</p>
          <ReportListPages page={page} name={heading}>
            {page.rows.map((line) => (
              <div key={line.measureId} data-testid={`off-target-${line.reference}`}>
                <h3 className="govuk-heading-m">
                  {line.reference}: <LocalisedText value={line.name} />
                </h3>
                <dl className="govuk-summary-list">
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t('reportMeasures.latestFigure')}</dt>
                    <dd className="govuk-summary-list__value">
                      <LatestFigure line={line} words={words} />{' '}
                      <MeasureRagLabel line={line} words={words} />
                    </dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t('reportMeasures.whyRag')}</dt>
                    <dd className="govuk-summary-list__value">
                      <GivenText value={line.latest?.ragExplanation} none="–" />
                    </dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t('reportMeasures.commentary')}</dt>
                    <dd className="govuk-summary-list__value">
                      <GivenText
                        value={line.latest?.commentary}
                        none={t('reportMeasures.noCommentary')}
                      />
                    </dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t('reportMeasures.sinceBaseline')}</dt>
                    <dd className="govuk-summary-list__value">
                      {trendLabel(line.trend.sinceBaseline, language)}
                    </dd>
                  </div>
                </dl>
                {line.recent.length > 0 && (
                  <ScrollableTable
                    caption={t('reportMeasures.recentCaption', { reference: line.reference })}
                  >
                    <ColumnHeaders
                      columns={[
                        { label: t('reportMeasures.period') },
                        { label: t('reportMeasures.figure'), numeric: true },
                        { label: t('reportMeasures.target'), numeric: true },
                      ]}
                    />
                    <tbody className="govuk-table__body">
                      {line.recent.map((point) => (
                        <tr key={point.periodEnd} className="govuk-table__row">
                          <th scope="row" className="govuk-table__header">
                            <LocalisedText value={point.periodLabel} />
                          </th>
                          <td className="govuk-table__cell govuk-table__cell--numeric">
                            {figure(point.value, line, language)}
                          </td>
                          <td className="govuk-table__cell govuk-table__cell--numeric">
                            {point.target === null || point.target === undefined
                              ? t('reportMeasures.noTarget')
                              : figure(point.target, line, language)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </ScrollableTable>
                )}
              </div>
            ))}
          </ReportListPages>
        </>
      )}
    </Section>
  );
}
