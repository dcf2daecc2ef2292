import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { localise } from '@cynnydd/shared/domain';

import type { EditableMilestoneFragment } from '../../../gql/graphql';
import { formatDate, todayInWales } from '../../../i18n/format';
import {
  bilingualInput,
  BilingualInput,
  bilingualValue,
  EMPTY_BILINGUAL,
  type BilingualValue,
} from '../../../ui/bilingual-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { LocalisedText } from '../../../ui/localised-text';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { MilestoneProgress } from '../../actions/components/milestone-progress';
import { readApiError } from '../graphql/errors';
import { ADD_MILESTONE, UPDATE_MILESTONE } from '../graphql/plans';
import { errorFor, fromApiErrors, type FormError } from './form-errors';

interface Draft {
  title: BilingualValue;
  dueDate: string;
}

function MilestoneForm({
  id,
  heading,
  submitLabel,
  initial,
  busy,
  errors,
  onSubmit,
  onCancel,
}: {
  id: string;
  heading: string;
  submitLabel: string;
  initial: Draft;
  busy: boolean;
  errors: FormError[];
  onSubmit: (draft: Draft) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(draft);
  }
  return (
    <form
      noValidate
      onSubmit={submit}
      className="govuk-!-margin-bottom-6"
      aria-labelledby={`${id}-heading`}
    >
      <h3 className="govuk-heading-s" id={`${id}-heading`}>
        {heading}
      </h3>
      <BilingualInput
        id={`${id}-title`}
        legend={t('plans.milestones.milestoneTitle')}
        value={draft.title}
        error={errorFor(errors, `${id}-title-en`, `${id}-title-cy`)}
        onChange={(title) => setDraft({ ...draft, title })}
      />
      <TextField
        id={`${id}-dueDate`}
        type="date"
        label={t('plans.milestones.dueDate')}
        className="govuk-input--width-10"
        value={draft.dueDate}
        error={errorFor(errors, `${id}-dueDate`)}
        onChange={(event) => setDraft({ ...draft, dueDate: event.target.value })}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            {t('plans.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * An action's milestones: add one, change one's title or due date, mark one complete or reopen
 * it. Each change is made against the milestone's loaded version; a conflicting change is
 * reported with the milestone as it now is, and the list is reloaded.
 */
export function MilestonesEditor({
  actionId,
  milestones,
  defaultDueDate,
  reload,
}: {
  actionId: string;
  milestones: EditableMilestoneFragment[];
  defaultDueDate: string;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = todayInWales();
  const [editing, setEditing] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [addKey, setAddKey] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [add, adding] = useMutation(ADD_MILESTONE);
  const [update, updating] = useMutation(UPDATE_MILESTONE);
  const busy = adding.loading || updating.loading;

  function fieldIdIn(formId: string) {
    return (path: string) => {
      const [name, part] = path.split('.');
      if (name === 'title') return `${formId}-title-${part === 'cy' ? 'cy' : 'en'}`;
      if (name === 'dueDate') return `${formId}-dueDate`;
      return null;
    };
  }

  async function run(formId: string, mutate: () => Promise<unknown>, done: string) {
    setNotice(null);
    try {
      await mutate();
      setErrors([]);
      setNotice(done);
      return true;
    } catch (error) {
      const problem = readApiError(error);
      if (problem.kind === 'conflict') {
        const current = problem.conflict.current;
        const title = current['title'] as { en: string | null; cy: string | null } | undefined;
        const completedOn =
          typeof current['completedOn'] === 'string' ? current['completedOn'] : null;
        const dueDate = typeof current['dueDate'] === 'string' ? current['dueDate'] : null;
        setErrors([
          {
            message: t('plans.milestones.conflict', {
              title: (title && localise(title, language)?.text) ?? '',
              due: dueDate ? formatDate(dueDate, language) : '',
              progress: completedOn
                ? t('plans.milestones.completedOn', { date: formatDate(completedOn, language) })
                : t('plans.milestones.outstanding'),
            }),
          },
        ]);
        setEditing(null);
        await reload();
      } else if (problem.kind === 'refused') {
        setErrors(fromApiErrors(problem.errors, fieldIdIn(formId)));
      } else {
        setErrors([{ message: t('errors.serviceProblem') }]);
      }
      return false;
    }
  }

  function check(formId: string, draft: Draft): boolean {
    const problems: FormError[] = [];
    if (!draft.title.en.trim() && !draft.title.cy.trim()) {
      problems.push({ fieldId: `${formId}-title-en`, message: t('plans.milestones.titleNeeded') });
    }
    if (!draft.dueDate) {
      problems.push({ fieldId: `${formId}-dueDate`, message: t('plans.milestones.dueNeeded') });
    }
    setErrors(problems);
    return problems.length === 0;
  }

  async function addMilestone(draft: Draft) {
    if (!check('new-milestone', draft)) return;
    const ok = await run(
      'new-milestone',
      () =>
        add({
          variables: {
            input: { actionId, title: bilingualInput(draft.title), dueDate: draft.dueDate },
          },
        }).then(reload),
      t('plans.milestones.added'),
    );
    if (ok) setAddKey(addKey + 1);
  }

  async function change(milestone: EditableMilestoneFragment, draft: Draft) {
    const formId = `milestone-${milestone.id}`;
    if (!check(formId, draft)) return;
    const ok = await run(
      formId,
      () =>
        update({
          variables: {
            input: {
              id: milestone.id,
              expectedVersion: milestone.version,
              title: bilingualInput(draft.title),
              dueDate: draft.dueDate,
            },
          },
        }),
      t('plans.milestones.changed'),
    );
    if (ok) setEditing(null);
  }

  function setCompleted(milestone: EditableMilestoneFragment, completed: boolean) {
    void run(
      `milestone-${milestone.id}`,
      () =>
        update({
          variables: {
            input: {
              id: milestone.id,
              expectedVersion: milestone.version,
              completedOn: completed ? today : null,
            },
          },
        }),
      completed ? t('plans.milestones.markedComplete') : t('plans.milestones.reopened'),
    );
  }

  const editingMilestone = milestones.find((milestone) => milestone.id === editing);
  return (
    <section aria-labelledby="milestones-heading">
      <h2 className="govuk-heading-m" id="milestones-heading">
        {t('plans.milestones.title')}
      </h2>
      <ErrorSummary errors={errors} />
      {notice && (
        <p className="govuk-body" role="status">
          {notice}
        </p>
      )}
      {milestones.length === 0 ? (
        <p className="govuk-body">{t('plans.milestones.none')}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">
            {t('plans.milestones.title')}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t('plans.milestones.milestone')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('plans.actionForm.dueDate')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('plans.milestones.progress')}
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">{t('plans.milestones.changes')}</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {milestones.map((milestone) => {
              const name = localise(milestone.title, language)?.text ?? '';
              return (
                <tr key={milestone.id} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    <LocalisedText value={milestone.title} />
                  </td>
                  <td className="govuk-table__cell">{formatDate(milestone.dueDate, language)}</td>
                  <td className="govuk-table__cell">
                    <MilestoneProgress milestone={milestone} today={today} />
                  </td>
                  <td className="govuk-table__cell">
                    <div className="govuk-button-group govuk-!-margin-bottom-0">
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
                        disabled={busy}
                        onClick={() => setCompleted(milestone, !milestone.completedOn)}
                      >
                        {milestone.completedOn
                          ? t('plans.milestones.reopen')
                          : t('plans.milestones.complete')}
                        <span className="govuk-visually-hidden">: {name}</span>
                      </button>
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
                        onClick={() => {
                          setErrors([]);
                          setEditing(milestone.id);
                        }}
                      >
                        {t('plans.milestones.change')}
                        <span className="govuk-visually-hidden">: {name}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editingMilestone && (
        <MilestoneForm
          key={`${editingMilestone.id}-${editingMilestone.version}`}
          id={`milestone-${editingMilestone.id}`}
          heading={t('plans.milestones.changeHeading', {
            title: localise(editingMilestone.title, language)?.text ?? '',
          })}
          submitLabel={t('plans.milestones.save')}
          initial={{
            title: bilingualValue(editingMilestone.title),
            dueDate: editingMilestone.dueDate,
          }}
          busy={busy}
          errors={errors}
          onSubmit={(draft) => void change(editingMilestone, draft)}
          onCancel={() => setEditing(null)}
        />
      )}
      <MilestoneForm
        key={addKey}
        id="new-milestone"
        heading={t('plans.milestones.addHeading')}
        submitLabel={t('plans.milestones.add')}
        initial={{ title: EMPTY_BILINGUAL, dueDate: defaultDueDate }}
        busy={busy}
        errors={errors}
        onSubmit={(draft) => void addMilestone(draft)}
      />
    </section>
  );
}
