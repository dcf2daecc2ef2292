import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import {
  LEAD_ORGANISATION_LABELS,
  localise,
  THEME_LABELS,
  type Language,
} from '@cynnydd/shared/domain';

import type { ActionFormOptionsQuery, LeadOrganisation, Theme } from '../../../gql/graphql';
import { BilingualInput, EMPTY_BILINGUAL, type BilingualValue } from '../../../ui/bilingual-input';
import { ErrorMessage, formGroupClass } from '../../../ui/error-message';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { errorFor, type FormError } from './form-errors';
import {
  futureGenerationsFieldId,
  FutureGenerationsFields,
  type FutureGenerationsValues,
} from './future-generations';

export const LEAD_ORGANISATIONS: LeadOrganisation[] = ['HEIW', 'SOCIAL_CARE_WALES', 'JOINT'];
export const THEMES: Theme[] = [
  'WELL_BEING',
  'INCLUSION',
  'WELSH_LANGUAGE_AND_CULTURE',
  'STAFF_RETENTION',
];
export const MAX_OWNERS = 10;

export interface ActionValues extends FutureGenerationsValues {
  areaId: string;
  reference: string;
  title: BilingualValue;
  description: BilingualValue;
  leadOrganisation: LeadOrganisation | '';
  startDate: string;
  dueDate: string;
  ownerIds: string[];
  themes: Theme[];
  needsPartnershipConsultation: boolean;
}

export function emptyActionValues(startDate: string, dueDate: string): ActionValues {
  return {
    areaId: '',
    reference: '',
    title: EMPTY_BILINGUAL,
    description: EMPTY_BILINGUAL,
    leadOrganisation: '',
    startDate,
    dueDate,
    ownerIds: [],
    themes: [],
    wellBeingGoals: [],
    waysOfWorking: [],
    needsPartnershipConsultation: false,
  };
}

type Options = ActionFormOptionsQuery;

/** The control an API input path (e.g. "title.cy", "ownerIds") belongs to, if any. */
export function actionFieldId(path: string): string | null {
  const [name, part] = path.split('.');
  switch (name) {
    case 'title':
    case 'description':
      return `${name}-${part === 'cy' ? 'cy' : 'en'}`;
    case 'areaId':
    case 'reference':
    case 'leadOrganisation':
    case 'startDate':
    case 'dueDate':
      return name;
    case 'ownerIds':
      return 'owners';
    case 'themes':
      return 'themes';
    case 'needsPartnershipConsultation':
      return name;
    default:
      return futureGenerationsFieldId(path);
  }
}

/** Errors the form can find before asking the API. */
export function checkActionValues(values: ActionValues, t: TFunction): FormError[] {
  const errors: FormError[] = [];
  const add = (
    fieldId: string,
    key:
      | 'areaRequired'
      | 'referenceRequired'
      | 'titleRequired'
      | 'leadRequired'
      | 'startRequired'
      | 'dueRequired'
      | 'ownersRequired'
      | 'tooManyOwners',
  ) => errors.push({ fieldId, message: t(`plans.actionForm.${key}`) });
  if (!values.areaId) add('areaId', 'areaRequired');
  if (!values.reference.trim()) add('reference', 'referenceRequired');
  if (!values.title.en.trim() && !values.title.cy.trim()) add('title-en', 'titleRequired');
  if (!values.leadOrganisation) add('leadOrganisation', 'leadRequired');
  if (!values.startDate) add('startDate', 'startRequired');
  if (!values.dueDate) add('dueDate', 'dueRequired');
  if (values.ownerIds.length === 0) add('owners', 'ownersRequired');
  if (values.ownerIds.length > MAX_OWNERS) add('owners', 'tooManyOwners');
  return errors;
}

function personLabel(person: Options['people'][number]) {
  return `${person.name} (${person.organisation.code})`;
}

function areaLabel(area: Options['strategicAreas'][number], language: Language) {
  return `${area.number}. ${localise(area.title, language)?.text ?? ''}`;
}

interface Props {
  values: ActionValues;
  options: Options;
  errors: FormError[];
  onChange: (values: ActionValues) => void;
}

/** The fields of an action, shared by the create and edit forms. */
export function ActionFields({ values, options, errors, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const set = <K extends keyof ActionValues>(key: K, value: ActionValues[K]) =>
    onChange({ ...values, [key]: value });

  const areaError = errorFor(errors, 'areaId');
  const leadError = errorFor(errors, 'leadOrganisation');
  const ownersError = errorFor(errors, 'owners');
  const themesError = errorFor(errors, 'themes');

  return (
    <>
      <SelectField
        id="areaId"
        label={t('plans.actionForm.area')}
        error={areaError}
        value={values.areaId}
        onChange={(event) => set('areaId', event.target.value)}
      >
        <option value="">{t('plans.actionForm.chooseArea')}</option>
        {options.strategicAreas.map((area) => (
          <option key={area.id} value={area.id}>
            {areaLabel(area, language)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="reference"
        label={t('plans.actionForm.reference')}
        hint={t('plans.actionForm.referenceHint')}
        className="govuk-input--width-5"
        spellCheck={false}
        value={values.reference}
        error={errorFor(errors, 'reference')}
        onChange={(event) => set('reference', event.target.value)}
      />
      <BilingualInput
        id="title"
        legend={t('plans.actionForm.title')}
        hint={t('plans.actionForm.bilingualHint')}
        value={values.title}
        error={errorFor(errors, 'title-en', 'title-cy')}
        onChange={(value) => set('title', value)}
      />
      <BilingualInput
        id="description"
        legend={t('plans.actionForm.description')}
        hint={t('plans.optional')}
        multiline
        value={values.description}
        error={errorFor(errors, 'description-en', 'description-cy')}
        onChange={(value) => set('description', value)}
      />
      <div className={formGroupClass(leadError)}>
        <fieldset
          className="govuk-fieldset"
          aria-describedby={leadError ? 'leadOrganisation-error' : undefined}
        >
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            {t('plans.actionForm.lead')}
          </legend>
          {leadError && <ErrorMessage id="leadOrganisation-error" error={leadError} />}
          <div className="govuk-radios govuk-radios--small">
            {LEAD_ORGANISATIONS.map((organisation, index) => {
              const id = index === 0 ? 'leadOrganisation' : `leadOrganisation-${organisation}`;
              return (
                <div key={organisation} className="govuk-radios__item">
                  <input
                    id={id}
                    name="leadOrganisation"
                    type="radio"
                    className="govuk-radios__input"
                    value={organisation}
                    checked={values.leadOrganisation === organisation}
                    onChange={() => set('leadOrganisation', organisation)}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={id}>
                    {LEAD_ORGANISATION_LABELS[organisation][language]}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <TextField
        id="startDate"
        type="date"
        label={t('plans.actionForm.startDate')}
        className="govuk-input--width-10"
        value={values.startDate}
        error={errorFor(errors, 'startDate')}
        onChange={(event) => set('startDate', event.target.value)}
      />
      <TextField
        id="dueDate"
        type="date"
        label={t('plans.actionForm.dueDate')}
        className="govuk-input--width-10"
        value={values.dueDate}
        error={errorFor(errors, 'dueDate')}
        onChange={(event) => set('dueDate', event.target.value)}
      />
      <div className={formGroupClass(ownersError)}>
        <fieldset
          className="govuk-fieldset"
          aria-describedby={['owners-hint', ownersError && 'owners-error']
            .filter(Boolean)
            .join(' ')}
        >
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            {t('plans.actionForm.owners')}
          </legend>
          <div id="owners-hint" className="govuk-hint">
            {t('plans.actionForm.ownersHint', { max: MAX_OWNERS })}
          </div>
          {ownersError && <ErrorMessage id="owners-error" error={ownersError} />}
          <div className="govuk-checkboxes govuk-checkboxes--small app-owner-choices">
            {options.people.map((person, index) => {
              const id = index === 0 ? 'owners' : `owners-${person.id}`;
              const checked = values.ownerIds.includes(person.id);
              return (
                <div key={person.id} className="govuk-checkboxes__item">
                  <input
                    id={id}
                    name="owners"
                    type="checkbox"
                    className="govuk-checkboxes__input"
                    value={person.id}
                    checked={checked}
                    onChange={() =>
                      set(
                        'ownerIds',
                        checked
                          ? values.ownerIds.filter((ownerId) => ownerId !== person.id)
                          : [...values.ownerIds, person.id],
                      )
                    }
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                    {personLabel(person)}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <div className={formGroupClass(themesError)}>
        <fieldset
          className="govuk-fieldset"
          aria-describedby={['themes-hint', themesError && 'themes-error']
            .filter(Boolean)
            .join(' ')}
        >
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            {t('plans.actionForm.themes')}
          </legend>
          <div id="themes-hint" className="govuk-hint">
            {t('plans.actionForm.themesHint')}
          </div>
          {themesError && <ErrorMessage id="themes-error" error={themesError} />}
          <div className="govuk-checkboxes govuk-checkboxes--small">
            {THEMES.map((theme, index) => {
              const id = index === 0 ? 'themes' : `themes-${theme}`;
              const checked = values.themes.includes(theme);
              return (
                <div key={theme} className="govuk-checkboxes__item">
                  <input
                    id={id}
                    name="themes"
                    type="checkbox"
                    className="govuk-checkboxes__input"
                    value={theme}
                    checked={checked}
                    onChange={() =>
                      set(
                        'themes',
                        checked
                          ? values.themes.filter((item) => item !== theme)
                          : [...values.themes, theme],
                      )
                    }
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                    {THEME_LABELS[theme][language]}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <FutureGenerationsFields
        values={values}
        errors={errors}
        onChange={(tags) => onChange({ ...values, ...tags })}
      />
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              id="needsPartnershipConsultation"
              name="needsPartnershipConsultation"
              type="checkbox"
              className="govuk-checkboxes__input"
              aria-describedby="needsPartnershipConsultation-hint"
              checked={values.needsPartnershipConsultation}
              onChange={(event) => set('needsPartnershipConsultation', event.target.checked)}
            />
            <label
              className="govuk-label govuk-checkboxes__label"
              htmlFor="needsPartnershipConsultation"
            >
              {t('plans.actionForm.partnership')}
            </label>
            <div
              id="needsPartnershipConsultation-hint"
              className="govuk-hint govuk-checkboxes__hint"
            >
              {t('plans.actionForm.partnershipHint')}
            </div>
          </div>
        </div>
      </div>
    </>
  );
}
