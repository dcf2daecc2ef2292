import { useTranslation } from 'react-i18next';

import type { ReviewPeopleQuery } from '../../../gql/graphql';
import { BilingualInput, type BilingualValue } from '../../../ui/bilingual-input';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { errorFor, type FormError } from '../../plans/components/form-errors';

export interface FollowUpDraft {
  key: number;
  title: BilingualValue;
  ownerId: string;
  dueDate: string;
}

/** The ids of a follow-up's controls, for labels and for the error summary's links. */
export const followUpFieldId = {
  title: (index: number) => `follow-up-${index}-title`,
  owner: (index: number) => `follow-up-${index}-owner`,
  dueDate: (index: number) => `follow-up-${index}-due`,
};

interface Props {
  drafts: FollowUpDraft[];
  people: ReviewPeopleQuery['people'];
  errors: FormError[];
  onChange: (drafts: FollowUpDraft[]) => void;
  onAdd: () => void;
}

/** The follow-up actions a decision sets: each with a title, an owner and a due date. */
export function FollowUpDrafts({ drafts, people, errors, onChange, onAdd }: Props) {
  const { t } = useTranslation();
  const change = (index: number, next: Partial<FollowUpDraft>) =>
    onChange(drafts.map((draft, i) => (i === index ? { ...draft, ...next } : draft)));
  return (
    <div className="govuk-form-group">
      <h3 className="govuk-heading-s">{t('review.followUps.heading')}</h3>
      <p className="govuk-hint">{t('review.followUps.hint')}</p>
      {drafts.map((draft, index) => {
        const number = index + 1;
        const titleId = followUpFieldId.title(index);
        const ownerId = followUpFieldId.owner(index);
        const ownerError = errorFor(errors, ownerId);
        return (
          <fieldset key={draft.key} className="govuk-fieldset app-follow-up-draft">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              {t('review.followUps.legend', { number })}
            </legend>
            <BilingualInput
              id={titleId}
              legend={t('review.followUps.title')}
              value={draft.title}
              error={errorFor(errors, `${titleId}-en`, `${titleId}-cy`)}
              onChange={(title) => change(index, { title })}
            />
            <SelectField
              id={ownerId}
              label={t('review.followUps.owner')}
              error={ownerError}
              value={draft.ownerId}
              onChange={(event) => change(index, { ownerId: event.target.value })}
            >
              <option value="">{t('review.followUps.chooseOwner')}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name} ({person.organisation.code})
                </option>
              ))}
            </SelectField>
            <TextField
              id={followUpFieldId.dueDate(index)}
              type="date"
              label={t('review.followUps.dueDate')}
              className="govuk-input--width-10"
              value={draft.dueDate}
              error={errorFor(errors, followUpFieldId.dueDate(index))}
              onChange={(event) => change(index, { dueDate: event.target.value })}
            />
            <button
              type="button"
              className="govuk-button govuk-button--warning govuk-!-margin-bottom-4"
              onClick={() => onChange(drafts.filter((_, i) => i !== index))}
            >
              {t('review.followUps.remove', { number })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onAdd}>
        {drafts.length === 0 ? t('review.followUps.addFirst') : t('review.followUps.addAnother')}
      </button>
    </div>
  );
}
