import { useTranslation } from 'react-i18next';

import { RISK_BAND_LABELS, RiskBand } from '@cynnydd/shared/domain';

import { formatDate, formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';
import { RISK_BAND_COLOURS } from './risk-band-colours';

/** A score's band as a tag in its colour, with its name: never the colour alone. */
export function RiskBandTag({ band }: { band: keyof typeof RiskBand }) {
  const language = useLanguage();
  const colours = RISK_BAND_COLOURS[RiskBand[band]];
  return (
    <strong
      className="govuk-tag app-risk-band"
      style={{ backgroundColor: colours.fill, color: colours.text }}
    >
      {RISK_BAND_LABELS[RiskBand[band]][language]}
    </strong>
  );
}

/** "16" then its band: a score as the register and risk page show it. */
export function RiskScoreLabel({
  score,
}: {
  score: { score: number; band: keyof typeof RiskBand };
}) {
  const language = useLanguage();
  return (
    <>
      <span className="app-risk-score">{formatNumber(score.score, language)}</span>{' '}
      <RiskBandTag band={score.band} />
    </>
  );
}

export type ScoreMovement = { kind: 'none' } | { kind: 'up' | 'down' | 'same'; previous: number };

/** How the current score compares with the one before the latest review. */
export function scoreMovement(
  current: { score: number },
  previous: { score: number } | null | undefined,
): ScoreMovement {
  if (!previous) return { kind: 'none' };
  const kind =
    current.score > previous.score ? 'up' : current.score < previous.score ? 'down' : 'same';
  return { kind, previous: previous.score };
}

const MOVEMENT_ICONS = { up: '↑', down: '↓', same: '→' } as const;

/** The movement since the previous review in words, with an arrow beside it for the eye. */
export function ScoreMovementLabel({ movement }: { movement: ScoreMovement }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (movement.kind === 'none') return <>{t('risks.movement.none')}</>;
  return (
    <>
      <span aria-hidden="true">{MOVEMENT_ICONS[movement.kind]} </span>
      {t(`risks.movement.${movement.kind}`, {
        previous: formatNumber(movement.previous, language),
      })}
    </>
  );
}

/** The next review's date, and "overdue" in words once it has passed. */
export function NextReviewLabel({ due, overdue }: { due: string; overdue: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      {formatDate(due, language)}
      {overdue && (
        <>
          {' '}
          <strong className="govuk-tag govuk-tag--red">{t('risks.overdue')}</strong>
        </>
      )}
    </>
  );
}
