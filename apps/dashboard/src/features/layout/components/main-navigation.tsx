import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The pages every signed-in user can open. */
export function MainNavigation() {
  const { t } = useTranslation();
  const links = [
    { to: '/', label: t('navigation.overview') },
    { to: '/my-actions', label: t('navigation.myActions') },
  ];
  return (
    <nav aria-label={t('navigation.label')} className="govuk-header__navigation">
      <ul className="govuk-header__navigation-list">
        {links.map(({ to, label }) => (
          <li key={to} className="govuk-header__navigation-item">
            <NavLink to={to} end className="govuk-header__link">
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
