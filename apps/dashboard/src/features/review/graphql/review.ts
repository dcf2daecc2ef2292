import { graphql } from '../../../gql';

export const FOLLOW_UP_FIELDS = graphql(`
  fragment FollowUpFields on FollowUp {
    id
    version
    title {
      en
      cy
    }
    owner {
      id
      name
    }
    dueDate
    completedOn
    isOverdue
  }
`);

export const REPORT_REVIEW = graphql(`
  query ReportReview($id: ID!) {
    report(id: $id) {
      id
      review {
        id
        kind
        text {
          en
          cy
        }
        authorName
        createdAt
        action {
          id
          reference
          title {
            en
            cy
          }
        }
        followUps {
          ...FollowUpFields
        }
      }
    }
  }
`);

export const REVIEW_PEOPLE = graphql(`
  query ReviewPeople {
    people {
      id
      name
      organisation {
        id
        code
      }
    }
  }
`);

export const ADD_REVIEW_ENTRY = graphql(`
  mutation AddReviewEntry($input: AddReviewEntryInput!) {
    addReviewEntry(input: $input) {
      id
    }
  }
`);

export const FOLLOW_UPS = graphql(`
  query FollowUps {
    followUps {
      ...FollowUpFields
      decision {
        id
        text {
          en
          cy
        }
        report {
          id
          audience
          edition
          reportingPeriod {
            id
            label
          }
        }
      }
    }
  }
`);

export const MY_PERSON = graphql(`
  query MyPerson {
    me {
      id
      person {
        id
      }
    }
  }
`);

export const COMPLETE_FOLLOW_UP = graphql(`
  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {
    completeFollowUp(input: $input) {
      ...FollowUpFields
    }
  }
`);
