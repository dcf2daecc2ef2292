import type { FeatureTranslations } from '../../../i18n/feature-translations';
import cy from './cy.json';
import en from './en.json';

/** The publishing screens' messages, loaded with them rather than with the first page. */
export const PUBLICATIONS_TRANSLATIONS: FeatureTranslations = { en, cy };
