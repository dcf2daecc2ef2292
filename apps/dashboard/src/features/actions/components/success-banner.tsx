import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** GOV.UK success notification banner, announced when it appears. */
export function SuccessBanner({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="success-banner-title"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-banner-title">
          {t('myActions.success')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}
