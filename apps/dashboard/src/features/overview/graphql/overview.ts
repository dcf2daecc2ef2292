import { graphql } from '../../../gql';
import type { CurrentProgressListsQuery, CurrentProgressSummaryQuery } from '../../../gql/graphql';

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

/** The current period and its summary's figures in one request: the overview's first wait for data. */
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
      }
    }
  }
`);

/**
 * The summary's lists of actions and milestones, asked for apart: hundreds of them on a large
 * programme (125 KB), they would make the overview drawn on the server (ADR 20) slow to arrive
 * and to take over, and they are below the figures.
 */
export const PROGRESS_LISTS = graphql(`
  query CurrentProgressLists {
    currentProgressSummary {
      movement {
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

/** The summary's lists: the actions that moved, overdue milestones, actions without an update. */
export type ProgressLists = NonNullable<CurrentProgressListsQuery['currentProgressSummary']>;
