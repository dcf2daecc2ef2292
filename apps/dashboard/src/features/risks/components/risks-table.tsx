import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { RISK_CATEGORY_LABELS, RISK_KIND_LABELS, RISK_STATE_LABELS } from '@cynnydd/shared/domain';

import type { RiskRowFragment } from '../../../gql/graphql';
import { formatDate, formatNumber } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import {
  NextReviewLabel,
  RiskBandTag,
  RiskScoreLabel,
  scoreMovement,
  ScoreMovementLabel,
} from './risk-labels';

/**
 * The register as a table: each risk's current score and band, its target, how it moved at the
 * last review, when it is next reviewed, and whether it is escalated or above appetite.
 */
export function RisksTable({ risks, caption }: { risks: RiskRowFragment[]; caption: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ScrollableTable caption={caption}>
      <ColumnHeaders
        columns={[
          { label: t('risks.columns.reference') },
          { label: t('risks.columns.title') },
          { label: t('risks.columns.category') },
          { label: t('risks.columns.owner') },
          { label: t('risks.columns.current') },
          { label: t('risks.columns.target') },
          { label: t('risks.columns.movement') },
          { label: t('risks.columns.nextReview') },
          { label: t('risks.columns.escalated') },
          { label: t('risks.columns.appetite') },
        ]}
      />
      <tbody className="govuk-table__body">
        {risks.map((risk) => (
          <tr key={risk.id} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {risk.reference}
            </th>
            <td className="govuk-table__cell">
              <Link to={`/risks/${risk.id}`} className="govuk-link">
                <LocalisedText value={risk.title} />
              </Link>
              {(risk.kind === 'ISSUE' || risk.state === 'CLOSED') && (
                <span className="govuk-!-display-block govuk-body-s govuk-!-margin-bottom-0">
                  {[
                    risk.kind === 'ISSUE' && RISK_KIND_LABELS[risk.kind][language],
                    risk.state === 'CLOSED' && RISK_STATE_LABELS[risk.state][language],
                  ]
                    .filter(Boolean)
                    .join(t('risks.separator'))}
                </span>
              )}
            </td>
            <td className="govuk-table__cell">{RISK_CATEGORY_LABELS[risk.category][language]}</td>
            <td className="govuk-table__cell">{risk.owner.name}</td>
            <td className="govuk-table__cell">
              <RiskScoreLabel score={risk.current} />
            </td>
            <td className="govuk-table__cell">
              {risk.target ? (
                <>
                  {formatNumber(risk.target.score, language)}{' '}
                  <RiskBandTag band={risk.target.band} />
                  <span className="govuk-!-display-block govuk-body-s govuk-!-margin-bottom-0">
                    {t('risks.targetBy', { date: formatDate(risk.target.date, language) })}
                  </span>
                </>
              ) : (
                t('risks.noTarget')
              )}
            </td>
            <td className="govuk-table__cell">
              <ScoreMovementLabel movement={scoreMovement(risk.current, risk.previous)} />
            </td>
            <td className="govuk-table__cell">
              {risk.state === 'CLOSED' ? (
                t('risks.notReviewedClosed')
              ) : (
                <NextReviewLabel due={risk.nextReviewDue} overdue={risk.reviewOverdue} />
              )}
            </td>
            <td className="govuk-table__cell">
              {risk.escalation
                ? t('risks.escalatedOn', { date: formatDate(risk.escalation.on, language) })
                : t('risks.no')}
            </td>
            <td className="govuk-table__cell">
              {risk.aboveAppetite ? (
                <strong className="govuk-tag govuk-tag--red">{t('risks.aboveAppetite')}</strong>
              ) : (
                t('risks.withinAppetite')
              )}
              {risk.awaitingEscalation && (
                <span className="govuk-!-display-block govuk-body-s govuk-!-margin-bottom-0">
                  {t('risks.awaitingEscalation')}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
