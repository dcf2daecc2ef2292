import { useTranslation } from 'react-i18next';

import { MEASURE_RAG_LABELS, MeasureRag, WELL_BEING_GOAL_LABELS } from '@cynnydd/shared/domain';

import { formatNumber } from '../../../i18n/format';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import type { ReportLists } from '../graphql/report-content';
import { RagCountsTable } from './report-rag-summary';

type Content = ReportLists;

/**
 * The contribution to each well-being goal of the Well-being of Future Generations (Wales) Act:
 * its actions by status and its measures by their latest figure. Reports issued before goals
 * were reported have none, and show no section, as their exports do.
 */
export function GoalsSection({ content }: { content: Content }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (content.goalContribution.length === 0) return null;
  const name = (goal: Content['goalContribution'][number]['goal']) =>
    WELL_BEING_GOAL_LABELS[goal][language];
  const number = (value: number) => formatNumber(value, language);
  const columns = [
    MEASURE_RAG_LABELS[MeasureRag.RED][language],
    MEASURE_RAG_LABELS[MeasureRag.AMBER][language],
    MEASURE_RAG_LABELS[MeasureRag.GREEN][language],
    t('futureGenerations.report.noTarget'),
    t('futureGenerations.report.noFigure'),
    t('futureGenerations.report.total'),
  ];
  return (
    <section aria-labelledby="report-goals" className="app-report__section">
      <h2 className="govuk-heading-l" id="report-goals">
        {t('futureGenerations.report.heading')}
      </h2>
      <p className="govuk-body">{t('futureGenerations.report.intro')}</p>
      <RagCountsTable
        caption={t('futureGenerations.report.actionsCaption')}
        rowHeader={t('futureGenerations.report.goal')}
        rows={content.goalContribution.map((row) => ({
          key: row.goal,
          name: name(row.goal),
          counts: row.actions,
        }))}
      />
      <ScrollableTable caption={t('futureGenerations.report.measuresCaption')}>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t('futureGenerations.report.goal')}
            </th>
            {columns.map((column) => (
              <th
                key={column}
                scope="col"
                className="govuk-table__header govuk-table__header--numeric"
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {content.goalContribution.map(({ goal, measures }) => (
            <tr key={goal} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {name(goal)}
              </th>
              {[
                measures.red,
                measures.amber,
                measures.green,
                measures.contextual,
                measures.noFigure,
                measures.total,
              ].map((count, index) => (
                <td key={columns[index]} className="govuk-table__cell govuk-table__cell--numeric">
                  {number(count)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </section>
  );
}
