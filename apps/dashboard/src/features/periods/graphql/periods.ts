import { graphql } from '../../../gql';

export const PERIOD_FIELDS = graphql(`
  fragment PeriodFields on ReportingPeriod {
    id
    label
    financialYear
    quarter
    startDate
    endDate
    updateDeadline
    state
    closedAt
    reopenReason
    version
  }
`);

/** Every reporting period, newest first. */
export const REPORTING_PERIODS = graphql(`
  query ReportingPeriods {
    reportingPeriods {
      ...PeriodFields
    }
  }
`);

export const CREATE_REPORTING_PERIOD = graphql(`
  mutation CreateReportingPeriod($input: CreateReportingPeriodInput!) {
    createReportingPeriod(input: $input) {
      ...PeriodFields
    }
  }
`);

export const CLOSE_REPORTING_PERIOD = graphql(`
  mutation CloseReportingPeriod($input: ReportingPeriodVersionInput!) {
    closeReportingPeriod(input: $input) {
      ...PeriodFields
    }
  }
`);

export const REOPEN_REPORTING_PERIOD = graphql(`
  mutation ReopenReportingPeriod($input: ReopenReportingPeriodInput!) {
    reopenReportingPeriod(input: $input) {
      ...PeriodFields
    }
  }
`);

export const UPDATE_REPORTING_PERIOD = graphql(`
  mutation UpdateReportingPeriod($input: UpdateReportingPeriodInput!) {
    updateReportingPeriod(input: $input) {
      ...PeriodFields
    }
  }
`);
