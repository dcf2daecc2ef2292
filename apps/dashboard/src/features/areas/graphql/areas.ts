import { graphql } from '../../../gql';

/** A strategic area's number, title and description. */
export const STRATEGIC_AREA = graphql(`
  query StrategicArea($number: Int!) {
    strategicArea(number: $number) {
      id
      number
      title {
        en
        cy
      }
      description {
        en
        cy
      }
    }
  }
`);

/** The actions of an area in a plan year, filtered and sorted. */
export const AREA_ACTIONS = graphql(`
  query AreaActions($filter: ActionFilter!, $sort: ActionSort) {
    actions(filter: $filter, sort: $sort, first: 100) {
      totalCount
      edges {
        node {
          id
          reference
          title {
            en
            cy
          }
          leadOrganisation
          owners {
            id
            name
          }
          currentStatus {
            id
            rag
          }
          ...OverdueFacts
        }
      }
    }
  }
`);
