import { graphql } from '../../../gql';

export const PUBLICATION_FIELDS = graphql(`
  fragment PublicationFields on Publication {
    id
    state
    number
    version
    introduction {
      en
      cy
    }
    areaSummaries {
      areaNumber
      summary {
        en
        cy
      }
    }
    excludedActionIds
    showOwnerNames
    includeMeasures
    publishedAt
    withdrawnAt
    withdrawalReason {
      en
      cy
    }
    addresses {
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
`);

/** Every publication, newest first, and the issued reports one could be made from. */
export const PUBLICATIONS = graphql(`
  query Publications {
    publications {
      ...PublicationFields
    }
    reports {
      id
      audience
      edition
      state
      reportingPeriod {
        id
        label
      }
    }
  }
`);

/** One publication with what its report holds: the areas to summarise and actions to choose. */
export const PUBLICATION = graphql(`
  query Publication($id: ID!) {
    publication(id: $id) {
      ...PublicationFields
      report {
        id
        content {
          areas {
            number
            title {
              en
              cy
            }
          }
          actions {
            actionId
            reference
            areaNumber
            rag
            title {
              en
              cy
            }
          }
        }
      }
    }
  }
`);

export const CREATE_PUBLICATION = graphql(`
  mutation CreatePublication($input: CreatePublicationInput!) {
    createPublication(input: $input) {
      id
    }
  }
`);

export const UPDATE_PUBLICATION = graphql(`
  mutation UpdatePublication($input: UpdatePublicationInput!) {
    updatePublication(input: $input) {
      ...PublicationFields
    }
  }
`);

export const PUBLISH_PUBLICATION = graphql(`
  mutation PublishPublication($input: PublicationVersionInput!) {
    publishPublication(input: $input) {
      ...PublicationFields
    }
  }
`);

export const WITHDRAW_PUBLICATION = graphql(`
  mutation WithdrawPublication($input: WithdrawPublicationInput!) {
    withdrawPublication(input: $input) {
      ...PublicationFields
    }
  }
`);

export const DELETE_PUBLICATION = graphql(`
  mutation DeletePublication($input: PublicationVersionInput!) {
    deletePublication(input: $input)
  }
`);
