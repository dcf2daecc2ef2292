import { badUserInput, hasSomeLanguage } from '@cynnydd/server/core';
import { EngagementOutcome, OrganisationType, type BilingualText } from '@cynnydd/shared/domain';

/** What an engagement record is about: exactly one of these. */
export enum EngagementSubjectKind {
  ACTION = 'ACTION',
  MEASURE = 'MEASURE',
  RISK = 'RISK',
  PLAN = 'PLAN',
}

/** The record's column naming each kind of subject. */
export const SUBJECT_COLUMNS = {
  [EngagementSubjectKind.ACTION]: 'actionId',
  [EngagementSubjectKind.MEASURE]: 'measureId',
  [EngagementSubjectKind.RISK]: 'riskId',
  [EngagementSubjectKind.PLAN]: 'planId',
} as const;

export type SubjectColumn = (typeof SUBJECT_COLUMNS)[EngagementSubjectKind];

/** Social partners are trade unions and other partners, not the employers or government. */
export const SOCIAL_PARTNER_TYPES: readonly OrganisationType[] = [
  OrganisationType.TRADE_UNION,
  OrganisationType.OTHER,
];

/**
 * A compromise says what was agreed; no agreement says why and what happens next. Throws a
 * BAD_USER_INPUT naming the missing field.
 */
export function assertOutcomeExplained(
  outcome: EngagementOutcome,
  texts: {
    agreed?: Partial<BilingualText> | null;
    disagreement?: Partial<BilingualText> | null;
    nextSteps?: Partial<BilingualText> | null;
  },
): void {
  if (outcome === EngagementOutcome.COMPROMISE && !hasSomeLanguage(texts.agreed)) {
    throw badUserInput('agreed', 'a compromise is recorded with what was agreed');
  }
  if (outcome === EngagementOutcome.NO_AGREEMENT) {
    if (!hasSomeLanguage(texts.disagreement)) {
      throw badUserInput('disagreement', 'no agreement is recorded with why');
    }
    if (!hasSomeLanguage(texts.nextSteps)) {
      throw badUserInput('nextSteps', 'no agreement is recorded with what happens next');
    }
  }
}

/** The subject of a record, from whichever of its columns is set. */
export function subjectOf(record: Record<SubjectColumn, string | null>): {
  kind: EngagementSubjectKind;
  id: string;
} {
  for (const kind of Object.values(EngagementSubjectKind)) {
    const id = record[SUBJECT_COLUMNS[kind]];
    if (id) return { kind, id };
  }
  // The table's CHECK constraint makes this unreachable.
  throw new Error('Engagement record without a subject');
}
