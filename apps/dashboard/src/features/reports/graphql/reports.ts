import { graphql } from '../../../gql';

export const REPORT_SUMMARY_FIELDS = graphql(`
  fragment ReportSummaryFields on Report {
    id
    audience
    edition
    state
    issuedAt
    createdAt
    version
    reportingPeriod {
      id
      label
      startDate
    }
  }
`);

export const REPORTS = graphql(`
  query Reports($filter: ReportFilter) {
    reports(filter: $filter) {
      ...ReportSummaryFields
    }
  }
`);

export const REPORT_FORM_OPTIONS = graphql(`
  query ReportFormOptions {
    reportingPeriods {
      id
      label
      state
    }
  }
`);

// Each list takes only the fields the page draws: the draft's content is large (every action,
// measure and risk), and the exports, built on the server, have the rest.
export const REPORT_ACTION_LINE_FIELDS = graphql(`
  fragment ReportActionLineFields on ReportActionLine {
    actionId
    reference
    title {
      en
      cy
    }
    leadOrganisation
    owners
    dueDate
    rag
    percentComplete
  }
`);

/**
 * An exception: what an action's owners say about it. The rest of its line is in `actions`,
 * which the page joins it to (report-content.ts), as it does the other lists that repeat lines.
 */
export const REPORT_EXCEPTION_FIELDS = graphql(`
  fragment ReportExceptionFields on ReportActionLine {
    actionId
    commentary {
      en
      cy
    }
    risks {
      en
      cy
    }
    nextSteps {
      en
      cy
    }
  }
`);

export const REPORT_MOVE_FIELDS = graphql(`
  fragment ReportMoveFields on ReportMove {
    actionId
    reference
    title {
      en
      cy
    }
    previous
    current
  }
`);

export const REPORT_MILESTONE_FIELDS = graphql(`
  fragment ReportMilestoneFields on ReportMilestone {
    actionReference
    actionTitle {
      en
      cy
    }
    title {
      en
      cy
    }
    dueDate
    completedOn
  }
`);

export const REPORT_RISK_FIELDS = graphql(`
  fragment ReportRiskFields on ReportRisk {
    riskId
    reference
    title {
      en
      cy
    }
    category
    owner
    current {
      score
      band
    }
    target {
      score
      band
    }
    appetite
    aboveAppetite
    escalatedOn
    previous {
      score
    }
    trend
  }
`);

/** A measure's line in the scorecard. */
export const REPORT_MEASURE_FIELDS = graphql(`
  fragment ReportMeasureFields on ReportMeasure {
    measureId
    reference
    name {
      en
      cy
    }
    unit
    latest {
      periodLabel {
        en
        cy
      }
      value
      target
      quality
      revised
      rag
    }
    trend {
      sincePrevious
    }
  }
`);

/** A measure off target: its scorecard line, why, what its owners say and recent figures. */
export const REPORT_MEASURE_OFF_TARGET_FIELDS = graphql(`
  fragment ReportMeasureOffTargetFields on ReportMeasure {
    ...ReportMeasureFields
    latest {
      ragExplanation {
        en
        cy
      }
      commentary {
        en
        cy
      }
    }
    trend {
      sinceBaseline
    }
    recent {
      periodLabel {
        en
        cy
      }
      periodEnd
      value
      target
    }
  }
`);

export const COVER_SHEET_FIELDS = graphql(`
  fragment CoverSheetFields on CoverSheet {
    meetingName {
      en
      cy
    }
    meetingDate
    agendaItem
    author
    executiveSponsor
    presenter
    purpose
    recommendation {
      en
      cy
    }
    summary {
      en
      cy
    }
    strategicObjectives {
      en
      cy
    }
    impacts {
      impact
      text {
        en
        cy
      }
    }
  }
`);

/**
 * A report's cover, summary and RAG counts: drawn on the server with the page (ADR 20) and kept
 * in the cache. Its lists (`REPORT_LISTS`) follow.
 */
export const REPORT = graphql(`
  query Report($id: ID!) {
    report(id: $id) {
      ...ReportSummaryFields
      coverSheet {
        ...CoverSheetFields
      }
      content {
        audience
        asOf
        period {
          label
          startDate
          endDate
        }
        planTitle {
          en
          cy
        }
        executiveSummary {
          en
          cy
        }
        overall {
          ...RagCountFields
        }
        areas {
          number
          title {
            en
            cy
          }
          shortTitle {
            en
            cy
          }
          counts {
            ...RagCountFields
          }
        }
      }
    }
  }
`);

/**
 * A report's lists, from its movement to its appendix of every action: a draft on a large plan
 * lists every action, measure and risk (1.8 MB), which took Apollo's cache more than half a
 * second to store and read back. Not kept in the cache; asked for beside the report's head.
 */
export const REPORT_LISTS = graphql(`
  query ReportLists($id: ID!) {
    report(id: $id) {
      id
      content {
        movement {
          sincePeriod
          sinceReportId
          improved {
            ...ReportMoveFields
          }
          worsened {
            ...ReportMoveFields
          }
          completed {
            ...ReportMoveFields
          }
          newlyRed {
            ...ReportMoveFields
          }
        }
        exceptions {
          ...ReportExceptionFields
        }
        measures {
          endedBy
          counts {
            red
            amber
            green
            contextual
            noFigure
            total
          }
          measures {
            ...ReportMeasureFields
          }
          offTarget {
            ...ReportMeasureOffTargetFields
          }
        }
        risks {
          asAt
          since
          sincePeriod
          bands {
            band
            count
          }
          heatMap {
            likelihood
            consequence
            count
          }
          risks {
            ...ReportRiskFields
          }
          aboveAppetite {
            riskId
          }
          opened {
            riskId
          }
          closed {
            ...ReportRiskFields
          }
          worsened {
            riskId
          }
          improved {
            riskId
          }
        }
        milestonesMissed {
          ...ReportMilestoneFields
        }
        milestonesDueNext {
          ...ReportMilestoneFields
        }
        themes {
          theme
          counts {
            ...RagCountFields
          }
        }
        goalContribution {
          goal
          actions {
            ...RagCountFields
          }
          measures {
            red
            amber
            green
            contextual
            noFigure
            total
          }
        }
        completed {
          actionId
        }
        actions {
          ...ReportActionLineFields
        }
      }
    }
  }
`);

export const CREATE_REPORT = graphql(`
  mutation CreateReport($input: CreateReportInput!) {
    createReport(input: $input) {
      ...ReportSummaryFields
    }
  }
`);

export const UPDATE_REPORT = graphql(`
  mutation UpdateReport($input: UpdateReportInput!) {
    updateReport(input: $input) {
      id
      version
    }
  }
`);

export const ISSUE_REPORT = graphql(`
  mutation IssueReport($input: ReportVersionInput!) {
    issueReport(input: $input) {
      ...ReportSummaryFields
    }
  }
`);

export const BOARD_PAPER_SETTINGS = graphql(`
  query BoardPaperSettings {
    boardPaperSettings {
      version
      layout
      classification {
        en
        cy
      }
      coverSheet {
        ...CoverSheetFields
      }
    }
  }
`);

export const UPDATE_BOARD_PAPER_SETTINGS = graphql(`
  mutation UpdateBoardPaperSettings($input: UpdateBoardPaperSettingsInput!) {
    updateBoardPaperSettings(input: $input) {
      version
    }
  }
`);
