import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { RISK_CATEGORY_LABELS, RiskCategory } from '@cynnydd/shared/domain';

import type { ReportRiskFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatNumber } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { RiskHeatMap } from '../../risks/components/risk-heat-map';
import { RiskScoreLabel, ScoreMovementLabel } from '../../risks/components/risk-labels';
import type { ReportRisksSection } from '../graphql/report-content';
import { ReportListPages, useReportRows } from './report-list-pages';

type Section = ReportRisksSection;
type Line = ReportRiskFieldsFragment;

const MOVES = { WORSENING: 'up', IMPROVING: 'down', NO_CHANGE: 'same' } as const;

/** Up, down or no change since the report compared with; `newSince` for a risk recorded since. */
function Trend({ line, newSince }: { line: Line; newSince: string }) {
  if (!line.previous || !line.trend) return <>{newSince}</>;
  return (
    <ScoreMovementLabel movement={{ kind: MOVES[line.trend], previous: line.previous.score }} />
  );
}

interface LinesProps {
  lines: Line[];
  caption: string;
  full: boolean;
  /** Where the table's page is kept in the address. */
  parameter: string;
}

/**
 * Risks in a table. The register shows everything the board weighs (appetite, escalation,
 * trend); the movement lists only who owns it and how its score changed.
 */
function RiskLines({ lines, caption, full, parameter }: LinesProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const page = useReportRows(lines, parameter);
  const newSince = t('reports.risks.newSince');
  const number = (value: number) => formatNumber(value, language);
  const escalated = (line: Line) =>
    line.escalatedOn ? formatDate(line.escalatedOn, language) : t('reports.risks.no');
  const columns = full
    ? ([
        'risk',
        'category',
        'owner',
        'current',
        'target',
        'appetite',
        'aboveAppetite',
        'escalated',
      ] as const)
    : (['risk', 'owner', 'current', 'escalated'] as const);
  return (
    <ReportListPages page={page} name={caption}>
      <ScrollableTable caption={caption}>
        <ColumnHeaders
          columns={[...columns, 'trend' as const].map((column) => ({
            label: t(`reports.risks.columns.${column}`),
          }))}
        />
        <tbody className="govuk-table__body">
          {page.rows.map((line) => (
            <tr key={line.riskId} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {line.reference}: <LocalisedText value={line.title} />
              </th>
              {full && (
                <td className="govuk-table__cell">
                  {RISK_CATEGORY_LABELS[RiskCategory[line.category]][language]}
                </td>
              )}
              <td className="govuk-table__cell">{line.owner}</td>
              <td className="govuk-table__cell">
                <RiskScoreLabel score={line.current} />
              </td>
              {full && (
                <>
                  <td className="govuk-table__cell">
                    {line.target ? <RiskScoreLabel score={line.target} /> : '–'}
                  </td>
                  <td className="govuk-table__cell">{number(line.appetite)}</td>
                  <td className="govuk-table__cell">
                    {t(line.aboveAppetite ? 'reports.risks.yes' : 'reports.risks.no')}
                  </td>
                </>
              )}
              <td className="govuk-table__cell">{escalated(line)}</td>
              <td className="govuk-table__cell">
                <Trend line={line} newSince={newSince} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </ReportListPages>
  );
}

function Part({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <>
      <h3 className="govuk-heading-m">{heading}</h3>
      {children}
    </>
  );
}

/** A list of risks, or "None." when it is empty. */
function LinesOrNone({ none, ...props }: LinesProps & { none: string }) {
  return props.lines.length ? <RiskLines {...props} /> : <p className="govuk-body">{none}</p>;
}

/**
 * The register as at the period end, as the exports print it: counts by band, the heat map,
 * the open risks, those above appetite, and what is new, closed and moved since the audience's
 * previous report. Reports issued before risks were reported have none, so show none.
 */
export function ReportRisks({ risks }: { risks: Section | null | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!risks) return null;
  const number = (value: number) => formatNumber(value, language);
  const inBand = (band: string) => number(risks.bands.find((b) => b.band === band)?.count ?? 0);
  return (
    <section aria-labelledby="report-risks" className="app-report__section">
      <h2 className="govuk-heading-l" id="report-risks">
        {t('reports.risks.heading')}
      </h2>
      <p className="govuk-body">
        {t('reports.risks.intro', { date: formatDate(risks.asAt, language) })}
      </p>
      <p className="govuk-body" data-testid="risk-band-counts">
        {t('reports.risks.bands', {
          total: number(risks.risks.length),
          extreme: inBand('EXTREME'),
          high: inBand('HIGH'),
          moderate: inBand('MODERATE'),
          low: inBand('LOW'),
        })}
      </p>
      <RiskHeatMap cells={risks.heatMap} caption={t('reports.risks.heatMapCaption')} />
      <Part heading={t('reports.risks.registerHeading')}>
        <LinesOrNone
          lines={risks.risks}
          caption={t('reports.risks.registerCaption')}
          full
          parameter="register-page"
          none={t('reports.risks.noOpenRisks')}
        />
      </Part>
      <Part heading={t('reports.risks.aboveAppetiteHeading')}>
        <LinesOrNone
          lines={risks.aboveAppetite}
          caption={t('reports.risks.aboveAppetiteHeading')}
          full
          parameter="above-appetite-page"
          none={t('reports.risks.noneAboveAppetite')}
        />
      </Part>
      <Part heading={t('reports.risks.movementHeading')}>
        <p className="govuk-body">
          {risks.sincePeriod
            ? t('reports.risks.sinceReport', { period: risks.sincePeriod })
            : t('reports.risks.sincePeriodStart')}
        </p>
        {(['opened', 'closed', 'worsened', 'improved'] as const).map((list) => (
          <div key={list} data-testid={`risks-${list}`}>
            <h4 className="govuk-heading-s">{t(`reports.risks.${list}`)}</h4>
            <LinesOrNone
              lines={risks[list]}
              caption={t(`reports.risks.${list}`)}
              full={false}
              parameter={`risks-${list}-page`}
              none={t('reports.risks.none')}
            />
          </div>
        ))}
      </Part>
    </section>
  );
}
