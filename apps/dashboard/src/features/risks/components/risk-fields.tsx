import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import {
  localise,
  RISK_CATEGORY_LABELS,
  RISK_KIND_LABELS,
  RISK_REVIEW_INTERVALS,
} from '@cynnydd/shared/domain';

import type {
  CreateRiskInput,
  RiskActionFragment,
  RiskCategory,
  RiskFormOptionsQuery,
  RiskKind,
} from '../../../gql/graphql';
import {
  BilingualInput,
  bilingualInput,
  EMPTY_BILINGUAL,
  type BilingualValue,
} from '../../../ui/bilingual-input';
import { CheckboxGroup } from '../../../ui/checkbox-group';
import { areaOptions, labelledOptions } from '../../../ui/labelled-options';
import { Radios } from '../../../ui/radios';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { PersonSelect } from '../../accounts/components/person-select';
import { errorFor, type FormError } from '../../plans/components/form-errors';
import { RISK_CATEGORIES, RISK_KINDS } from '../hooks/use-risk-filters';
import {
  mitigationFieldId,
  RiskMitigationsEditor,
  type MitigationDraft,
} from './risk-mitigations-editor';
import {
  checkScore,
  EMPTY_SCORE,
  RiskScoreInput,
  scoreFieldId,
  scoreInput,
  type ScoreDraft,
} from './risk-score-input';

/** A risk's fields as typed. */
export interface RiskValues {
  reference: string;
  kind: RiskKind;
  title: BilingualValue;
  description: BilingualValue;
  impact: BilingualValue;
  category: RiskCategory | '';
  ownerId: string;
  areaIds: string[];
  threatenedActionIds: string[];
  mitigatingActionIds: string[];
  controls: BilingualValue;
  inherent: ScoreDraft;
  current: ScoreDraft;
  target: ScoreDraft;
  targetDate: string;
  reviewEveryMonths: number;
  mitigations: MitigationDraft[];
}

export function emptyRiskValues(): RiskValues {
  return {
    reference: '',
    kind: 'RISK',
    title: EMPTY_BILINGUAL,
    description: EMPTY_BILINGUAL,
    impact: EMPTY_BILINGUAL,
    category: '',
    ownerId: '',
    areaIds: [],
    threatenedActionIds: [],
    mitigatingActionIds: [],
    controls: EMPTY_BILINGUAL,
    inherent: EMPTY_SCORE,
    current: EMPTY_SCORE,
    target: EMPTY_SCORE,
    targetDate: '',
    reviewEveryMonths: 3,
    mitigations: [],
  };
}

const hasText = (value: BilingualValue) => Boolean(value.en.trim() || value.cy.trim());
const hasTarget = (values: RiskValues) =>
  values.target.likelihood !== null ||
  values.target.consequence !== null ||
  values.targetDate !== '';

/** The control an API input path (e.g. "title.cy", "mitigations.1.dueDate") belongs to. */
export function riskFieldId(path: string): string | null {
  const [name, part, detail, language] = path.split('.');
  switch (name) {
    case 'title':
    case 'description':
    case 'impact':
    case 'controls':
      return `${name}-${part === 'cy' ? 'cy' : 'en'}`;
    case 'reference':
    case 'kind':
    case 'category':
    case 'ownerId':
    case 'areaIds':
    case 'threatenedActionIds':
    case 'mitigatingActionIds':
    case 'reviewEveryMonths':
      return name;
    case 'inherent':
    case 'current':
      return scoreFieldId(name, part === 'consequence' ? 'consequence' : 'likelihood');
    case 'target':
      if (part === 'date') return 'target-date';
      return scoreFieldId('target', part === 'consequence' ? 'consequence' : 'likelihood');
    case 'mitigations':
      if (part === undefined || !/^\d+$/.test(part)) return 'mitigations-add';
      if (detail === 'ownerId' || detail === 'dueDate' || detail === 'completedOn') {
        return mitigationFieldId(part, detail);
      }
      return mitigationFieldId(part, language === 'cy' ? 'description-cy' : 'description-en');
    default:
      return null;
  }
}

/** Errors the form can find before asking the API. */
export function checkRiskValues(values: RiskValues, t: TFunction): FormError[] {
  const errors: FormError[] = [];
  const add = (fieldId: string, message: string) => errors.push({ fieldId, message });
  if (!hasText(values.title)) add('title-en', t('risks.form.titleRequired'));
  if (!values.category) add('category', t('risks.form.categoryRequired'));
  if (!values.ownerId) add('ownerId', t('risks.form.ownerRequired'));
  if (values.areaIds.length === 0) add('areaIds', t('risks.form.areasRequired'));
  errors.push(...checkScore('current', values.current, t));
  const inherentStarted =
    values.inherent.likelihood !== null || values.inherent.consequence !== null;
  if (inherentStarted) errors.push(...checkScore('inherent', values.inherent, t));
  if (hasTarget(values)) {
    errors.push(...checkScore('target', values.target, t));
    if (!values.targetDate) add('target-date', t('risks.form.targetDateRequired'));
  }
  values.mitigations.forEach((mitigation, index) => {
    const number = index + 1;
    if (!hasText(mitigation.description)) {
      add(
        mitigationFieldId(index, 'description-en'),
        t('risks.mitigationsForm.descriptionRequired', { number }),
      );
    }
    if (!mitigation.ownerId) {
      add(
        mitigationFieldId(index, 'ownerId'),
        t('risks.mitigationsForm.ownerRequired', { number }),
      );
    }
    if (!mitigation.dueDate) {
      add(mitigationFieldId(index, 'dueDate'), t('risks.mitigationsForm.dueRequired', { number }));
    }
  });
  return errors;
}

/** The values as the API's create input (also the basis of an update's changes). */
export function riskInput(values: RiskValues): CreateRiskInput {
  const target = scoreInput(values.target);
  return {
    reference: values.reference.trim() || null,
    kind: values.kind,
    title: bilingualInput(values.title),
    description: bilingualInput(values.description),
    impact: bilingualInput(values.impact),
    category: values.category as RiskCategory,
    ownerId: values.ownerId,
    areaIds: values.areaIds,
    threatenedActionIds: values.threatenedActionIds,
    mitigatingActionIds: values.mitigatingActionIds,
    controls: bilingualInput(values.controls),
    inherent: scoreInput(values.inherent),
    // Checked before sending: the current score is chosen in full.
    current: scoreInput(values.current) ?? { likelihood: 0, consequence: 0 },
    target: target && values.targetDate ? { ...target, date: values.targetDate } : null,
    reviewEveryMonths: values.reviewEveryMonths,
    mitigations: values.mitigations.map((mitigation) => ({
      ...(mitigation.id ? { id: mitigation.id } : {}),
      description: bilingualInput(mitigation.description),
      ownerId: mitigation.ownerId,
      dueDate: mitigation.dueDate,
      completedOn: mitigation.completedOn || null,
    })),
  };
}

interface Props {
  values: RiskValues;
  options: RiskFormOptionsQuery;
  /** Actions already linked, offered even when not in this year's plan. */
  linkedActions?: RiskActionFragment[];
  errors: FormError[];
  /** Raising from an update links its action: the action pickers are left out. */
  withActions?: boolean;
  /** A saved risk's current score changes only by a review, which keeps its history. */
  withCurrent?: boolean;
  onChange: (values: RiskValues) => void;
}

/** The fields of a risk, shared by the record, change and raise pages. */
export function RiskFields({
  values,
  options,
  linkedActions = [],
  errors,
  withActions = true,
  withCurrent = true,
  onChange,
}: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const set = <K extends keyof RiskValues>(key: K, value: RiskValues[K]) =>
    onChange({ ...values, [key]: value });
  const actions = [
    ...options.actions.edges.map((edge) => edge.node),
    ...linkedActions.filter(
      (linked) => !options.actions.edges.some((edge) => edge.node.id === linked.id),
    ),
  ].map((action) => ({
    value: action.id,
    label: `${action.reference}: ${localise(action.title, language)?.text ?? ''}`,
  }));

  return (
    <>
      <TextField
        id="reference"
        label={t('risks.form.reference')}
        hint={t('risks.form.referenceHint')}
        className="govuk-input--width-5"
        spellCheck={false}
        value={values.reference}
        error={errorFor(errors, 'reference')}
        onChange={(event) => set('reference', event.target.value)}
      />
      <Radios
        name="kind"
        legend={t('risks.form.kind')}
        inline
        options={labelledOptions(RISK_KINDS, RISK_KIND_LABELS, language)}
        value={values.kind}
        error={errorFor(errors, 'kind')}
        onChange={(kind) => set('kind', kind)}
      />
      <BilingualInput
        id="title"
        legend={t('risks.form.title')}
        hint={t('risks.bilingualHint')}
        value={values.title}
        error={errorFor(errors, 'title-en', 'title-cy')}
        onChange={(value) => set('title', value)}
      />
      <BilingualInput
        id="description"
        legend={t('risks.form.description')}
        hint={t('risks.form.descriptionHint')}
        multiline
        value={values.description}
        error={errorFor(errors, 'description-en', 'description-cy')}
        onChange={(value) => set('description', value)}
      />
      {values.kind === 'ISSUE' && (
        <BilingualInput
          id="impact"
          legend={t('risks.form.impact')}
          hint={t('risks.form.impactHint')}
          multiline
          value={values.impact}
          error={errorFor(errors, 'impact-en', 'impact-cy')}
          onChange={(value) => set('impact', value)}
        />
      )}
      <Radios
        name="category"
        legend={t('risks.form.category')}
        options={labelledOptions(RISK_CATEGORIES, RISK_CATEGORY_LABELS, language)}
        value={values.category || null}
        error={errorFor(errors, 'category')}
        onChange={(category) => set('category', category)}
      />
      <PersonSelect
        id="ownerId"
        label={t('risks.form.owner')}
        people={options.people}
        value={values.ownerId}
        emptyLabel={t('risks.form.chooseOwner')}
        error={errorFor(errors, 'ownerId')}
        onChange={(ownerId) => set('ownerId', ownerId)}
      />
      <CheckboxGroup
        name="areaIds"
        legend={t('risks.form.areas')}
        options={areaOptions(options.strategicAreas, language)}
        selected={values.areaIds}
        error={errorFor(errors, 'areaIds')}
        onChange={(next) => set('areaIds', next)}
      />
      {withActions && (
        <>
          <CheckboxGroup
            name="threatenedActionIds"
            legend={t('risks.form.threatened')}
            hint={t('risks.form.actionsHint')}
            options={actions}
            selected={values.threatenedActionIds}
            error={errorFor(errors, 'threatenedActionIds')}
            onChange={(next) => set('threatenedActionIds', next)}
          />
          <CheckboxGroup
            name="mitigatingActionIds"
            legend={t('risks.form.mitigating')}
            hint={t('risks.form.actionsHint')}
            options={actions}
            selected={values.mitigatingActionIds}
            error={errorFor(errors, 'mitigatingActionIds')}
            onChange={(next) => set('mitigatingActionIds', next)}
          />
        </>
      )}
      <BilingualInput
        id="controls"
        legend={t('risks.form.controls')}
        hint={t('risks.form.controlsHint')}
        multiline
        value={values.controls}
        error={errorFor(errors, 'controls-en', 'controls-cy')}
        onChange={(value) => set('controls', value)}
      />
      <RiskScoreInput
        id="inherent"
        legend={t('risks.form.inherent')}
        hint={t('risks.form.inherentHint')}
        value={values.inherent}
        errors={errors}
        onChange={(value) => set('inherent', value)}
      />
      {withCurrent && (
        <RiskScoreInput
          id="current"
          legend={t('risks.form.current')}
          hint={t('risks.form.currentHint')}
          value={values.current}
          errors={errors}
          onChange={(value) => set('current', value)}
        />
      )}
      <RiskScoreInput
        id="target"
        legend={t('risks.form.target')}
        hint={t('risks.form.targetHint')}
        value={values.target}
        errors={errors}
        onChange={(value) => set('target', value)}
      />
      <TextField
        id="target-date"
        type="date"
        label={t('risks.form.targetDate')}
        className="govuk-input--width-10"
        value={values.targetDate}
        error={errorFor(errors, 'target-date')}
        onChange={(event) => set('targetDate', event.target.value)}
      />
      {hasTarget(values) && (
        // Radios cannot be unchosen: this is the way back to no target.
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => onChange({ ...values, target: EMPTY_SCORE, targetDate: '' })}
        >
          {t('risks.form.removeTarget')}
        </button>
      )}
      <Radios
        name="reviewEveryMonths"
        legend={t('risks.form.reviewEvery')}
        inline
        options={RISK_REVIEW_INTERVALS.map((months) => ({
          value: months as number,
          label: t(`risks.form.interval.${months}`),
        }))}
        value={values.reviewEveryMonths}
        error={errorFor(errors, 'reviewEveryMonths')}
        onChange={(months) => set('reviewEveryMonths', months)}
      />
      <RiskMitigationsEditor
        mitigations={values.mitigations}
        people={options.people}
        errors={errors}
        onChange={(mitigations) => set('mitigations', mitigations)}
      />
    </>
  );
}
