import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import {
  localise,
  RISK_CATEGORY_LABELS,
  RISK_KIND_LABELS,
  RISK_STATE_LABELS,
} from '@cynnydd/shared/domain';

import type { RiskDetailsFragment } from '../../../gql/graphql';
import { formatDate, formatNumber } from '../../../i18n/format';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { NextReviewLabel, RiskScoreLabel } from './risk-labels';

/** A bilingual text, or "None" when neither language has one. */
function OptionalText({ value }: { value: { en?: string | null; cy?: string | null } }) {
  const { t } = useTranslation();
  if (!value.en && !value.cy) return <>{t('risks.details.none')}</>;
  return <LocalisedText value={{ en: value.en ?? null, cy: value.cy ?? null }} />;
}

type Row = readonly [key: string, label: string, value: ReactNode];

/** Everything recorded about a risk, as a summary list. */
export function RiskDetails({ risk }: { risk: RiskDetailsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows: Row[] = [
    ['kind', t('risks.details.kind'), RISK_KIND_LABELS[risk.kind][language]],
    ['state', t('risks.details.state'), RISK_STATE_LABELS[risk.state][language]],
    ['description', t('risks.details.description'), <OptionalText value={risk.description} />],
    ...(risk.kind === 'ISSUE'
      ? [['impact', t('risks.details.impact'), <OptionalText value={risk.impact} />] as Row]
      : []),
    ['category', t('risks.details.category'), RISK_CATEGORY_LABELS[risk.category][language]],
    ['owner', t('risks.details.owner'), risk.owner.name],
    [
      'areas',
      t('risks.details.areas'),
      <ul className="govuk-list">
        {risk.areas.map((area) => (
          <li key={area.id}>
            <Link to={`/areas/${area.number}`} className="govuk-link">
              {t('overview.areaNumber', { number: area.number })}:{' '}
              {localise(area.shortTitle, language)?.text ?? ''}
            </Link>
          </li>
        ))}
      </ul>,
    ],
    ['controls', t('risks.details.controls'), <OptionalText value={risk.controls} />],
    ['inherent', t('risks.details.inherent'), <RiskScoreLabel score={risk.inherent} />],
    ['current', t('risks.details.current'), <RiskScoreLabel score={risk.current} />],
    [
      'target',
      t('risks.details.target'),
      risk.target ? (
        <>
          <RiskScoreLabel score={risk.target} />{' '}
          {t('risks.targetBy', { date: formatDate(risk.target.date, language) })}
        </>
      ) : (
        t('risks.noTarget')
      ),
    ],
    [
      'appetite',
      t('risks.details.appetite'),
      t(risk.aboveAppetite ? 'risks.details.appetiteAbove' : 'risks.details.appetiteWithin', {
        appetite: formatNumber(risk.appetite, language),
        category: RISK_CATEGORY_LABELS[risk.category][language],
      }),
    ],
    [
      'review',
      t('risks.details.nextReview'),
      risk.state === 'CLOSED' ? (
        t('risks.notReviewedClosed')
      ) : (
        <>
          <NextReviewLabel due={risk.nextReviewDue} overdue={risk.reviewOverdue} />{' '}
          {t('risks.details.every', { months: formatNumber(risk.reviewEveryMonths, language) })}
        </>
      ),
    ],
    [
      'escalation',
      t('risks.details.escalation'),
      risk.escalation ? (
        <>
          <p className="govuk-body">
            {t('risks.details.escalatedBy', {
              date: formatDate(risk.escalation.on, language),
              name: risk.escalatedBy?.name ?? '',
            })}
          </p>
          <OptionalText value={risk.escalation.reason} />
        </>
      ) : risk.awaitingEscalation ? (
        t('risks.details.awaitingEscalation')
      ) : (
        t('risks.details.notEscalated')
      ),
    ],
    ...(risk.closure
      ? [
          [
            'closure',
            t('risks.details.closure'),
            <>
              <p className="govuk-body">
                {t('risks.details.closedOn', { date: formatDate(risk.closure.on, language) })}
              </p>
              <OptionalText value={risk.closure.reason} />
            </>,
          ] as Row,
          ...(risk.kind === 'ISSUE'
            ? [
                [
                  'resolution',
                  t('risks.details.resolution'),
                  <OptionalText value={risk.closure.resolution} />,
                ] as Row,
              ]
            : []),
        ]
      : []),
  ];
  return (
    <dl className="govuk-summary-list">
      {rows.map(([key, label, value]) => (
        <div key={key} className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{label}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
