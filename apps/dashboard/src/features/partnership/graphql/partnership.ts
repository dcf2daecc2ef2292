import { graphql } from '../../../gql';

export const ENGAGEMENT_FIELDS = graphql(`
  fragment EngagementFields on EngagementRecord {
    id
    subjectKind
    subjectId
    engagedOn
    forumId
    meetingId
    outcome
    consultedOn {
      en
      cy
    }
    agreed {
      en
      cy
    }
    disagreement {
      en
      cy
    }
    nextSteps {
      en
      cy
    }
    partners {
      id
      code
      name {
        en
        cy
      }
    }
    version
  }
`);

/** How the social partners were engaged on one action, measure, risk or plan, newest first. */
export const SUBJECT_ENGAGEMENTS = graphql(`
  query SubjectEngagements($subjectKind: EngagementSubjectKind!, $subjectId: ID!) {
    engagementRecords(subjectKind: $subjectKind, subjectId: $subjectId) {
      ...EngagementFields
    }
  }
`);

/** The organisations a record can name as partners (the form keeps the social partners). */
export const PARTNER_CHOICES = graphql(`
  query PartnerChoices {
    organisations {
      id
      code
      type
      name {
        en
        cy
      }
    }
  }
`);

export const CREATE_ENGAGEMENT = graphql(`
  mutation CreateEngagementRecord($input: CreateEngagementRecordInput!) {
    createEngagementRecord(input: $input) {
      ...EngagementFields
    }
  }
`);

export const UPDATE_ENGAGEMENT = graphql(`
  mutation UpdateEngagementRecord($input: UpdateEngagementRecordInput!) {
    updateEngagementRecord(input: $input) {
      ...EngagementFields
    }
  }
`);

export const DELETE_ENGAGEMENT = graphql(`
  mutation DeleteEngagementRecord($id: ID!, $expectedVersion: Int!) {
    deleteEngagementRecord(id: $id, expectedVersion: $expectedVersion)
  }
`);

/** The plan approval check: the tagged actions, whether each was consulted on, and the waiver. */
export const PLAN_PARTNERSHIP_CHECK = graphql(`
  query PlanPartnershipCheck($financialYear: String!) {
    annualPlan(financialYear: $financialYear) {
      id
      state
      version
      partnershipWaiver {
        en
        cy
      }
    }
    actions(filter: { financialYear: $financialYear }, first: 100) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          reference
          title {
            en
            cy
          }
          needsPartnershipConsultation
          engagements {
            id
          }
        }
      }
    }
  }
`);

export const WAIVE_PARTNERSHIP_CONSULTATION = graphql(`
  mutation WaivePartnershipConsultation(
    $planId: ID!
    $reason: BilingualLongTextInput!
    $expectedVersion: Int
  ) {
    waivePartnershipConsultation(
      planId: $planId
      reason: $reason
      expectedVersion: $expectedVersion
    ) {
      id
      version
      partnershipWaiver {
        en
        cy
      }
    }
  }
`);

export const PARTNERSHIP_FORUMS = graphql(`
  query PartnershipForums {
    forums {
      id
      kind
      active
      name {
        en
        cy
      }
    }
    partnershipStatements {
      id
      version
      position
      active
      text {
        en
        cy
      }
    }
  }
`);

export const FORUM_ASSESSMENTS = graphql(`
  query ForumAssessments($forumId: ID!) {
    partnershipAssessments(forumId: $forumId) {
      id
      assessedOn
      meetingId
      average
      version
    }
    partnershipAssessmentComparison(forumId: $forumId) {
      assessments {
        id
        assessedOn
        average
      }
      statements {
        statement {
          id
          position
          text {
            en
            cy
          }
        }
        scores {
          assessmentId
          assessedOn
          score
        }
        latest
        change
      }
    }
    meetings(forumId: $forumId) {
      id
      startsAt
      title {
        en
        cy
      }
    }
  }
`);

export const RECORD_ASSESSMENT = graphql(`
  mutation RecordPartnershipAssessment($input: RecordPartnershipAssessmentInput!) {
    recordPartnershipAssessment(input: $input) {
      id
      assessedOn
      average
      version
    }
  }
`);

export const PARTNERSHIP_REPORT = graphql(`
  query PartnershipReport($year: String!) {
    partnershipReport(year: $year) {
      financialYear
      from
      to
      engagementCount
      bySubject {
        subjectKind
        count
      }
      byPartner {
        id
        code
        name {
          en
          cy
        }
        count
      }
      outcomes {
        outcome
        count
      }
      forumMeetings
      attendance {
        status
        count
      }
      commitments {
        status
        count
      }
    }
  }
`);

export const CREATE_STATEMENT = graphql(`
  mutation CreatePartnershipStatement($input: CreatePartnershipStatementInput!) {
    createPartnershipStatement(input: $input) {
      id
      version
    }
  }
`);

export const UPDATE_STATEMENT = graphql(`
  mutation UpdatePartnershipStatement($input: UpdatePartnershipStatementInput!) {
    updatePartnershipStatement(input: $input) {
      id
      version
    }
  }
`);
