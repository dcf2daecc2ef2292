import { useParams } from 'react-router';

import { Permission } from '@cynnydd/shared/domain';

import { RequirePermission } from '../../plans/components/require-permission';
import { SpreadsheetImport } from '../components/spreadsheet-import';

/** The programme office brings a plan's past status updates in from Excel or CSV. */
export default function StatusUpdateImportPage() {
  const { financialYear = '' } = useParams();
  return (
    <RequirePermission permission={Permission.MANAGE_PLANS}>
      <SpreadsheetImport kind="statusUpdates" financialYear={financialYear} />
    </RequirePermission>
  );
}
