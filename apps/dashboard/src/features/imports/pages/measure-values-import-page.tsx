import { FIGURE_REPORTING } from '../../measures/hooks/use-can-report-figures';
import { RequirePermission } from '../../plans/components/require-permission';
import { SpreadsheetImport } from '../components/spreadsheet-import';

/** Measure owners and the operational group give many measures' figures at once from a sheet. */
export default function MeasureValuesImportPage() {
  return (
    <RequirePermission permission={FIGURE_REPORTING}>
      <SpreadsheetImport kind="measureValues" />
    </RequirePermission>
  );
}
