import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import {
  MEASURE_DIRECTION_LABELS,
  MEASURE_FREQUENCY_LABELS,
  MEASURE_UNIT_LABELS,
  THEME_LABELS,
} from '@cynnydd/shared/domain';

import type {
  CreateMeasureInput,
  MeasureDirection,
  MeasureFormOptionsQuery,
  MeasureFrequency,
  MeasureUnit,
  Theme,
} from '../../../gql/graphql';
import {
  BilingualInput,
  bilingualInput,
  EMPTY_BILINGUAL,
  type BilingualValue,
} from '../../../ui/bilingual-input';
import { CheckboxGroup } from '../../../ui/checkbox-group';
import { ErrorMessage, formGroupClass } from '../../../ui/error-message';
import { areaOptions, labelledOptions } from '../../../ui/labelled-options';
import { Radios } from '../../../ui/radios';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { PersonSelect } from '../../accounts/components/person-select';
import { THEMES } from '../../plans/components/action-fields';
import { errorFor, type FormError } from '../../plans/components/form-errors';
import {
  futureGenerationsFieldId,
  FutureGenerationsFields,
  type FutureGenerationsValues,
} from '../../plans/components/future-generations';

export const MEASURE_UNITS: MeasureUnit[] = [
  'NUMBER',
  'PERCENTAGE',
  'RATE_PER_1000',
  'DAYS',
  'MONEY',
];
export const MEASURE_DIRECTIONS: MeasureDirection[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'];
export const MEASURE_FREQUENCIES: MeasureFrequency[] = ['MONTHLY', 'QUARTERLY', 'ANNUAL'];
export const MAX_AREAS = 7;

/** One target row: a financial year and its figure, as typed. */
export interface TargetDraft {
  /** Stable across removals, for React. */
  key: number;
  financialYear: string;
  value: string;
}

/** A measure's fields as typed; figures stay text until saved. */
export interface MeasureValues extends FutureGenerationsValues {
  reference: string;
  name: BilingualValue;
  definition: BilingualValue;
  calculation: BilingualValue;
  dataSource: BilingualValue;
  unit: MeasureUnit | '';
  direction: MeasureDirection | '';
  frequency: MeasureFrequency | '';
  ownerId: string;
  areaIds: string[];
  themes: Theme[];
  amberTolerance: string;
  redTolerance: string;
  baselineValue: string;
  baselineDate: string;
  targets: TargetDraft[];
}

export function emptyMeasureValues(): MeasureValues {
  return {
    reference: '',
    name: EMPTY_BILINGUAL,
    definition: EMPTY_BILINGUAL,
    calculation: EMPTY_BILINGUAL,
    dataSource: EMPTY_BILINGUAL,
    unit: '',
    direction: '',
    frequency: '',
    ownerId: '',
    areaIds: [],
    themes: [],
    wellBeingGoals: [],
    waysOfWorking: [],
    amberTolerance: '0',
    redTolerance: '',
    baselineValue: '',
    baselineDate: '',
    targets: [],
  };
}

export const targetFieldId = (index: number | string, part: 'financialYear' | 'value') =>
  `targets-${index}-${part}`;

/** The control an API input path (e.g. "name.cy", "targets.1.financialYear") belongs to. */
export function measureFieldId(path: string): string | null {
  const [name, part, detail] = path.split('.');
  switch (name) {
    case 'name':
    case 'definition':
    case 'calculation':
    case 'dataSource':
      return `${name}-${part === 'cy' ? 'cy' : 'en'}`;
    case 'reference':
    case 'unit':
    case 'direction':
    case 'frequency':
    case 'ownerId':
    case 'amberTolerance':
    case 'redTolerance':
      return name;
    case 'areaIds':
      return 'areaIds';
    case 'themes':
      return 'themes';
    case 'baseline':
      return part === 'date' ? 'baseline-date' : 'baseline-value';
    case 'targets':
      if (part === undefined || !/^\d+$/.test(part)) return 'targets-add';
      return targetFieldId(part, detail === 'financialYear' ? 'financialYear' : 'value');
    default:
      return futureGenerationsFieldId(path);
  }
}

const isNumber = (text: string) => text.trim() !== '' && Number.isFinite(Number(text.trim()));

/** Errors the form can find before asking the API. */
export function checkMeasureValues(values: MeasureValues, t: TFunction): FormError[] {
  const errors: FormError[] = [];
  const add = (fieldId: string, message: string) => errors.push({ fieldId, message });
  if (!values.reference.trim()) add('reference', t('measures.form.referenceRequired'));
  if (!values.name.en.trim() && !values.name.cy.trim()) {
    add('name-en', t('measures.form.nameRequired'));
  }
  if (!values.unit) add('unit', t('measures.form.unitRequired'));
  if (!values.direction) add('direction', t('measures.form.directionRequired'));
  if (!values.frequency) add('frequency', t('measures.form.frequencyRequired'));
  if (!values.ownerId) add('ownerId', t('measures.form.ownerRequired'));
  if (values.areaIds.length === 0) add('areaIds', t('measures.form.areasRequired'));
  if (values.amberTolerance.trim() && !isNumber(values.amberTolerance)) {
    add('amberTolerance', t('measures.form.numberRequired'));
  }
  if (!isNumber(values.redTolerance)) add('redTolerance', t('measures.form.redRequired'));
  const hasBaseline = values.baselineValue.trim() !== '' || values.baselineDate !== '';
  if (hasBaseline && !isNumber(values.baselineValue)) {
    add('baseline-value', t('measures.form.baselineValueRequired'));
  }
  if (hasBaseline && !values.baselineDate) {
    add('baseline-date', t('measures.form.baselineDateRequired'));
  }
  values.targets.forEach((target, index) => {
    if (!/^\d{4}-\d{2}$/.test(target.financialYear.trim())) {
      add(
        targetFieldId(index, 'financialYear'),
        t('measures.form.targetYearRequired', { number: index + 1 }),
      );
    }
    if (!isNumber(target.value)) {
      add(
        targetFieldId(index, 'value'),
        t('measures.form.targetValueRequired', { number: index + 1 }),
      );
    }
  });
  return errors;
}

/** The values as the API's create input (also the basis of an update's changes). */
export function measureInput(values: MeasureValues): CreateMeasureInput {
  const hasBaseline = values.baselineValue.trim() !== '' || values.baselineDate !== '';
  return {
    reference: values.reference.trim(),
    name: bilingualInput(values.name),
    definition: bilingualInput(values.definition),
    calculation: bilingualInput(values.calculation),
    dataSource: bilingualInput(values.dataSource),
    unit: values.unit as MeasureUnit,
    direction: values.direction as MeasureDirection,
    frequency: values.frequency as MeasureFrequency,
    ownerId: values.ownerId,
    areaIds: values.areaIds,
    themes: values.themes,
    wellBeingGoals: values.wellBeingGoals,
    waysOfWorking: values.waysOfWorking,
    amberTolerance: values.amberTolerance.trim() ? Number(values.amberTolerance.trim()) : 0,
    redTolerance: Number(values.redTolerance.trim()),
    baseline: hasBaseline
      ? { value: Number(values.baselineValue.trim()), date: values.baselineDate }
      : null,
    targets: values.targets.map((target) => ({
      financialYear: target.financialYear.trim(),
      value: Number(target.value.trim()),
    })),
  };
}

interface Props {
  values: MeasureValues;
  options: MeasureFormOptionsQuery;
  errors: FormError[];
  onChange: (values: MeasureValues) => void;
}

/** The fields of a measure, shared by the create and edit pages. */
export function MeasureFields({ values, options, errors, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const set = <K extends keyof MeasureValues>(key: K, value: MeasureValues[K]) =>
    onChange({ ...values, [key]: value });
  const setTarget = (index: number, part: 'financialYear' | 'value', value: string) =>
    set(
      'targets',
      values.targets.map((target, at) => (at === index ? { ...target, [part]: value } : target)),
    );
  const addTarget = () =>
    set('targets', [
      ...values.targets,
      {
        key: Math.max(0, ...values.targets.map((target) => target.key)) + 1,
        financialYear: '',
        value: '',
      },
    ]);

  const targetsError = errorFor(errors, 'targets-add');

  return (
    <>
      <TextField
        id="reference"
        label={t('measures.form.reference')}
        hint={t('measures.form.referenceHint')}
        className="govuk-input--width-5"
        spellCheck={false}
        value={values.reference}
        error={errorFor(errors, 'reference')}
        onChange={(event) => set('reference', event.target.value)}
      />
      <BilingualInput
        id="name"
        legend={t('measures.form.name')}
        hint={t('plans.actionForm.bilingualHint')}
        value={values.name}
        error={errorFor(errors, 'name-en', 'name-cy')}
        onChange={(value) => set('name', value)}
      />
      <BilingualInput
        id="definition"
        legend={t('measures.form.definition')}
        hint={t('plans.optional')}
        multiline
        value={values.definition}
        error={errorFor(errors, 'definition-en', 'definition-cy')}
        onChange={(value) => set('definition', value)}
      />
      <BilingualInput
        id="calculation"
        legend={t('measures.form.calculation')}
        hint={t('plans.optional')}
        multiline
        value={values.calculation}
        error={errorFor(errors, 'calculation-en', 'calculation-cy')}
        onChange={(value) => set('calculation', value)}
      />
      <BilingualInput
        id="dataSource"
        legend={t('measures.form.dataSource')}
        hint={t('plans.optional')}
        value={values.dataSource}
        error={errorFor(errors, 'dataSource-en', 'dataSource-cy')}
        onChange={(value) => set('dataSource', value)}
      />
      <Radios
        name="unit"
        legend={t('measures.form.unit')}
        options={labelledOptions(MEASURE_UNITS, MEASURE_UNIT_LABELS, language)}
        value={values.unit || null}
        error={errorFor(errors, 'unit')}
        onChange={(value) => set('unit', value)}
      />
      <Radios
        name="direction"
        legend={t('measures.form.direction')}
        options={labelledOptions(MEASURE_DIRECTIONS, MEASURE_DIRECTION_LABELS, language)}
        value={values.direction || null}
        error={errorFor(errors, 'direction')}
        onChange={(value) => set('direction', value)}
      />
      <Radios
        name="frequency"
        legend={t('measures.form.frequency')}
        inline
        options={labelledOptions(MEASURE_FREQUENCIES, MEASURE_FREQUENCY_LABELS, language)}
        value={values.frequency || null}
        error={errorFor(errors, 'frequency')}
        onChange={(value) => set('frequency', value)}
      />
      <PersonSelect
        id="ownerId"
        label={t('measures.form.owner')}
        people={options.people}
        value={values.ownerId}
        emptyLabel={t('measures.form.chooseOwner')}
        error={errorFor(errors, 'ownerId')}
        onChange={(ownerId) => set('ownerId', ownerId)}
      />
      <CheckboxGroup
        name="areaIds"
        legend={t('measures.form.areas')}
        hint={t('measures.form.areasHint', { max: MAX_AREAS })}
        options={areaOptions(options.strategicAreas, language)}
        selected={values.areaIds}
        error={errorFor(errors, 'areaIds')}
        onChange={(next) => set('areaIds', next)}
      />
      <CheckboxGroup
        name="themes"
        legend={t('plans.actionForm.themes')}
        hint={t('plans.actionForm.themesHint')}
        options={labelledOptions(THEMES, THEME_LABELS, language)}
        selected={values.themes}
        error={errorFor(errors, 'themes')}
        onChange={(next) => set('themes', next)}
      />
      <FutureGenerationsFields
        values={values}
        errors={errors}
        onChange={(tags) => onChange({ ...values, ...tags })}
      />
      <TextField
        id="amberTolerance"
        label={t('measures.form.amberTolerance')}
        hint={t('measures.form.amberToleranceHint')}
        className="govuk-input--width-10"
        inputMode="decimal"
        spellCheck={false}
        value={values.amberTolerance}
        error={errorFor(errors, 'amberTolerance')}
        onChange={(event) => set('amberTolerance', event.target.value)}
      />
      <TextField
        id="redTolerance"
        label={t('measures.form.redTolerance')}
        hint={t('measures.form.redToleranceHint')}
        className="govuk-input--width-10"
        inputMode="decimal"
        spellCheck={false}
        value={values.redTolerance}
        error={errorFor(errors, 'redTolerance')}
        onChange={(event) => set('redTolerance', event.target.value)}
      />
      <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          {t('measures.form.baseline')}
        </legend>
        <div className="govuk-hint">{t('measures.form.baselineHint')}</div>
        <TextField
          id="baseline-value"
          label={t('measures.form.baselineValue')}
          className="govuk-input--width-10"
          inputMode="decimal"
          spellCheck={false}
          value={values.baselineValue}
          error={errorFor(errors, 'baseline-value')}
          onChange={(event) => set('baselineValue', event.target.value)}
        />
        <TextField
          id="baseline-date"
          type="date"
          label={t('measures.form.baselineDate')}
          className="govuk-input--width-10"
          value={values.baselineDate}
          error={errorFor(errors, 'baseline-date')}
          onChange={(event) => set('baselineDate', event.target.value)}
        />
      </fieldset>
      <div className={formGroupClass(targetsError)}>
        <fieldset className="govuk-fieldset" aria-describedby="targets-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            {t('measures.form.targets')}
          </legend>
          <div id="targets-hint" className="govuk-hint">
            {t('measures.form.targetsHint')}
          </div>
          {targetsError && <ErrorMessage id="targets-error" error={targetsError} />}
          {values.targets.map((target, index) => {
            const number = index + 1;
            return (
              <fieldset key={target.key} className="govuk-fieldset app-target-row">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                  {t('measures.form.target', { number })}
                </legend>
                <TextField
                  id={targetFieldId(index, 'financialYear')}
                  label={t('measures.form.targetYear')}
                  hint={t('measures.form.targetYearHint')}
                  className="govuk-input--width-5"
                  spellCheck={false}
                  value={target.financialYear}
                  error={errorFor(errors, targetFieldId(index, 'financialYear'))}
                  onChange={(event) => setTarget(index, 'financialYear', event.target.value)}
                />
                <TextField
                  id={targetFieldId(index, 'value')}
                  label={t('measures.form.targetValue')}
                  className="govuk-input--width-10"
                  inputMode="decimal"
                  spellCheck={false}
                  value={target.value}
                  error={errorFor(errors, targetFieldId(index, 'value'))}
                  onChange={(event) => setTarget(index, 'value', event.target.value)}
                />
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() =>
                    set(
                      'targets',
                      values.targets.filter((_, at) => at !== index),
                    )
                  }
                >
                  {t('measures.form.removeTarget', { number })}
                </button>
              </fieldset>
            );
          })}
          <button
            id="targets-add"
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={addTarget}
          >
            {values.targets.length === 0
              ? t('measures.form.addTarget')
              : t('measures.form.addAnotherTarget')}
          </button>
        </fieldset>
      </div>
    </>
  );
}
