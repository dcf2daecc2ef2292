import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';
import { AttendanceStatus, CommitmentStatus, EngagementOutcome } from '@cynnydd/shared/domain';

import { EngagementSubjectKind } from '../engagement-rules';
import type { PartnershipReport, ReportedEngagement } from './partnership-report';

@ObjectType('PartnershipSubjectCount')
class SubjectCountModel {
  @Field(() => EngagementSubjectKind)
  subjectKind!: EngagementSubjectKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType('PartnershipPartnerCount')
class PartnerCountModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field(() => BilingualTextModel)
  name!: BilingualTextModel;

  @Field(() => Int, { description: 'Engagements it took part in.' })
  count!: number;
}

@ObjectType('PartnershipOutcomeCount')
class OutcomeCountModel {
  @Field(() => EngagementOutcome)
  outcome!: EngagementOutcome;

  @Field(() => Int)
  count!: number;
}

@ObjectType('PartnershipAttendanceCount')
class AttendanceCountModel {
  @Field(() => AttendanceStatus)
  status!: AttendanceStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType('PartnershipCommitmentCount')
class CommitmentCountModel {
  @Field(() => CommitmentStatus)
  status!: CommitmentStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType('PartnershipReportEngagement')
class ReportedEngagementModel {
  @Field(() => ID)
  id!: string;

  @Field()
  engagedOn!: string;

  @Field(() => EngagementSubjectKind)
  subjectKind!: EngagementSubjectKind;

  @Field({ description: '"3.2", "M4.1", "R12" or the plan\'s year.' })
  subjectReference!: string;

  @Field(() => BilingualTextModel)
  consultedOn!: BilingualTextModel;

  @Field(() => EngagementOutcome)
  outcome!: EngagementOutcome;

  @Field(() => BilingualTextModel)
  agreed!: BilingualTextModel;

  @Field(() => BilingualTextModel)
  disagreement!: BilingualTextModel;

  @Field(() => BilingualTextModel)
  nextSteps!: BilingualTextModel;

  @Field(() => [String], { description: 'The partners’ codes.' })
  partnerCodes!: string[];
}

@ObjectType('PartnershipStatementScore')
class StatementScoreModel {
  @Field(() => BilingualTextModel)
  text!: BilingualTextModel;

  @Field(() => Int)
  score!: number;
}

@ObjectType('PartnershipLatestSelfAssessment')
class LatestSelfAssessmentModel {
  @Field(() => ID)
  forumId!: string;

  @Field(() => BilingualTextModel)
  forumName!: BilingualTextModel;

  @Field()
  assessedOn!: string;

  @Field(() => Float, { nullable: true })
  average!: number | null;

  @Field(() => [StatementScoreModel])
  statements!: StatementScoreModel[];
}

@ObjectType('PartnershipReport', {
  description: 'The annual social partnership report’s figures for a financial year.',
})
export class PartnershipReportModel {
  @Field({ description: 'e.g. "2025-26".' })
  financialYear!: string;

  @Field({ description: '1 April.' })
  from!: string;

  @Field({ description: '31 March.' })
  to!: string;

  @Field(() => Int)
  engagementCount!: number;

  @Field(() => [SubjectCountModel])
  bySubject!: SubjectCountModel[];

  @Field(() => [PartnerCountModel], { description: 'Most engaged first.' })
  byPartner!: PartnerCountModel[];

  @Field(() => [OutcomeCountModel])
  outcomes!: OutcomeCountModel[];

  @Field(() => [ReportedEngagementModel], { description: 'Oldest first.' })
  compromises!: ReportedEngagementModel[];

  @Field(() => [ReportedEngagementModel], { description: 'Oldest first.' })
  noAgreements!: ReportedEngagementModel[];

  @Field(() => Int, { description: 'Social partnership forum meetings (not cancelled).' })
  forumMeetings!: number;

  @Field(() => [AttendanceCountModel], { description: 'At those meetings.' })
  attendance!: AttendanceCountModel[];

  @Field(() => [CommitmentCountModel], { description: 'Made at those meetings, as at today.' })
  commitments!: CommitmentCountModel[];

  @Field(() => [LatestSelfAssessmentModel], {
    description: "Each social partnership forum's latest self-assessment in the year.",
  })
  selfAssessments!: LatestSelfAssessmentModel[];
}

function toReportedEngagementModel(row: ReportedEngagement): ReportedEngagementModel {
  return {
    ...row,
    consultedOn: toBilingualModel(row.consultedOn),
    agreed: toBilingualModel(row.agreed),
    disagreement: toBilingualModel(row.disagreement),
    nextSteps: toBilingualModel(row.nextSteps),
    partnerCodes: row.partners.map((partner) => partner.code),
  };
}

export function toPartnershipReportModel(report: PartnershipReport): PartnershipReportModel {
  return {
    financialYear: report.financialYear,
    from: report.from,
    to: report.to,
    engagementCount: report.engagements.length,
    bySubject: report.bySubject,
    byPartner: report.byPartner.map((row) => ({ ...row, name: toBilingualModel(row.name) })),
    outcomes: report.outcomes,
    compromises: report.compromises.map(toReportedEngagementModel),
    noAgreements: report.noAgreements.map(toReportedEngagementModel),
    forumMeetings: report.forum.meetings,
    attendance: Object.values(AttendanceStatus).map((status) => ({
      status,
      count: report.forum.attendance[status],
    })),
    commitments: Object.values(CommitmentStatus).map((status) => ({
      status,
      count: report.forum.commitments[status],
    })),
    selfAssessments: report.selfAssessments.map((row) => ({
      ...row,
      forumName: toBilingualModel(row.forumName),
      statements: row.statements.map((statement) => ({
        text: toBilingualModel(statement.text),
        score: statement.score,
      })),
    })),
  };
}
