import { graphql } from '../../../gql';

export const ROUND_PROGRESS_FIELDS = graphql(`
  fragment RoundProgressFields on RoundProgress {
    expected
    updated
    outstanding
  }
`);

export const UPDATE_ROUND = graphql(`
  query UpdateRound($reportingPeriodId: ID!) {
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
        overall {
          ...RoundProgressFields
        }
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
        overall {
          ...RoundProgressFields
        }
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
