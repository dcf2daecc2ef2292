import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '@cynnydd/shared/domain';

export interface ErrorItem {
  message: string;
  /** The id of the field the error is about; the summary links to it. */
  fieldId?: string;
  /** Set when the message is not in the interface language (the API answers in English). */
  lang?: Language;
}

/** GOV.UK error summary; it takes focus when it appears so screen readers announce it. */
export function ErrorSummary({ errors }: { errors: ErrorItem[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{t('errors.summaryTitle')}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId ?? ''}${error.message}`} lang={error.lang}>
                {error.fieldId ? <a href={`#${error.fieldId}`}>{error.message}</a> : error.message}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
