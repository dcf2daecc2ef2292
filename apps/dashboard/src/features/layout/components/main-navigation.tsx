import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import { Permission } from '@cynnydd/shared/domain';

import { usePermission } from '../../plans/hooks/use-permission';

/**
 * The pages a signed-in user can open; planning and reporting-period pages only for roles allowed
 * to use them.
 */
export function MainNavigation() {
  const { t } = useTranslation();
  const canManagePlans = usePermission(Permission.MANAGE_PLANS).allowed;
  const canManagePeriods = usePermission(Permission.MANAGE_REPORTING_PERIODS).allowed;
  const canReview = usePermission(Permission.REVIEW_REPORTS).allowed;
  const links = [
    { to: '/', label: t('navigation.overview'), end: true },
    { to: '/my-actions', label: t('navigation.myActions'), end: true },
    ...(canManagePlans ? [{ to: '/plans', label: t('plans.navigation'), end: false }] : []),
    ...(canManagePeriods
      ? [{ to: '/reporting-periods', label: t('periods.navigation'), end: false }]
      : []),
    // Issued reports are for everyone; drafts only for those who write them.
    { to: '/reports', label: t('reports.navigation'), end: false },
    ...(canReview ? [{ to: '/follow-ups', label: t('review.navigation'), end: true }] : []),
  ];
  return (
    <nav aria-label={t('navigation.label')} className="govuk-header__navigation">
      <ul className="govuk-header__navigation-list">
        {links.map(({ to, label, end }) => (
          <li key={to} className="govuk-header__navigation-item">
            <NavLink to={to} end={end} className="govuk-header__link">
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
