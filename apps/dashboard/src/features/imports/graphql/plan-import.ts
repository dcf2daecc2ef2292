import { graphql } from '../../../gql';

export const PLAN_IMPORT_RESULT = graphql(`
  fragment PlanImportResult on PlanImport {
    fileName
    newCount
    changedCount
    unchangedCount
    errorCount
    imported
    rows {
      row
      reference
      status
      changes
      problems {
        cell
        message
      }
    }
  }
`);

export const PLAN_IMPORT_PREVIEW = graphql(`
  query PlanImportPreview($input: PlanImportInput!) {
    preview: planImportPreview(input: $input) {
      ...PlanImportResult
    }
  }
`);

export const IMPORT_PLAN = graphql(`
  mutation ImportPlan($input: PlanImportInput!) {
    imported: importPlan(input: $input) {
      ...PlanImportResult
    }
  }
`);

export const STATUS_UPDATE_IMPORT_PREVIEW = graphql(`
  query StatusUpdateImportPreview($input: PlanImportInput!) {
    preview: statusUpdateImportPreview(input: $input) {
      ...PlanImportResult
    }
  }
`);

export const IMPORT_STATUS_UPDATES = graphql(`
  mutation ImportStatusUpdates($input: PlanImportInput!) {
    imported: importStatusUpdates(input: $input) {
      ...PlanImportResult
    }
  }
`);

export const MEASURE_VALUE_IMPORT_PREVIEW = graphql(`
  query MeasureValueImportPreview($input: ImportFileInput!) {
    preview: measureValueImportPreview(input: $input) {
      ...PlanImportResult
    }
  }
`);

export const IMPORT_MEASURE_VALUES = graphql(`
  mutation ImportMeasureValues($input: ImportFileInput!) {
    imported: importMeasureValues(input: $input) {
      ...PlanImportResult
    }
  }
`);
