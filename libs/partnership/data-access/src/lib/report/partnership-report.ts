import { EngagementOutcome, type BilingualText, type IsoDate } from '@cynnydd/shared/domain';

import { EngagementSubjectKind } from '../engagement-rules';
import type { ForumRecord } from './forum-record';

/** One engagement of the year, as the report prints it. */
export interface ReportedEngagement {
  id: string;
  engagedOn: IsoDate;
  subjectKind: EngagementSubjectKind;
  /** "3.2", "M4.1", "R12" or the plan's year. */
  subjectReference: string;
  consultedOn: BilingualText;
  outcome: EngagementOutcome;
  agreed: BilingualText;
  disagreement: BilingualText;
  nextSteps: BilingualText;
  partners: { id: string; code: string; name: BilingualText }[];
}

export interface LatestSelfAssessment {
  forumId: string;
  forumName: BilingualText;
  assessedOn: IsoDate;
  average: number | null;
  statements: { text: BilingualText; score: number }[];
}

/** The annual social partnership report's figures, for the dashboard and the documents. */
export interface PartnershipReport {
  financialYear: string;
  from: IsoDate;
  to: IsoDate;
  engagements: ReportedEngagement[];
  bySubject: { subjectKind: EngagementSubjectKind; count: number }[];
  byPartner: { id: string; code: string; name: BilingualText; count: number }[];
  outcomes: { outcome: EngagementOutcome; count: number }[];
  /** Listed in full, oldest first. */
  compromises: ReportedEngagement[];
  noAgreements: ReportedEngagement[];
  forum: ForumRecord;
  selfAssessments: LatestSelfAssessment[];
}

/** Engagements counted by subject kind, by partner (most engaged first) and by outcome. */
export function summariseEngagements(engagements: readonly ReportedEngagement[]) {
  const count = <K>(keys: readonly K[], keyOf: (row: ReportedEngagement) => K) =>
    keys.map((key) => ({ key, count: engagements.filter((row) => keyOf(row) === key).length }));
  const partners = new Map<string, ReportedEngagement['partners'][number] & { count: number }>();
  for (const partner of engagements.flatMap((row) => row.partners)) {
    const seen = partners.get(partner.id) ?? { ...partner, count: 0 };
    partners.set(partner.id, { ...seen, count: seen.count + 1 });
  }
  return {
    bySubject: count(Object.values(EngagementSubjectKind), (row) => row.subjectKind).map(
      ({ key, count }) => ({ subjectKind: key, count }),
    ),
    byPartner: [...partners.values()].sort(
      (a, b) => b.count - a.count || a.code.localeCompare(b.code),
    ),
    outcomes: count(Object.values(EngagementOutcome), (row) => row.outcome).map(
      ({ key, count }) => ({ outcome: key, count }),
    ),
    compromises: engagements.filter((row) => row.outcome === EngagementOutcome.COMPROMISE),
    noAgreements: engagements.filter((row) => row.outcome === EngagementOutcome.NO_AGREEMENT),
  };
}
