import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Permission } from '@cynnydd/shared/domain';

import { Loading } from '../../../ui/loading';
import { usePageTitle } from '../../../ui/use-page-title';
import { usePermission } from '../hooks/use-permission';

/**
 * Shows its children only to roles with the permission (or any of a list); others are told they
 * have no access.
 */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission | readonly Permission[];
  children: ReactNode;
}) {
  const { allowed, loading } = usePermission(permission);
  if (loading) return <Loading />;
  if (!allowed) return <NoAccess />;
  return <>{children}</>;
}

export function NoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('plans.noAccess.title'));
  return (
    <>
      <h1 className="govuk-heading-l">{t('plans.noAccess.title')}</h1>
      <p className="govuk-body">{t('plans.noAccess.body')}</p>
      <p className="govuk-body">{t('plans.noAccess.next')}</p>
    </>
  );
}
