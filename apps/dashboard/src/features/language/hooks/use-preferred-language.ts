import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '@cynnydd/shared/domain';

import { switchLanguage } from '../../../i18n/i18n';
import { writeLanguageCookie } from '../../../i18n/language-cookie';
import type { CurrentUserState } from '../../auth/hooks/use-current-user';
import { SET_PREFERRED_LANGUAGE } from '../graphql/language';

/**
 * The interface language and the account's saved choice kept together. When the account is
 * loaded, or its saved language changes, the interface follows it; a switch made on this page is
 * not undone while the account's copy catches up, and one made while the account was still
 * loading wins and is saved to it. Returns what the language switch calls.
 */
export function usePreferredLanguage({
  user,
  loading,
}: Pick<CurrentUserState, 'user' | 'loading'>): (next: Language) => Promise<void> {
  const { i18n } = useTranslation();
  const [savePreference] = useMutation(SET_PREFERRED_LANGUAGE);
  const preferred = user?.preferredLanguage;
  const applied = useRef<string | undefined>(undefined);
  const chosenWhileLoading = useRef<Language | undefined>(undefined);

  const save = useCallback(
    // The page has switched already; if saving fails the account keeps its old choice, which is
    // harmless, so there is nothing to tell the user.
    (language: Language) =>
      savePreference({ variables: { language } }).then(
        () => undefined,
        () => undefined,
      ),
    [savePreference],
  );

  useEffect(() => {
    if (!preferred || preferred === applied.current) return;
    applied.current = preferred;
    const chosen = chosenWhileLoading.current;
    chosenWhileLoading.current = undefined;
    if (chosen && chosen !== preferred) void save(chosen);
    else if (preferred !== i18n.language) void switchLanguage(i18n, preferred);
  }, [preferred, i18n, save]);

  return useCallback(
    async (next: Language) => {
      writeLanguageCookie(next);
      await switchLanguage(i18n, next);
      if (user) await save(next);
      else if (loading) chosenWhileLoading.current = next;
    },
    [i18n, user, loading, save],
  );
}
