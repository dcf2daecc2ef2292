import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { financialYearLabel, parseFinancialYear, Permission } from '@cynnydd/shared/domain';

import type { PlanFieldsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { ConfirmAction } from '../../../ui/confirm-action';
import { ErrorSummary } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { fromApiErrors, type FormError } from '../components/form-errors';
import { LoadError, SuccessNotice } from '../components/notice';
import { PlanStateTag } from '../components/plan-state-tag';
import { RequirePermission } from '../components/require-permission';
import { readApiError } from '../graphql/errors';
import { ANNUAL_PLANS, APPROVE_PLAN, CLOSE_PLAN, CREATE_PLAN } from '../graphql/plans';

/** The year after the newest plan, the one most likely to be drafted next. */
function suggestedYear(plans: PlanFieldsFragment[]): string {
  const years = plans
    .map((plan) => parseFinancialYear(plan.financialYear))
    .filter((year): year is number => year !== null);
  return years.length > 0 ? financialYearLabel(Math.max(...years) + 1) : '';
}

function CloseConfirmation({
  plan,
  busy,
  onConfirm,
  onCancel,
}: {
  plan: PlanFieldsFragment;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmAction
      id="close-heading"
      heading={t('plans.list.closeHeading', { year: plan.financialYear })}
      warning={t('plans.list.closeWarning', { year: plan.financialYear })}
      confirmLabel={t('plans.list.confirmClose', { year: plan.financialYear })}
      cancelLabel={t('plans.cancel')}
      destructive
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}

function PlansList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const {
    data,
    loading,
    error,
    refetch: reload,
  } = useQuery(ANNUAL_PLANS, {
    fetchPolicy: 'cache-and-network',
  });
  const plans = data?.annualPlans;
  const [year, setYear] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [closing, setClosing] = useState<PlanFieldsFragment | null>(null);
  const refetch = { refetchQueries: ['AnnualPlans'] };
  const [createPlan, creating] = useMutation(CREATE_PLAN, refetch);
  const [approvePlan, approving] = useMutation(APPROVE_PLAN, refetch);
  const [closePlan, closingPlan] = useMutation(CLOSE_PLAN, refetch);
  const busy = creating.loading || approving.loading || closingPlan.loading;
  const title = t('plans.list.title');
  usePageTitle(title, errors.length > 0);

  const yearValue = year ?? (plans ? suggestedYear(plans) : '');

  async function attempt(
    run: () => Promise<unknown>,
    done: string,
    options: { fieldId?: string; changedMeanwhile?: string } = {},
  ) {
    const { fieldId, changedMeanwhile } = options;
    setNotice(null);
    setErrors([]);
    try {
      await run();
      setNotice(done);
      return true;
    } catch (failure) {
      const problem = readApiError(failure);
      if (problem.kind === 'conflict' && changedMeanwhile) {
        // Show the plan as it now is, so the next attempt is made knowing the change.
        setErrors([{ message: changedMeanwhile }]);
        void reload();
        return false;
      }
      setErrors(
        problem.kind === 'refused'
          ? fromApiErrors(problem.errors, (field) =>
              field === 'financialYear' && fieldId ? fieldId : null,
            )
          : [{ message: t('errors.serviceProblem') }],
      );
      return false;
    }
  }

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const label = yearValue.trim();
    if (parseFinancialYear(label) === null) {
      setNotice(null);
      setErrors([{ fieldId: 'financialYear', message: t('plans.list.yearInvalid') }]);
      return;
    }
    const ok = await attempt(
      () => createPlan({ variables: { input: { financialYear: label } } }),
      t('plans.list.created', { year: label }),
      { fieldId: 'financialYear' },
    );
    if (ok) setYear(null);
  }

  /** What to say when the plan changed after this page loaded it. */
  const ifChanged = (plan: PlanFieldsFragment) => ({
    changedMeanwhile: t('plans.list.changedMeanwhile', { year: plan.financialYear }),
  });

  function approve(plan: PlanFieldsFragment) {
    void attempt(
      () => approvePlan({ variables: { id: plan.id, expectedVersion: plan.version } }),
      t('plans.list.approved', { year: plan.financialYear }),
      ifChanged(plan),
    );
  }

  async function close(plan: PlanFieldsFragment) {
    const ok = await attempt(
      () => closePlan({ variables: { id: plan.id, expectedVersion: plan.version } }),
      t('plans.list.closed', { year: plan.financialYear }),
      ifChanged(plan),
    );
    if (ok) setClosing(null);
  }

  function table() {
    if (error) return <LoadError message={t('plans.list.loadError')} />;
    if (loading || !plans) return <Loading message={t('plans.list.loading')} />;
    if (plans.length === 0) return <p className="govuk-body">{t('plans.list.none')}</p>;
    return (
      <ScrollableTable caption={t('plans.list.caption')}>
        <ColumnHeaders
          columns={[
            { label: t('plans.list.year') },
            { label: t('plans.list.planTitle') },
            { label: t('plans.list.state') },
            { label: t('plans.list.actions'), numeric: true },
            { label: t('plans.list.manage') },
          ]}
        />
        <tbody className="govuk-table__body">
          {plans.map((plan) => (
            <tr key={plan.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                <Link to={`/plans/${plan.financialYear}`} className="govuk-link">
                  {plan.financialYear}
                </Link>
              </th>
              <td className="govuk-table__cell">
                <LocalisedText value={plan.title} />
              </td>
              <td className="govuk-table__cell">
                <PlanStateTag state={plan.state} />
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatNumber(plan.actionCount, language)}
              </td>
              <td className="govuk-table__cell">
                {plan.state === 'DRAFT' && (
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    disabled={busy}
                    onClick={() => approve(plan)}
                  >
                    {t('plans.list.approve', { year: plan.financialYear })}
                  </button>
                )}
                {plan.state === 'APPROVED' && (
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    disabled={busy}
                    onClick={() => {
                      setNotice(null);
                      setErrors([]);
                      setClosing(plan);
                    }}
                  >
                    {t('plans.list.close', { year: plan.financialYear })}
                  </button>
                )}
                {plan.state === 'CLOSED' && t('plans.list.frozen')}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    );
  }

  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('plans.list.intro')}</p>
      <ErrorSummary errors={errors} />
      {notice && (
        <SuccessNotice>
          <p className="govuk-notification-banner__heading">{notice}</p>
        </SuccessNotice>
      )}
      {closing && (
        <CloseConfirmation
          plan={closing}
          busy={busy}
          onConfirm={() => void close(closing)}
          onCancel={() => setClosing(null)}
        />
      )}
      {table()}
      <h2 className="govuk-heading-m">{t('plans.list.createHeading')}</h2>
      <form noValidate onSubmit={(event) => void create(event)}>
        <TextField
          id="financialYear"
          label={t('plans.list.financialYear')}
          hint={t('plans.list.financialYearHint')}
          className="govuk-input--width-5"
          spellCheck={false}
          value={yearValue}
          error={errors.find((item) => item.fieldId === 'financialYear')}
          onChange={(event) => setYear(event.target.value)}
        />
        <button type="submit" className="govuk-button" disabled={busy}>
          {t('plans.list.create')}
        </button>
      </form>
    </>
  );
}

/** The annual plans: their state and size; draft, approve and close them. */
export default function PlansPage() {
  return (
    <RequirePermission permission={Permission.MANAGE_PLANS}>
      <PlansList />
    </RequirePermission>
  );
}
