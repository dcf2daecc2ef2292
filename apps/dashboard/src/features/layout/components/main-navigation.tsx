import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useMatch } from 'react-router';

import { Permission } from '@cynnydd/shared/domain';

import { NotificationsIndicator } from '../../notifications/components/notifications-indicator';
import { usePermission } from '../../plans/hooks/use-permission';

/** A link of the service navigation, marked (by more than colour) while its page is open. */
function NavigationItem({ to, end, children }: { to: string; end: boolean; children: ReactNode }) {
  const active = useMatch({ path: to, end }) !== null;
  return (
    <li
      className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}
    >
      <NavLink to={to} end={end} className="govuk-service-navigation__link">
        {active ? (
          <strong className="govuk-service-navigation__active-fallback">{children}</strong>
        ) : (
          children
        )}
      </NavLink>
    </li>
  );
}

/**
 * The pages a signed-in user can open; planning, reporting-period, review and administration
 * pages only for roles allowed to use them.
 */
export function MainNavigation() {
  const { t } = useTranslation();
  const canManagePlans = usePermission(Permission.MANAGE_PLANS).allowed;
  const canManagePeriods = usePermission(Permission.MANAGE_REPORTING_PERIODS).allowed;
  const canReview = usePermission(Permission.REVIEW_REPORTS).allowed;
  const canPublish = usePermission(Permission.PUBLISH_PROGRESS).allowed;
  // The administration pages are one hub for any of its permissions.
  const canAdminister = [
    usePermission(Permission.MANAGE_USERS),
    usePermission(Permission.MANAGE_REFERENCE_DATA),
    usePermission(Permission.READ_AUDIT_LOG),
  ].some(({ allowed }) => allowed);
  const links = [
    { to: '/', label: t('navigation.overview'), end: true },
    { to: '/my-actions', label: t('navigation.myActions'), end: true },
    { to: '/measures', label: t('navigation.measures'), end: false },
    { to: '/risks', label: t('risks.navigation'), end: false },
    { to: '/meetings', label: t('navigation.meetings'), end: false },
    { to: '/partnership', label: t('navigation.partnership'), end: false },
    ...(canManagePlans ? [{ to: '/plans', label: t('plans.navigation'), end: false }] : []),
    ...(canManagePeriods
      ? [{ to: '/reporting-periods', label: t('periods.navigation'), end: false }]
      : []),
    // Issued reports are for everyone; drafts only for those who write them.
    { to: '/reports', label: t('reports.navigation'), end: false },
    ...(canPublish
      ? [{ to: '/publications', label: t('navigation.publications'), end: false }]
      : []),
    ...(canReview ? [{ to: '/follow-ups', label: t('review.navigation'), end: true }] : []),
    ...(canAdminister ? [{ to: '/admin', label: t('navigation.administration'), end: false }] : []),
  ];
  return (
    <nav aria-label={t('navigation.label')} className="govuk-service-navigation__wrapper">
      <ul className="govuk-service-navigation__list">
        {links.map(({ to, label, end }) => (
          <NavigationItem key={to} to={to} end={end}>
            {label}
          </NavigationItem>
        ))}
        <NavigationItem to="/notifications" end>
          <NotificationsIndicator />
        </NavigationItem>
      </ul>
    </nav>
  );
}
