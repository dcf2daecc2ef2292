import type { Language } from '@cynnydd/shared/domain';

import cy from './cy.json';
import en from './en.json';
import type { Messages } from './i18n';

/**
 * The interface's messages in both languages, for what may draw either or both at once: the
 * server, a report printed in English and Welsh, and the tests. The browser's start loads only
 * the language a person reads in (`loadMessages`).
 */
export const ALL_MESSAGES: Record<Language, Messages> = { en, cy };
