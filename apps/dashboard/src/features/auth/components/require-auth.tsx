import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';

import { Loading } from '../../../ui/loading';
import { useCurrentUser } from '../hooks/use-current-user';

/** Renders its child routes for signed-in users and sends everyone else to sign in. */
export function RequireAuth() {
  const { t } = useTranslation();
  const { user, loading, error } = useCurrentUser();
  const location = useLocation();

  if (loading) return <Loading />;
  if (error) return <p className="govuk-body">{t('errors.serviceProblem')}</p>;
  if (!user) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  return <Outlet />;
}
