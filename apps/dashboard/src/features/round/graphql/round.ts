import { graphql } from '../../../gql';

export const ROUND_PROGRESS_FIELDS = graphql(`
  fragment RoundProgressFields on RoundProgress {
    expected
    updated
    outstanding
  }
`);

/**
 * A round's figures: the totals, by area and by organisation (a few dozen rows). Drawn on the
 * server with the page (ADR 20) and kept in the cache.
 */
export const ROUND_SUMMARY = graphql(`
  query UpdateRoundSummary($reportingPeriodId: ID!) {
    updateRound(reportingPeriodId: $reportingPeriodId) {
      reportingPeriod {
        id
        label
        state
        closedAt
        updateDeadline
      }
      overall {
        ...RoundProgressFields
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
        progress {
          ...RoundProgressFields
        }
      }
      organisations {
        organisation {
          id
          code
          name {
            en
            cy
          }
        }
        progress {
          ...RoundProgressFields
        }
      }
      figures {
        overall {
          ...RoundProgressFields
        }
      }
      riskReviews {
        overall {
          ...RoundProgressFields
        }
      }
    }
  }
`);

/**
 * A round's lists: every owner and everything still outstanding (thousands of rows on a large
 * programme), asked for beside the figures and never kept in the cache.
 */
export const ROUND_LISTS = graphql(`
  query UpdateRoundLists($reportingPeriodId: ID!) {
    updateRound(reportingPeriodId: $reportingPeriodId) {
      people {
        person {
          id
          name
        }
        progress {
          ...RoundProgressFields
        }
      }
      outstandingActions {
        id
        reference
        title {
          en
          cy
        }
        owners {
          id
          name
        }
      }
      figures {
        people {
          person {
            id
            name
          }
          progress {
            ...RoundProgressFields
          }
        }
        outstanding {
          measure {
            id
            reference
            name {
              en
              cy
            }
            owner {
              id
              name
            }
          }
          periodStart
          periodLabel {
            en
            cy
          }
          given
        }
      }
      riskReviews {
        people {
          person {
            id
            name
          }
          progress {
            ...RoundProgressFields
          }
        }
        outstanding {
          ...RiskSummaryFields
          nextReviewDue
          owner {
            id
            name
          }
        }
      }
    }
  }
`);

export const SEND_UPDATE_REMINDERS = graphql(`
  mutation SendUpdateReminders($reportingPeriodId: ID!) {
    sendUpdateReminders(reportingPeriodId: $reportingPeriodId) {
      peopleReminded
      actionsOutstanding
      figuresOutstanding
      riskReviewsOutstanding
    }
  }
`);
