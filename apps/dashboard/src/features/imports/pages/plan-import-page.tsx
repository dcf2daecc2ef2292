import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Permission } from '@cynnydd/shared/domain';

import { RequirePermission } from '../../plans/components/require-permission';
import { SpreadsheetImport } from '../components/spreadsheet-import';

/** The programme office brings a plan's actions in from Excel or CSV: check, then import. */
export default function PlanImportPage() {
  const { t } = useTranslation();
  const { financialYear = '' } = useParams();
  return (
    <RequirePermission permission={Permission.MANAGE_PLANS}>
      <SpreadsheetImport kind="plan" financialYear={financialYear} />
      <p className="govuk-body">
        <Link className="govuk-link" to={`/plans/${financialYear}/import-updates`}>
          {t('imports.statusUpdates.link')}
        </Link>
      </p>
    </RequirePermission>
  );
}
