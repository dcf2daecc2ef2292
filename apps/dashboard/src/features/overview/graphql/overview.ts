import { graphql } from '../../../gql';
import type { CurrentProgressSummaryQuery } from '../../../gql/graphql';

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

/** The current period and its summary in one request: the overview's only wait for data. */
export const PROGRESS_SUMMARY = graphql(`
  query CurrentProgressSummary {
    currentProgressSummary {
      asOf
      reportingPeriod {
        id
        label
        startDate
        endDate
        updateDeadline
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

/** The overview's summary of the current period. */
export type ProgressSummary = NonNullable<CurrentProgressSummaryQuery['currentProgressSummary']>;
