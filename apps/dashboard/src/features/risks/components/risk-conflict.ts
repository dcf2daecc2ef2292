import type { TFunction } from 'i18next';

import {
  localise,
  RISK_BAND_LABELS,
  RISK_STATE_LABELS,
  riskBand,
  RiskState,
  type Language,
} from '@cynnydd/shared/domain';

import type { RiskDetailsFragment } from '../../../gql/graphql';
import { formatDate, formatNumber } from '../../../i18n/format';
import type { ConflictRow } from '../../plans/components/conflict-summary';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the risk page shows of a risk's standing, read from a loaded risk or a conflict. */
interface Standing {
  title: string;
  score: string;
  state: string;
  escalation: string;
}

export type StandingField = keyof Standing;

/** "12 (High)": a score and its band in words. */
export function scoreText(score: number, language: Language): string {
  return `${formatNumber(score, language)} (${RISK_BAND_LABELS[riskBand(score)][language]})`;
}

function standingOf(
  risk: {
    title: unknown;
    current: unknown;
    state: unknown;
    escalation: unknown;
  },
  t: TFunction,
  language: Language,
): Standing {
  const title = isRecord(risk.title)
    ? localise(
        {
          en: typeof risk.title['en'] === 'string' ? risk.title['en'] : null,
          cy: typeof risk.title['cy'] === 'string' ? risk.title['cy'] : null,
        },
        language,
      )?.text
    : undefined;
  const current = isRecord(risk.current) ? risk.current : {};
  const score =
    typeof current['likelihood'] === 'number' && typeof current['consequence'] === 'number'
      ? scoreText(current['likelihood'] * current['consequence'], language)
      : '';
  const state = risk.state === 'CLOSED' ? RiskState.CLOSED : RiskState.OPEN;
  const escalation =
    isRecord(risk.escalation) && typeof risk.escalation['on'] === 'string'
      ? t('risks.escalatedOn', { date: formatDate(risk.escalation['on'], language) })
      : t('risks.no');
  return { title: title ?? '', score, state: RISK_STATE_LABELS[state][language], escalation };
}

/**
 * What someone else changed in the risk since this user loaded it (title, current score, open or
 * closed, escalation), with their value and what this user's change would make it.
 */
export function riskConflictRows(
  loaded: RiskDetailsFragment,
  current: Record<string, unknown>,
  yours: Partial<Standing>,
  t: TFunction,
  language: Language,
): ConflictRow[] {
  const before = standingOf(loaded, t, language);
  const theirs = standingOf(
    {
      title: current['title'],
      current: current['current'],
      state: current['state'],
      escalation: current['escalation'],
    },
    t,
    language,
  );
  const labels: Record<StandingField, string> = {
    title: t('risks.form.title'),
    score: t('risks.details.current'),
    state: t('risks.details.state'),
    escalation: t('risks.details.escalation'),
  };
  return (Object.keys(labels) as StandingField[])
    .filter((field) => before[field] !== theirs[field] || yours[field] !== undefined)
    .map((field) => ({
      label: labels[field],
      theirs: theirs[field],
      yours: yours[field] ?? before[field],
    }));
}
