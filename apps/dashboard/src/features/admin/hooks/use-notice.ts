import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A notice's wording, given the translations: it follows a change of language while shown. */
export type NoticeText = (t: TFunction) => string;

/** A success notice in the interface language, whatever language it was raised in. */
export function useNotice(initial: NoticeText | null = null) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<NoticeText | null>(() => initial);
  // Functions in state must be wrapped, or React would call them as updaters.
  const show = (text: NoticeText) => setNotice(() => text);
  return { notice: notice ? notice(t) : null, show };
}
