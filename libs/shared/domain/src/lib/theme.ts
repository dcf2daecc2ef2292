import type { Label } from './language';

/**
 * The strategy's three fundamental principles and its cross-cutting retention priority. Actions
 * are tagged with any of them so progress can be reported per principle.
 */
export enum Theme {
  WELL_BEING = 'WELL_BEING',
  INCLUSION = 'INCLUSION',
  WELSH_LANGUAGE_AND_CULTURE = 'WELSH_LANGUAGE_AND_CULTURE',
  STAFF_RETENTION = 'STAFF_RETENTION',
}

export enum ThemeKind {
  PRINCIPLE = 'PRINCIPLE',
  CROSS_CUTTING_PRIORITY = 'CROSS_CUTTING_PRIORITY',
}

export const THEME_KINDS: Record<Theme, ThemeKind> = {
  [Theme.WELL_BEING]: ThemeKind.PRINCIPLE,
  [Theme.INCLUSION]: ThemeKind.PRINCIPLE,
  [Theme.WELSH_LANGUAGE_AND_CULTURE]: ThemeKind.PRINCIPLE,
  [Theme.STAFF_RETENTION]: ThemeKind.CROSS_CUTTING_PRIORITY,
};

export const THEME_LABELS: Record<Theme, Label> = {
  [Theme.WELL_BEING]: { en: 'Well-being', cy: 'Llesiant' },
  [Theme.INCLUSION]: { en: 'Inclusion', cy: 'Cynhwysiant' },
  [Theme.WELSH_LANGUAGE_AND_CULTURE]: {
    en: 'Welsh language and culture',
    cy: 'Y Gymraeg a diwylliant',
  },
  [Theme.STAFF_RETENTION]: { en: 'Staff retention', cy: 'Cadw staff' },
};
