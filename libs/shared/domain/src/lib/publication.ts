import type { Label } from './language';

/**
 * A public progress publication: a draft is the programme office's choice of what an issued
 * report shows the public; publishing freezes it; withdrawing takes its content off the public
 * pages (which then say when it was withdrawn).
 */
export enum PublicationState {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}

export const PUBLICATION_STATE_LABELS: Record<PublicationState, Label> = {
  [PublicationState.DRAFT]: { en: 'Draft', cy: 'Drafft' },
  [PublicationState.PUBLISHED]: { en: 'Published', cy: 'Ar gael i’r cyhoedd' },
  [PublicationState.WITHDRAWN]: { en: 'Withdrawn', cy: 'Wedi’i dynnu’n ôl' },
};

/** The public summary written for an area, and for the programme (per language). */
export const PUBLICATION_TEXT_LIMIT = 2000;
