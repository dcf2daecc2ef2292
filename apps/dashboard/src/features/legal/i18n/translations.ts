import type { FeatureTranslations } from '../../../i18n/feature-translations';
import cy from './cy.json';
import en from './en.json';

/** The statements' text, loaded with their pages; the footer's links stay in the main messages. */
export const LEGAL_TRANSLATIONS: FeatureTranslations = { en, cy };
