import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { CurrentUserFragment } from '../../../gql/graphql';

/**
 * When the account is loaded, or its saved language changes, the interface follows it. Only
 * then: a switch made on this page is not undone while the account's copy catches up.
 */
export function usePreferredLanguage(user: CurrentUserFragment | null): void {
  const { i18n } = useTranslation();
  const preferred = user?.preferredLanguage;
  const applied = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!preferred || preferred === applied.current) return;
    applied.current = preferred;
    if (preferred !== i18n.language) void i18n.changeLanguage(preferred);
  }, [preferred, i18n]);
}
