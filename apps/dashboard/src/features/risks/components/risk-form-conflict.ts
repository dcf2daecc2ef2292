import type { TFunction } from 'i18next';

import {
  localise,
  RISK_CATEGORY_LABELS,
  RISK_KIND_LABELS,
  type Language,
} from '@cynnydd/shared/domain';

import type {
  EditableRiskFragment,
  RiskCategory,
  RiskFormOptionsQuery,
  RiskKind,
  UpdateRiskInput,
} from '../../../gql/graphql';
import { bilingualValue } from '../../../ui/bilingual-input';
import type { ConflictRow } from '../../plans/components/conflict-summary';
import { riskInput, type RiskValues } from './risk-fields';
import type { ScoreDraft } from './risk-score-input';

/** The risk as the form's values. */
export function riskValues(risk: EditableRiskFragment): RiskValues {
  return {
    reference: risk.reference,
    kind: risk.kind,
    title: bilingualValue(risk.title),
    description: bilingualValue(risk.description),
    impact: bilingualValue(risk.impact),
    category: risk.category,
    ownerId: risk.owner.id,
    areaIds: risk.areas.map((area) => area.id),
    threatenedActionIds: risk.threatenedActions.map((action) => action.id),
    mitigatingActionIds: risk.mitigatingActions.map((action) => action.id),
    controls: bilingualValue(risk.controls),
    inherent: { likelihood: risk.inherent.likelihood, consequence: risk.inherent.consequence },
    current: { likelihood: risk.current.likelihood, consequence: risk.current.consequence },
    target: risk.target
      ? { likelihood: risk.target.likelihood, consequence: risk.target.consequence }
      : { likelihood: null, consequence: null },
    targetDate: risk.target?.date ?? '',
    reviewEveryMonths: risk.reviewEveryMonths,
    mitigations: risk.mitigations.map((mitigation, index) => ({
      key: index + 1,
      id: mitigation.id,
      description: bilingualValue(mitigation.description),
      ownerId: mitigation.owner.id,
      dueDate: mitigation.dueDate,
      completedOn: mitigation.completedOn ?? '',
    })),
  };
}

type Changes = Omit<UpdateRiskInput, 'id' | 'expectedVersion'>;

const SETS = new Set(['areaIds', 'threatenedActionIds', 'mitigatingActionIds']);

/**
 * Only what the user changed since loading, so that saving (and "keep mine" after a conflict)
 * never writes back values someone else has changed meanwhile in fields this user left alone.
 * The current score is left out: it changes by a review, which keeps its history.
 */
export function changedRiskFields(loaded: RiskValues, values: RiskValues): Changes {
  const before = riskInput(loaded) as Record<string, unknown>;
  const after = riskInput(values) as Record<string, unknown>;
  const sorted = (value: unknown) => (Array.isArray(value) ? [...value].sort() : value);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (key === 'current') continue;
    const a = JSON.stringify(SETS.has(key) ? sorted(before[key]) : before[key]);
    const b = JSON.stringify(SETS.has(key) ? sorted(after[key]) : after[key]);
    if (a !== b) changes[key] = after[key];
  }
  return changes as Changes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What the API sends as `extensions.current` for a risk, read defensively. It holds the risk's
 * own fields and its owner's id but not its areas, actions or mitigations: those stay as loaded.
 */
export function riskValuesFromConflict(
  current: Record<string, unknown>,
  fallback: RiskValues,
): RiskValues {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const bilingual = (value: unknown) =>
    isRecord(value) ? { en: text(value['en']), cy: text(value['cy']) } : { en: '', cy: '' };
  const score = (value: unknown, otherwise: ScoreDraft): ScoreDraft =>
    isRecord(value) &&
    typeof value['likelihood'] === 'number' &&
    typeof value['consequence'] === 'number'
      ? { likelihood: value['likelihood'], consequence: value['consequence'] }
      : otherwise;
  const target = isRecord(current['target']) ? current['target'] : null;
  return {
    ...fallback,
    reference: text(current['reference']) || fallback.reference,
    kind: (text(current['kind']) as RiskKind) || fallback.kind,
    title: bilingual(current['title']),
    description: bilingual(current['description']),
    impact: bilingual(current['impact']),
    category: (text(current['category']) as RiskCategory) || fallback.category,
    ownerId: text(current['ownerId']) || fallback.ownerId,
    controls: bilingual(current['controls']),
    inherent: score(current['inherent'], fallback.inherent),
    current: score(current['current'], fallback.current),
    target: target ? score(target, fallback.target) : { likelihood: null, consequence: null },
    targetDate: target ? text(target['date']) : '',
    reviewEveryMonths:
      typeof current['reviewEveryMonths'] === 'number'
        ? current['reviewEveryMonths']
        : fallback.reviewEveryMonths,
  };
}

interface Describe {
  language: Language;
  options: RiskFormOptionsQuery;
  t: TFunction;
}

/**
 * The fields another person changed (their saved value differs from the one this user loaded),
 * each with their value and what this user has typed, in the interface language.
 */
export function riskFormConflictRows(
  loaded: RiskValues,
  theirs: RiskValues,
  yours: RiskValues,
  { language, options, t }: Describe,
): ConflictRow[] {
  const person = (id: string) => options.people.find((item) => item.id === id)?.name ?? '';
  const scoreOf = (score: ScoreDraft) =>
    score.likelihood !== null && score.consequence !== null
      ? `${score.likelihood} × ${score.consequence} = ${score.likelihood * score.consequence}`
      : '';
  const areas = (ids: string[]) =>
    options.strategicAreas
      .filter((area) => ids.includes(area.id))
      .map((area) => `${area.number}. ${localise(area.title, language)?.text ?? ''}`)
      .join(', ');
  const fields: { label: string; show: (values: RiskValues) => string }[] = [
    { label: t('risks.form.reference'), show: (values) => values.reference },
    { label: t('risks.form.kind'), show: (values) => RISK_KIND_LABELS[values.kind][language] },
    { label: `${t('risks.form.title')} (${t('form.inLanguage.en')})`, show: (v) => v.title.en },
    { label: `${t('risks.form.title')} (${t('form.inLanguage.cy')})`, show: (v) => v.title.cy },
    {
      label: `${t('risks.form.description')} (${t('form.inLanguage.en')})`,
      show: (v) => v.description.en,
    },
    {
      label: `${t('risks.form.description')} (${t('form.inLanguage.cy')})`,
      show: (v) => v.description.cy,
    },
    { label: `${t('risks.form.impact')} (${t('form.inLanguage.en')})`, show: (v) => v.impact.en },
    { label: `${t('risks.form.impact')} (${t('form.inLanguage.cy')})`, show: (v) => v.impact.cy },
    {
      label: t('risks.form.category'),
      show: (values) => (values.category ? RISK_CATEGORY_LABELS[values.category][language] : ''),
    },
    { label: t('risks.form.owner'), show: (values) => person(values.ownerId) },
    { label: t('risks.form.areas'), show: (values) => areas(values.areaIds) },
    {
      label: `${t('risks.form.controls')} (${t('form.inLanguage.en')})`,
      show: (v) => v.controls.en,
    },
    {
      label: `${t('risks.form.controls')} (${t('form.inLanguage.cy')})`,
      show: (v) => v.controls.cy,
    },
    { label: t('risks.form.inherent'), show: (values) => scoreOf(values.inherent) },
    { label: t('risks.form.current'), show: (values) => scoreOf(values.current) },
    { label: t('risks.form.target'), show: (values) => scoreOf(values.target) },
    { label: t('risks.form.targetDate'), show: (values) => values.targetDate },
    {
      label: t('risks.form.reviewEvery'),
      show: (values) => t(`risks.form.interval.${values.reviewEveryMonths as 1 | 3 | 6 | 12}`),
    },
  ];
  const same = (a: string, b: string) => a.trim() === b.trim();
  return fields
    .filter(({ show }) => !same(show(loaded), show(theirs)))
    .map(({ label, show }) => ({ label, theirs: show(theirs), yours: show(yours) }));
}
