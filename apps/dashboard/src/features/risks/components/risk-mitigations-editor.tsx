import { useTranslation } from 'react-i18next';

import { BilingualInput, EMPTY_BILINGUAL, type BilingualValue } from '../../../ui/bilingual-input';
import { ErrorMessage, formGroupClass } from '../../../ui/error-message';
import { TextField } from '../../../ui/text-field';
import { PersonSelect, type PersonChoice } from '../../accounts/components/person-select';
import { errorFor, type FormError } from '../../plans/components/form-errors';

/** One follow-up as typed; `id` once saved, so the API keeps it rather than replacing it. */
export interface MitigationDraft {
  /** Stable across removals, for React. */
  key: number;
  id: string | null;
  description: BilingualValue;
  ownerId: string;
  dueDate: string;
  completedOn: string;
}

/** A follow-up's control ids: `mitigations-0-dueDate`, `mitigations-1-description-en`... */
export const mitigationFieldId = (index: number | string, part: string) =>
  `mitigations-${index}-${part}`;
const fieldId = mitigationFieldId;

/** The follow-ups that bring a risk down: add, change or remove each. */
export function RiskMitigationsEditor({
  mitigations,
  people,
  errors,
  onChange,
}: {
  mitigations: MitigationDraft[];
  people: readonly PersonChoice[];
  errors: FormError[];
  onChange: (mitigations: MitigationDraft[]) => void;
}) {
  const { t } = useTranslation();
  const addError = errorFor(errors, 'mitigations-add');
  const update = (index: number, changes: Partial<MitigationDraft>) =>
    onChange(mitigations.map((item, at) => (at === index ? { ...item, ...changes } : item)));
  const add = () =>
    onChange([
      ...mitigations,
      {
        key: Math.max(0, ...mitigations.map((item) => item.key)) + 1,
        id: null,
        description: EMPTY_BILINGUAL,
        ownerId: '',
        dueDate: '',
        completedOn: '',
      },
    ]);
  return (
    <div className={formGroupClass(addError)}>
      <fieldset className="govuk-fieldset" aria-describedby="mitigations-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          {t('risks.mitigationsForm.title')}
        </legend>
        <div id="mitigations-hint" className="govuk-hint">
          {t('risks.mitigationsForm.hint')}
        </div>
        {addError && <ErrorMessage id="mitigations-error" error={addError} />}
        {mitigations.map((mitigation, index) => {
          const number = index + 1;
          return (
            <fieldset key={mitigation.key} className="govuk-fieldset app-target-row">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                {t('risks.mitigationsForm.mitigation', { number })}
              </legend>
              <BilingualInput
                id={fieldId(index, 'description')}
                legend={t('risks.mitigationsForm.description')}
                value={mitigation.description}
                error={errorFor(
                  errors,
                  fieldId(index, 'description-en'),
                  fieldId(index, 'description-cy'),
                )}
                onChange={(description) => update(index, { description })}
              />
              <PersonSelect
                id={fieldId(index, 'ownerId')}
                label={t('risks.mitigationsForm.owner')}
                people={people}
                value={mitigation.ownerId}
                emptyLabel={t('risks.form.chooseOwner')}
                error={errorFor(errors, fieldId(index, 'ownerId'))}
                onChange={(ownerId) => update(index, { ownerId })}
              />
              <TextField
                id={fieldId(index, 'dueDate')}
                type="date"
                label={t('risks.mitigationsForm.due')}
                className="govuk-input--width-10"
                value={mitigation.dueDate}
                error={errorFor(errors, fieldId(index, 'dueDate'))}
                onChange={(event) => update(index, { dueDate: event.target.value })}
              />
              <TextField
                id={fieldId(index, 'completedOn')}
                type="date"
                label={t('risks.mitigationsForm.completedOn')}
                hint={t('risks.mitigationsForm.completedOnHint')}
                className="govuk-input--width-10"
                value={mitigation.completedOn}
                error={errorFor(errors, fieldId(index, 'completedOn'))}
                onChange={(event) => update(index, { completedOn: event.target.value })}
              />
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => onChange(mitigations.filter((_, at) => at !== index))}
              >
                {t('risks.mitigationsForm.remove', { number })}
              </button>
            </fieldset>
          );
        })}
        <button
          id="mitigations-add"
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={add}
        >
          {mitigations.length === 0
            ? t('risks.mitigationsForm.add')
            : t('risks.mitigationsForm.addAnother')}
        </button>
      </fieldset>
    </div>
  );
}
