import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** GOV.UK success notification banner; it takes focus so the outcome is announced. */
export function SuccessNotice({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {t('plans.success')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}

/** "Saved": the banner an edit form shows, with a link to what was changed. */
export function SavedNotice({
  heading,
  link,
}: {
  heading: string;
  link: { to: string; text: string };
}) {
  return (
    <SuccessNotice>
      <p className="govuk-notification-banner__heading">{heading}</p>
      <p className="govuk-body">
        <Link to={link.to} className="govuk-notification-banner__link">
          {link.text}
        </Link>
      </p>
    </SuccessNotice>
  );
}

/** A message that a list or page could not be loaded. */
export function LoadError({ message }: { message: string }) {
  return (
    <div className="govuk-inset-text" role="alert">
      {message}
    </div>
  );
}
