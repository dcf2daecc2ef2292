import type { FeatureTranslations } from '../../../i18n/feature-translations';
import cy from './cy.json';
import en from './en.json';

/**
 * The reports pages' own messages (the cover sheet and the board paper settings), loaded with
 * them rather than with the first page (ADR 12); the rest of reports' are still in the main files.
 */
export const REPORTS_TRANSLATIONS: FeatureTranslations = { en, cy };
