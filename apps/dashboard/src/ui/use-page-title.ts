import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser title, prefixed with "Error:" while the page shows errors (GOV.UK pattern). */
export function usePageTitle(page: string, hasErrors = false): void {
  const { t } = useTranslation();
  const title = t(hasErrors ? 'app.errorPageTitle' : 'app.pageTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
