import type { MyActionsQueryVariables, ReportingRoundQuery } from '../../gql/graphql';

type Round = ReportingRoundQuery['currentReportingPeriod'];

/**
 * The person's actions in the round's plan year, as the my actions page and its preload both ask
 * for them; null until the round and the person are known (or when either is missing).
 */
export function myActionsVariables(
  round: Pick<NonNullable<Round>, 'id' | 'financialYear'> | null | undefined,
  personId: string | null | undefined,
): MyActionsQueryVariables | null {
  if (!round || !personId) return null;
  return { financialYear: round.financialYear, personId, reportingPeriodId: round.id };
}
