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

export const AREA_TEXT_FIELDS = graphql(`
  fragment AreaTexts on StrategicArea {
    id
    number
    version
    title {
      en
      cy
    }
    shortTitle {
      en
      cy
    }
    description {
      en
      cy
    }
  }
`);

export const AREAS_FOR_EDITING = graphql(`
  query AreasForEditing {
    strategicAreas {
      ...AreaTexts
    }
  }
`);

export const UPDATE_STRATEGIC_AREA = graphql(`
  mutation UpdateStrategicArea($input: UpdateStrategicAreaInput!) {
    updateStrategicArea(input: $input) {
      ...AreaTexts
    }
  }
`);
