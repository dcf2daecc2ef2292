import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Permission, ROLE_PERMISSIONS } from '@cynnydd/shared/domain';

import { Loading } from '../../../ui/loading';
import { usePageTitle } from '../../../ui/use-page-title';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { NoAccess } from '../../plans/components/require-permission';

/** The administration pages, each listed for the roles that may use it. */
const SECTIONS = [
  { key: 'accounts', to: '/admin/accounts', permission: Permission.MANAGE_USERS },
  { key: 'people', to: '/admin/people', permission: Permission.MANAGE_REFERENCE_DATA },
  {
    key: 'organisations',
    to: '/admin/organisations',
    permission: Permission.MANAGE_REFERENCE_DATA,
  },
  { key: 'areas', to: '/admin/areas', permission: Permission.MANAGE_REFERENCE_DATA },
  { key: 'auditLog', to: '/admin/audit', permission: Permission.READ_AUDIT_LOG },
] as const;

/** The hub of the administration pages: the ones the signed-in role may use. */
export default function AdminPage() {
  const { t } = useTranslation();
  const { user, loading } = useCurrentUser();
  usePageTitle(t('admin.title'));
  if (loading || !user) return <Loading />;
  const permissions: readonly Permission[] = ROLE_PERMISSIONS[user.role];
  const sections = SECTIONS.filter((section) => permissions.includes(section.permission));
  if (sections.length === 0) return <NoAccess />;
  return (
    <>
      <h1 className="govuk-heading-l">{t('admin.title')}</h1>
      <p className="govuk-body">{t('admin.intro')}</p>
      <ul className="govuk-list">
        {sections.map((section) => (
          <li key={section.key} className="govuk-!-margin-bottom-4">
            <h2 className="govuk-heading-m govuk-!-margin-bottom-1">
              <Link className="govuk-link" to={section.to}>
                {t(`admin.sections.${section.key}.title`)}
              </Link>
            </h2>
            <p className="govuk-body">{t(`admin.sections.${section.key}.description`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
