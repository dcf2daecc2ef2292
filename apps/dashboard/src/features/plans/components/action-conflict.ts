import type { TFunction } from 'i18next';

import {
  LEAD_ORGANISATION_LABELS,
  localise,
  THEME_LABELS,
  type Language,
} from '@cynnydd/shared/domain';

import type { ActionFormOptionsQuery, LeadOrganisation, Theme } from '../../../gql/graphql';
import { formatDate } from '../../../i18n/format';
import type { ActionValues } from './action-fields';
import type { ConflictRow } from './conflict-summary';
import {
  futureGenerationsFromConflict,
  futureGenerationsRows,
} from './future-generations-conflict';

/** What the API sends as `extensions.current` for an action, read defensively. */
export function actionValuesFromConflict(
  current: Record<string, unknown>,
  fallback: ActionValues,
): ActionValues {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const bilingual = (value: unknown) => {
    const record = (typeof value === 'object' && value !== null ? value : {}) as Record<
      string,
      unknown
    >;
    return { en: text(record['en']), cy: text(record['cy']) };
  };
  return {
    areaId: text(current['areaId']) || fallback.areaId,
    reference: text(current['reference']),
    title: bilingual(current['title']),
    description: bilingual(current['description']),
    leadOrganisation: (text(current['leadOrganisation']) as LeadOrganisation) || '',
    startDate: text(current['startDate']),
    dueDate: text(current['dueDate']),
    ownerIds: Array.isArray(current['ownerIds'])
      ? current['ownerIds'].filter((id): id is string => typeof id === 'string')
      : fallback.ownerIds,
    themes: Array.isArray(current['themes']) ? (current['themes'] as Theme[]) : [],
    ...futureGenerationsFromConflict(current),
    needsPartnershipConsultation: current['needsPartnershipConsultation'] === true,
  };
}

interface Describe {
  language: Language;
  options: ActionFormOptionsQuery;
  t: TFunction;
}

const same = (a: string, b: string) => a.trim() === b.trim();

/**
 * The fields another person changed (their saved value differs from the one this user loaded),
 * each with their value and what this user has typed, in the interface language.
 */
export function conflictRows(
  loaded: ActionValues,
  theirs: ActionValues,
  yours: ActionValues,
  { language, options, t }: Describe,
): ConflictRow[] {
  const area = (id: string) => {
    const found = options.strategicAreas.find((item) => item.id === id);
    return found ? `${found.number}. ${localise(found.title, language)?.text ?? ''}` : '';
  };
  const lead = (value: LeadOrganisation | '') =>
    value ? LEAD_ORGANISATION_LABELS[value][language] : '';
  const date = (value: string) => (value ? formatDate(value, language) : '');
  const people = (ids: string[]) =>
    options.people
      .filter((person) => ids.includes(person.id))
      .map((person) => person.name)
      .sort((a, b) => a.localeCompare(b, language))
      .join(', ');
  const themes = (value: Theme[]) =>
    [...value]
      .sort()
      .map((theme) => THEME_LABELS[theme][language])
      .join(', ');
  const fields: { label: string; show: (values: ActionValues) => string }[] = [
    { label: t('plans.actionForm.area'), show: (values) => area(values.areaId) },
    { label: t('plans.actionForm.reference'), show: (values) => values.reference },
    { label: t('plans.actionForm.titleEn'), show: (values) => values.title.en },
    { label: t('plans.actionForm.titleCy'), show: (values) => values.title.cy },
    { label: t('plans.actionForm.descriptionEn'), show: (values) => values.description.en },
    { label: t('plans.actionForm.descriptionCy'), show: (values) => values.description.cy },
    { label: t('plans.actionForm.lead'), show: (values) => lead(values.leadOrganisation) },
    { label: t('plans.actionForm.startDate'), show: (values) => date(values.startDate) },
    { label: t('plans.actionForm.dueDate'), show: (values) => date(values.dueDate) },
    // In the form's order: the owners follow the dates.
    { label: t('plans.actionForm.owners'), show: (values) => people(values.ownerIds) },
    { label: t('plans.actionForm.themes'), show: (values) => themes(values.themes) },
    ...futureGenerationsRows(language, t),
    {
      label: t('plans.actionForm.partnership'),
      show: (values) =>
        t(
          values.needsPartnershipConsultation
            ? 'plans.actionForm.partnershipYes'
            : 'plans.actionForm.partnershipNo',
        ),
    },
  ];
  return fields
    .filter(({ show }) => !same(show(loaded), show(theirs)))
    .map(({ label, show }) => ({ label, theirs: show(theirs), yours: show(yours) }));
}
