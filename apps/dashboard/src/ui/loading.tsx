import { useTranslation } from 'react-i18next';

/** A polite status message while something loads. */
export function Loading({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <p className="govuk-body" role="status">
      {message ?? t('app.loading')}
    </p>
  );
}
