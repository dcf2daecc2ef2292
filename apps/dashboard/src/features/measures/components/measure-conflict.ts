import type { TFunction } from 'i18next';

import {
  localise,
  MEASURE_DIRECTION_LABELS,
  MEASURE_FREQUENCY_LABELS,
  MEASURE_UNIT_LABELS,
  THEME_LABELS,
  type Language,
} from '@cynnydd/shared/domain';

import type {
  EditableMeasureFragment,
  MeasureFormOptionsQuery,
  Theme,
  UpdateMeasureInput,
} from '../../../gql/graphql';
import { bilingualValue } from '../../../ui/bilingual-input';
import type { ConflictRow } from '../../plans/components/conflict-summary';
import {
  futureGenerationsFromConflict,
  futureGenerationsRows,
} from '../../plans/components/future-generations-conflict';
import { measureInput, type MeasureValues } from './measure-fields';

/** The measure as the form's values. */
export function measureValues(measure: EditableMeasureFragment): MeasureValues {
  return {
    reference: measure.reference,
    name: bilingualValue(measure.name),
    definition: bilingualValue(measure.definition),
    calculation: bilingualValue(measure.calculation),
    dataSource: bilingualValue(measure.dataSource),
    unit: measure.unit,
    direction: measure.direction,
    frequency: measure.frequency,
    ownerId: measure.owner.id,
    areaIds: measure.areas.map((area) => area.id),
    themes: measure.themes,
    wellBeingGoals: measure.wellBeingGoals,
    waysOfWorking: measure.waysOfWorking,
    amberTolerance: String(measure.tolerance.amber),
    redTolerance: String(measure.tolerance.red),
    baselineValue: measure.baseline ? String(measure.baseline.value) : '',
    baselineDate: measure.baseline?.date ?? '',
    targets: measure.targets.map((target, index) => ({
      key: index + 1,
      financialYear: target.financialYear,
      value: String(target.value),
    })),
  };
}

type Changes = Omit<UpdateMeasureInput, 'id' | 'expectedVersion'>;

/** Fields whose order does not matter. */
const SETS = new Set(['areaIds', 'themes', 'wellBeingGoals', 'waysOfWorking']);

/**
 * Only what the user changed since loading, so that saving (and "keep mine" after a conflict)
 * never writes back values someone else has changed meanwhile in fields this user left alone.
 */
export function changedMeasureFields(loaded: MeasureValues, values: MeasureValues): Changes {
  const before = measureInput(loaded) as Record<string, unknown>;
  const after = measureInput(values) as Record<string, unknown>;
  const sorted = (value: unknown) => (Array.isArray(value) ? [...value].sort() : value);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    const set = SETS.has(key);
    const a = JSON.stringify(set ? sorted(before[key]) : before[key]);
    const b = JSON.stringify(set ? sorted(after[key]) : after[key]);
    if (a !== b) changes[key] = after[key];
  }
  return changes as Changes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the API sends as `extensions.current` for a measure, read defensively. */
export function measureValuesFromConflict(
  current: Record<string, unknown>,
  fallback: MeasureValues,
): MeasureValues {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const figure = (value: unknown, otherwise: string) =>
    typeof value === 'number' ? String(value) : otherwise;
  const bilingual = (value: unknown) =>
    isRecord(value) ? { en: text(value['en']), cy: text(value['cy']) } : { en: '', cy: '' };
  const ids = (value: unknown, otherwise: string[]) =>
    Array.isArray(value)
      ? value
          .map((item) => (isRecord(item) ? item['id'] : item))
          .filter((id): id is string => typeof id === 'string')
      : otherwise;
  const tolerance = isRecord(current['tolerance']) ? current['tolerance'] : {};
  const owner = isRecord(current['owner']) ? current['owner']['id'] : undefined;
  const baseline = isRecord(current['baseline']) ? current['baseline'] : null;
  const targets = Array.isArray(current['targets'])
    ? current['targets'].filter(isRecord).map((target, index) => ({
        key: index + 1,
        financialYear: text(target['financialYear']),
        value: figure(target['value'], ''),
      }))
    : fallback.targets;
  return {
    reference: text(current['reference']) || fallback.reference,
    name: bilingual(current['name']),
    definition: bilingual(current['definition']),
    calculation: bilingual(current['calculation']),
    dataSource: bilingual(current['dataSource']),
    unit: (text(current['unit']) as MeasureValues['unit']) || fallback.unit,
    direction: (text(current['direction']) as MeasureValues['direction']) || fallback.direction,
    frequency: (text(current['frequency']) as MeasureValues['frequency']) || fallback.frequency,
    ownerId: text(current['ownerId']) || text(owner) || fallback.ownerId,
    areaIds: ids(current['areaIds'] ?? current['areas'], fallback.areaIds),
    themes: Array.isArray(current['themes']) ? (current['themes'] as Theme[]) : fallback.themes,
    ...futureGenerationsFromConflict(current),
    amberTolerance: figure(
      current['amberTolerance'] ?? tolerance['amber'],
      fallback.amberTolerance,
    ),
    redTolerance: figure(current['redTolerance'] ?? tolerance['red'], fallback.redTolerance),
    baselineValue: baseline ? figure(baseline['value'], '') : '',
    baselineDate: baseline ? text(baseline['date']) : '',
    targets,
  };
}

interface Describe {
  language: Language;
  options: MeasureFormOptionsQuery;
  t: TFunction;
}

/**
 * The fields another person changed (their saved value differs from the one this user loaded),
 * each with their value and what this user has typed, in the interface language.
 */
export function measureConflictRows(
  loaded: MeasureValues,
  theirs: MeasureValues,
  yours: MeasureValues,
  { language, options, t }: Describe,
): ConflictRow[] {
  const person = (id: string) => options.people.find((item) => item.id === id)?.name ?? '';
  const areas = (ids: string[]) =>
    options.strategicAreas
      .filter((area) => ids.includes(area.id))
      .map((area) => `${area.number}. ${localise(area.title, language)?.text ?? ''}`)
      .join(', ');
  const targets = (values: MeasureValues) =>
    values.targets
      .map((target) => `${target.financialYear.trim()}: ${target.value.trim()}`)
      .join(', ');
  const fields: { label: string; show: (values: MeasureValues) => string }[] = [
    { label: t('measures.form.reference'), show: (values) => values.reference },
    { label: t('measures.form.nameEn'), show: (values) => values.name.en },
    { label: t('measures.form.nameCy'), show: (values) => values.name.cy },
    { label: t('measures.form.definitionEn'), show: (values) => values.definition.en },
    { label: t('measures.form.definitionCy'), show: (values) => values.definition.cy },
    { label: t('measures.form.calculationEn'), show: (values) => values.calculation.en },
    { label: t('measures.form.calculationCy'), show: (values) => values.calculation.cy },
    { label: t('measures.form.dataSourceEn'), show: (values) => values.dataSource.en },
    { label: t('measures.form.dataSourceCy'), show: (values) => values.dataSource.cy },
    {
      label: t('measures.form.unit'),
      show: (values) => (values.unit ? MEASURE_UNIT_LABELS[values.unit][language] : ''),
    },
    {
      label: t('measures.form.direction'),
      show: (values) =>
        values.direction ? MEASURE_DIRECTION_LABELS[values.direction][language] : '',
    },
    {
      label: t('measures.form.frequency'),
      show: (values) =>
        values.frequency ? MEASURE_FREQUENCY_LABELS[values.frequency][language] : '',
    },
    { label: t('measures.form.owner'), show: (values) => person(values.ownerId) },
    { label: t('measures.form.areas'), show: (values) => areas(values.areaIds) },
    {
      label: t('plans.actionForm.themes'),
      show: (values) =>
        [...values.themes]
          .sort()
          .map((theme) => THEME_LABELS[theme][language])
          .join(', '),
    },
    ...futureGenerationsRows(language, t),
    { label: t('measures.form.amberTolerance'), show: (values) => values.amberTolerance },
    { label: t('measures.form.redTolerance'), show: (values) => values.redTolerance },
    { label: t('measures.form.baselineValue'), show: (values) => values.baselineValue },
    { label: t('measures.form.baselineDate'), show: (values) => values.baselineDate },
    { label: t('measures.form.targets'), show: targets },
  ];
  const same = (a: string, b: string) => a.trim() === b.trim();
  return fields
    .filter(({ show }) => !same(show(loaded), show(theirs)))
    .map(({ label, show }) => ({ label, theirs: show(theirs), yours: show(yours) }));
}
