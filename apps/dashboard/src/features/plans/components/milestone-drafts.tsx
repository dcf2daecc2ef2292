import { useTranslation } from 'react-i18next';

import { BilingualInput, EMPTY_BILINGUAL, type BilingualValue } from '../../../ui/bilingual-input';
import { TextField } from '../../../ui/text-field';
import { errorFor, type FormError } from './form-errors';

export interface MilestoneDraft {
  /** Only for React's keys: drafts can be removed from the middle. */
  key: number;
  title: BilingualValue;
  dueDate: string;
}

export function newMilestoneDraft(key: number, dueDate: string): MilestoneDraft {
  return { key, title: EMPTY_BILINGUAL, dueDate };
}

/** The control for a milestone's API input path, e.g. "milestones.1.dueDate". */
export function milestoneFieldId(index: string | undefined, part: string | undefined) {
  if (index === undefined || !/^\d+$/.test(index)) return null;
  if (part === 'dueDate') return `milestones-${index}-dueDate`;
  return `milestones-${index}-title-en`;
}

interface Props {
  drafts: MilestoneDraft[];
  errors: FormError[];
  onChange: (drafts: MilestoneDraft[]) => void;
  onAdd: () => void;
}

/** Milestones to create with a new action; none are required. */
export function MilestoneDrafts({ drafts, errors, onChange, onAdd }: Props) {
  const { t } = useTranslation();
  const update = (index: number, draft: MilestoneDraft) =>
    onChange(drafts.map((item, i) => (i === index ? draft : item)));
  return (
    <>
      <h2 className="govuk-heading-m">{t('plans.milestones.initialTitle')}</h2>
      <p className="govuk-body">{t('plans.milestones.initialHint')}</p>
      {drafts.map((draft, index) => {
        const number = index + 1;
        return (
          <div key={draft.key} className="govuk-inset-text">
            <h3 className="govuk-heading-s">{t('plans.milestones.number', { number })}</h3>
            <BilingualInput
              id={`milestones-${index}-title`}
              legend={t('plans.milestones.milestoneTitle')}
              value={draft.title}
              error={errorFor(
                errors,
                `milestones-${index}-title-en`,
                `milestones-${index}-title-cy`,
              )}
              onChange={(title) => update(index, { ...draft, title })}
            />
            <TextField
              id={`milestones-${index}-dueDate`}
              type="date"
              label={t('plans.milestones.dueDate')}
              className="govuk-input--width-10"
              value={draft.dueDate}
              error={errorFor(errors, `milestones-${index}-dueDate`)}
              onChange={(event) => update(index, { ...draft, dueDate: event.target.value })}
            />
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => onChange(drafts.filter((_, i) => i !== index))}
            >
              {t('plans.milestones.remove', { number })}
            </button>
          </div>
        );
      })}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onAdd}>
        {drafts.length === 0 ? t('plans.milestones.addFirst') : t('plans.milestones.addAnother')}
      </button>
    </>
  );
}
