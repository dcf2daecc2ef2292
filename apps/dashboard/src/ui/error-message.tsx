import { useTranslation } from 'react-i18next';

import type { ErrorItem } from './error-summary';

/** GOV.UK's error message above a control; `id` is what the control's aria-describedby names. */
export function ErrorMessage({ id, error }: { id: string; error: ErrorItem }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">{t('errors.prefix')}</span>{' '}
      <span lang={error.lang}>{error.message}</span>
    </p>
  );
}

/** The form group's class: marked in error when the control has one. */
export function formGroupClass(error: unknown): string {
  return error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group';
}

/** The ids a control's aria-describedby names: those given, in order, without the blanks. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
