import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { PlanFieldsFragment } from '../../../gql/graphql';
import {
  BilingualInput,
  bilingualInput,
  bilingualValue,
  type BilingualValue,
} from '../../../ui/bilingual-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { readApiError, type VersionConflict } from '../graphql/errors';
import { UPDATE_PLAN } from '../graphql/plans';
import { ConflictSummary, type ConflictRow } from './conflict-summary';
import { errorFor, fromApiErrors, type FormError } from './form-errors';

function titleOf(current: Record<string, unknown>): BilingualValue {
  const title = (current['title'] ?? {}) as { en?: string | null; cy?: string | null };
  return bilingualValue(title);
}

/** Renames a plan, against the version loaded; a conflicting rename is shown, not overwritten. */
export function PlanTitleForm({
  plan,
  onError,
}: {
  plan: PlanFieldsFragment;
  onError: (hasErrors: boolean) => void;
}) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState(() => ({
    title: bilingualValue(plan.title),
    version: plan.version,
  }));
  const [title, setTitle] = useState(loaded.title);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [conflict, setConflict] = useState<VersionConflict | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UPDATE_PLAN, { refetchQueries: ['AnnualPlans'] });

  function show(next: FormError[], nextConflict: VersionConflict | null) {
    setErrors(next);
    setConflict(nextConflict);
    onError(next.length > 0 || nextConflict !== null);
  }

  async function save(expectedVersion: number) {
    setSaved(false);
    if (!title.en.trim() && !title.cy.trim()) {
      show([{ fieldId: 'plan-title-en', message: t('plans.plan.titleRequired') }], null);
      return;
    }
    try {
      const { data } = await update({
        variables: { input: { id: plan.id, expectedVersion, title: bilingualInput(title) } },
      });
      if (data) {
        const next = {
          title: bilingualValue(data.updatePlan.title),
          version: data.updatePlan.version,
        };
        setLoaded(next);
        setTitle(next.title);
        setSaved(true);
      }
      show([], null);
    } catch (error) {
      const problem = readApiError(error);
      if (problem.kind === 'conflict') show([], problem.conflict);
      else if (problem.kind === 'refused') {
        show(
          fromApiErrors(problem.errors, (path) =>
            path.startsWith('title') ? `plan-title-${path.endsWith('cy') ? 'cy' : 'en'}` : null,
          ),
          null,
        );
      } else show([{ message: t('errors.serviceProblem') }], null);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(loaded.version);
  }

  function conflictRows(details: VersionConflict): ConflictRow[] {
    const theirs = titleOf(details.current);
    return (['en', 'cy'] as const)
      .filter((language) => theirs[language].trim() !== loaded.title[language].trim())
      .map((language) => ({
        label: t(`plans.plan.titleIn.${language}`),
        theirs: theirs[language],
        yours: title[language],
      }));
  }

  return (
    <section aria-labelledby="plan-title-heading">
      <h2 className="govuk-heading-m" id="plan-title-heading">
        {t('plans.plan.titleHeading')}
      </h2>
      {saved && (
        <p className="govuk-body" role="status">
          {t('plans.plan.titleSaved')}
        </p>
      )}
      {conflict && (
        <ConflictSummary
          rows={conflictRows(conflict)}
          busy={loading}
          onUseTheirs={() => {
            const next = { title: titleOf(conflict.current), version: conflict.currentVersion };
            setLoaded(next);
            setTitle(next.title);
            show([], null);
          }}
          onKeepMine={() => void save(conflict.currentVersion)}
        />
      )}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <BilingualInput
          id="plan-title"
          legend={t('plans.plan.titleLegend')}
          hint={t('plans.actionForm.bilingualHint')}
          value={title}
          error={errorFor(errors, 'plan-title-en', 'plan-title-cy')}
          onChange={setTitle}
        />
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={loading}>
          {loading ? t('plans.saving') : t('plans.plan.saveTitle')}
        </button>
      </form>
    </section>
  );
}
