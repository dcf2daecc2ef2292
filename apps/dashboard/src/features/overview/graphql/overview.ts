import { graphql } from '../../../gql';

export const CURRENT_REPORTING_PERIOD = graphql(`
  query CurrentReportingPeriod {
    currentReportingPeriod {
      id
      label
      startDate
      endDate
      updateDeadline
    }
  }
`);

export const RAG_COUNT_FIELDS = graphql(`
  fragment RagCountFields on RagCounts {
    red
    amber
    green
    notStarted
    complete
    noUpdate
    total
  }
`);

export const RAG_MOVEMENT_COUNT_FIELDS = graphql(`
  fragment RagMovementCountFields on RagMovementCounts {
    improved
    worsened
    unchanged
    newlyRed
    newlyComplete
    notCompared
  }
`);

export const PROGRESS_SUMMARY = graphql(`
  query ProgressSummary($reportingPeriodId: ID!) {
    progressSummary(reportingPeriodId: $reportingPeriodId) {
      asOf
      reportingPeriod {
        id
        state
        closedAt
      }
      plan {
        id
        financialYear
      }
      overall {
        ...RagCountFields
      }
      areas {
        area {
          id
          number
          shortTitle {
            en
            cy
          }
        }
        counts {
          ...RagCountFields
        }
        movement {
          ...RagMovementCountFields
        }
      }
      movement {
        previousPeriod {
          id
          label
        }
        counts {
          ...RagMovementCountFields
        }
        changes {
          action {
            id
            reference
            title {
              en
              cy
            }
          }
          previous
          current
          direction
        }
      }
      overdueMilestones {
        id
        dueDate
        title {
          en
          cy
        }
        action {
          id
          reference
        }
      }
      actionsWithoutUpdate {
        id
        reference
        title {
          en
          cy
        }
      }
    }
  }
`);
