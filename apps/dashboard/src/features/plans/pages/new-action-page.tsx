import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { Permission } from '@cynnydd/shared/domain';

import type { AnnualPlanQuery } from '../../../gql/graphql';
import { bilingualInput } from '../../../ui/bilingual-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { usePageTitle } from '../../../ui/use-page-title';
import {
  actionFieldId,
  ActionFields,
  checkActionValues,
  emptyActionValues,
  type ActionValues,
} from '../components/action-fields';
import { fromApiErrors, type FormError } from '../components/form-errors';
import {
  MilestoneDrafts,
  milestoneFieldId,
  newMilestoneDraft,
  type MilestoneDraft,
} from '../components/milestone-drafts';
import { LoadError } from '../components/notice';
import { RequirePermission } from '../components/require-permission';
import { readApiError } from '../graphql/errors';
import { ACTION_FORM_OPTIONS, ANNUAL_PLAN, CREATE_ACTION } from '../graphql/plans';

type Plan = AnnualPlanQuery['annualPlan'];

/** Where the plan page says which action was just added. */
export interface ActionCreatedState {
  createdAction?: { id: string; reference: string };
}

function fieldIdOf(path: string): string | null {
  const [name, index, part] = path.split('.');
  if (name === 'milestones') return milestoneFieldId(index, part);
  return actionFieldId(path);
}

function CreateActionForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useQuery(ACTION_FORM_OPTIONS);
  const [values, setValues] = useState<ActionValues>(() =>
    emptyActionValues(plan.startDate, plan.endDate),
  );
  const [drafts, setDrafts] = useState<MilestoneDraft[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [create, { loading }] = useMutation(CREATE_ACTION, {
    update(cache) {
      // The plan's action lists and counts have changed: fetch them again where shown next.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'actions' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'annualPlans' });
      cache.gc();
    },
  });
  const title = t('plans.newAction.title', { year: plan.financialYear });
  usePageTitle(title, errors.length > 0);

  function check(): FormError[] {
    const problems = checkActionValues(values, t);
    drafts.forEach((draft, index) => {
      if (!draft.title.en.trim() && !draft.title.cy.trim()) {
        problems.push({
          fieldId: `milestones-${index}-title-en`,
          message: t('plans.milestones.titleRequired', { number: index + 1 }),
        });
      }
      if (!draft.dueDate) {
        problems.push({
          fieldId: `milestones-${index}-dueDate`,
          message: t('plans.milestones.dueRequired', { number: index + 1 }),
        });
      }
    });
    return problems;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = check();
    setErrors(problems);
    if (problems.length > 0 || !values.leadOrganisation) return;
    try {
      const { data } = await create({
        variables: {
          input: {
            planId: plan.id,
            areaId: values.areaId,
            reference: values.reference.trim(),
            title: bilingualInput(values.title),
            description: bilingualInput(values.description),
            leadOrganisation: values.leadOrganisation,
            startDate: values.startDate,
            dueDate: values.dueDate,
            ownerIds: values.ownerIds,
            themes: values.themes,
            wellBeingGoals: values.wellBeingGoals,
            waysOfWorking: values.waysOfWorking,
            needsPartnershipConsultation: values.needsPartnershipConsultation,
            milestones: drafts.map((draft) => ({
              title: bilingualInput(draft.title),
              dueDate: draft.dueDate,
            })),
          },
        },
      });
      const created = data?.createAction;
      const state: ActionCreatedState = created
        ? { createdAction: { id: created.id, reference: created.reference } }
        : {};
      await navigate(`/plans/${plan.financialYear}`, { state });
    } catch (error) {
      const problem = readApiError(error);
      setErrors(
        problem.kind === 'refused'
          ? fromApiErrors(problem.errors, fieldIdOf)
          : [{ message: t('errors.serviceProblem') }],
      );
    }
  }

  if (options.error) return <LoadError message={t('plans.newAction.optionsLoadError')} />;
  if (!options.data) return <Loading />;
  return (
    <>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ActionFields values={values} options={options.data} errors={errors} onChange={setValues} />
        <MilestoneDrafts
          drafts={drafts}
          errors={errors}
          onChange={setDrafts}
          onAdd={() => {
            setDrafts([...drafts, newMilestoneDraft(nextKey, values.dueDate)]);
            setNextKey(nextKey + 1);
          }}
        />
        <div className="govuk-button-group govuk-!-margin-top-6">
          <button type="submit" className="govuk-button" disabled={loading}>
            {loading ? t('plans.saving') : t('plans.newAction.submit')}
          </button>
          <Link to={`/plans/${plan.financialYear}`} className="govuk-link">
            {t('plans.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

function NewAction() {
  const { t } = useTranslation();
  const { financialYear = '' } = useParams();
  const { data, loading, error } = useQuery(ANNUAL_PLAN, { variables: { financialYear } });
  const plan = data?.annualPlan;

  function content() {
    if (loading) return <Loading />;
    if (error || !plan) return <LoadError message={t('plans.plan.notFound')} />;
    if (plan.state === 'CLOSED') {
      return <p className="govuk-body">{t('plans.newAction.closed')}</p>;
    }
    return <CreateActionForm plan={plan} />;
  }

  return (
    <>
      <Link to={`/plans/${financialYear}`} className="govuk-back-link">
        {t('plans.plan.back', { year: financialYear })}
      </Link>
      <span className="govuk-caption-l">{t('plans.plan.caption', { year: financialYear })}</span>
      <h1 className="govuk-heading-l">{t('plans.newAction.heading')}</h1>
      {content()}
    </>
  );
}

/** Adds an action to a plan, with its owners, tags and first milestones. */
export default function NewActionPage() {
  return (
    <RequirePermission permission={Permission.MANAGE_PLANS}>
      <NewAction />
    </RequirePermission>
  );
}
