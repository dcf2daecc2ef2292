import { graphql } from '../../../gql';

/** What a figure needs to be shown anywhere: its period, value, quality and RAG. */
export const MEASURE_FIGURE_FIELDS = graphql(`
  fragment MeasureFigure on MeasureValue {
    id
    periodStart
    periodEnd
    periodLabel {
      en
      cy
    }
    value
    quality
    revised
    target
    rag
  }
`);

/** The strategic areas, for the measures list's area filter. */
export const MEASURE_AREAS = graphql(`
  query MeasureAreas {
    strategicAreas {
      id
      number
      shortTitle {
        en
        cy
      }
    }
  }
`);

/** A measure in the list: its latest figure, trends and recent figures. */
export const MEASURE_ROW_FIELDS = graphql(`
  fragment MeasureRow on Measure {
    id
    reference
    name {
      en
      cy
    }
    unit
    direction
    frequency
    contextual
    areas {
      id
      number
      shortTitle {
        en
        cy
      }
    }
    latest {
      ...MeasureFigure
    }
    trend {
      sincePrevious
      sinceBaseline
    }
    recentFigures {
      periodStart
      periodLabel {
        en
        cy
      }
      value
    }
  }
`);

/**
 * A page of the measures, or of one area's or those tagged with some well-being goals, by
 * reference, with how many there are.
 */
export const MEASURE_PAGE = graphql(`
  query MeasurePage($areaId: ID, $wellBeingGoals: [WellBeingGoal!], $offset: Int!, $limit: Int!) {
    measurePage(areaId: $areaId, wellBeingGoals: $wellBeingGoals, offset: $offset, limit: $limit) {
      totalCount
      measures {
        ...MeasureRow
      }
    }
  }
`);

/** One measure in full: its definition, targets, every figure and what was revised. */
export const MEASURE_DETAILS = graphql(`
  query MeasureDetails($id: ID!) {
    measure(id: $id) {
      id
      reference
      name {
        en
        cy
      }
      definition {
        en
        cy
      }
      calculation {
        en
        cy
      }
      dataSource {
        en
        cy
      }
      unit
      direction
      frequency
      themes
      wellBeingGoals
      waysOfWorking
      contextual
      canReportFigures
      tolerance {
        amber
        red
      }
      baseline {
        value
        date
      }
      targets {
        financialYear
        value
      }
      owner {
        id
        name
      }
      areas {
        id
        number
        shortTitle {
          en
          cy
        }
      }
      trend {
        sincePrevious
        sinceBaseline
      }
      values {
        ...MeasureFigure
        ragExplanation {
          en
          cy
        }
        commentary {
          en
          cy
        }
        notAvailableReason {
          en
          cy
        }
        breakdowns {
          label {
            en
            cy
          }
          value
        }
      }
      revisions {
        ...MeasureFigure
        submittedAt
        author {
          id
          name
        }
      }
      actions {
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
      }
    }
  }
`);

/** What the figure form needs: the measure's frequency and unit and each period's figure. */
export const MEASURE_FOR_REPORT = graphql(`
  query MeasureForReport($id: ID!) {
    measure(id: $id) {
      id
      reference
      name {
        en
        cy
      }
      unit
      frequency
      canReportFigures
      targets {
        financialYear
      }
      values {
        ...MeasureFigure
        submittedAt
        author {
          id
          name
        }
      }
    }
  }
`);

export const SUBMIT_MEASURE_VALUE = graphql(`
  mutation SubmitMeasureValue($input: SubmitMeasureValueInput!) {
    submitMeasureValue(input: $input) {
      ...MeasureFigure
    }
  }
`);

/** The overview's measures section: counts by RAG and the measures that worsened. */
export const MEASURES_SUMMARY = graphql(`
  query MeasuresSummary {
    measuresSummary {
      counts {
        red
        amber
        green
        contextual
        noFigure
        total
      }
      worsened {
        id
        reference
        name {
          en
          cy
        }
        unit
        latest {
          ...MeasureFigure
        }
      }
    }
  }
`);

/** The choices the measure form offers: the strategic areas and the people who may own one. */
export const MEASURE_FORM_OPTIONS = graphql(`
  query MeasureFormOptions {
    strategicAreas {
      id
      number
      title {
        en
        cy
      }
    }
    people {
      id
      name
      email
    }
  }
`);

/** A measure's editable fields, at the version loaded. */
export const MEASURE_FOR_EDIT = graphql(`
  query MeasureForEdit($id: ID!) {
    measure(id: $id) {
      ...EditableMeasure
    }
  }
`);

export const EDITABLE_MEASURE_FIELDS = graphql(`
  fragment EditableMeasure on Measure {
    id
    version
    reference
    name {
      en
      cy
    }
    definition {
      en
      cy
    }
    calculation {
      en
      cy
    }
    dataSource {
      en
      cy
    }
    unit
    direction
    frequency
    themes
    wellBeingGoals
    waysOfWorking
    owner {
      id
    }
    areas {
      id
    }
    tolerance {
      amber
      red
    }
    baseline {
      value
      date
    }
    targets {
      financialYear
      value
    }
  }
`);

export const CREATE_MEASURE = graphql(`
  mutation CreateMeasure($input: CreateMeasureInput!) {
    createMeasure(input: $input) {
      id
      reference
    }
  }
`);

export const UPDATE_MEASURE = graphql(`
  mutation UpdateMeasure($input: UpdateMeasureInput!) {
    updateMeasure(input: $input) {
      ...EditableMeasure
    }
  }
`);
