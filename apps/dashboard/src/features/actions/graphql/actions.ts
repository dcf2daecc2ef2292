import { graphql } from '../../../gql';

/** How a risk is listed beside actions: its reference, title and current score. */
export const RISK_SUMMARY_FIELDS = graphql(`
  fragment RiskSummaryFields on Risk {
    id
    reference
    title {
      en
      cy
    }
    current {
      score
      band
    }
  }
`);

/** What the signed-in account may do and whose actions it reports on. */
export const MY_ACCOUNT = graphql(`
  query MyAccount {
    me {
      id
      permissions
      person {
        id
      }
    }
  }
`);

export const REPORTING_CONTEXT = graphql(`
  query ReportingContext {
    currentReportingPeriod {
      id
      label
      financialYear
      updateDeadline
    }
  }
`);

/**
 * The current round: the latest period that has started, whether it still takes updates, and
 * the measures' figures it still needs from the signed-in person.
 */
export const REPORTING_ROUND = graphql(`
  query ReportingRound {
    currentReportingPeriod {
      id
      label
      financialYear
      updateDeadline
      state
      closedAt
      figuresDue(mine: true) {
        measure {
          id
          reference
          name {
            en
            cy
          }
        }
        periodStart
        periodLabel {
          en
          cy
        }
      }
      riskReviewsDue(mine: true) {
        ...RiskSummaryFields
        nextReviewDue
      }
    }
  }
`);

/** What OverdueLabel needs to say what of an action is overdue. */
export const OVERDUE_FACTS = graphql(`
  fragment OverdueFacts on Action {
    isOverdue
    dueDate
    milestones {
      id
      title {
        en
        cy
      }
      dueDate
      completedOn
    }
  }
`);

/** The actions the person answers for: those they own and those they are delegated. */
export const MY_ACTIONS = graphql(`
  query MyActions($financialYear: String!, $personId: ID!, $reportingPeriodId: ID!) {
    actions(filter: { financialYear: $financialYear, responsiblePersonId: $personId }, first: 100) {
      totalCount
      edges {
        node {
          id
          reference
          title {
            en
            cy
          }
          currentStatus {
            id
            rag
          }
          statusInPeriod(reportingPeriodId: $reportingPeriodId) {
            id
          }
          ...OverdueFacts
        }
      }
    }
  }
`);

export const ACTION_FOR_UPDATE = graphql(`
  query ActionForUpdate($id: ID!) {
    action(id: $id) {
      id
      reference
      title {
        en
        cy
      }
      owners {
        id
      }
      delegates {
        id
      }
    }
  }
`);

export const SUBMIT_STATUS_UPDATE = graphql(`
  mutation SubmitStatusUpdate($input: SubmitStatusUpdateInput!) {
    submitStatusUpdate(input: $input) {
      id
      rag
      percentComplete
    }
  }
`);

/** Everything about one action: details, people, milestones and status history. */
export const ACTION_DETAILS = graphql(`
  query ActionDetails($id: ID!) {
    action(id: $id) {
      id
      reference
      title {
        en
        cy
      }
      description {
        en
        cy
      }
      area {
        id
        number
        title {
          en
          cy
        }
      }
      leadOrganisation
      startDate
      dueDate
      isOverdue
      themes
      wellBeingGoals
      waysOfWorking
      owners {
        id
        name
      }
      delegates {
        id
        name
      }
      milestones {
        id
        title {
          en
          cy
        }
        dueDate
        completedOn
      }
      risks {
        ...RiskSummaryFields
      }
      statusHistory {
        id
        rag
        percentComplete
        commentary {
          en
          cy
        }
        author {
          id
          name
        }
        risks {
          en
          cy
        }
        raisedRisks {
          id
          reference
          title {
            en
            cy
          }
        }
        submittedAt
        reportingPeriod {
          id
          label
          startDate
        }
      }
    }
  }
`);

/** The recorded changes to one action, newest first. */
export const ACTION_AUDIT_TRAIL = graphql(`
  query ActionAuditTrail($id: ID!) {
    auditTrail(entityType: "Action", entityId: $id) {
      id
      action
      actorEmail
      occurredAt
      changes {
        field
      }
    }
  }
`);
