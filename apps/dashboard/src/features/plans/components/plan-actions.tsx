import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { PlanActionsQuery, PlanFieldsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { ErrorSummary } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { ActionCells } from '../../actions/components/action-cells';
import { readApiError } from '../graphql/errors';
import { CARRY_FORWARD_ACTIONS, PLAN_ACTIONS } from '../graphql/plans';
import { fromApiErrors, type FormError } from './form-errors';
import { LoadError, SuccessNotice } from './notice';

type PlanAction = PlanActionsQuery['actions']['edges'][number]['node'];

/** An action can go into next year's plan once: while it is not complete. */
export function canCarryForward(action: PlanAction): boolean {
  return !action.carriedForwardTo && action.currentStatus?.rag !== 'COMPLETE';
}

const FIRST_CHECKBOX = 'carry-forward-select';

interface Props {
  plan: PlanFieldsFragment;
  /** The following year's plan when actions can be carried into it (it exists and is open). */
  nextPlan: PlanFieldsFragment | null;
  onError: (hasErrors: boolean) => void;
}

/**
 * A plan's actions, a page at a time. When the following year's plan is open, unfinished actions
 * can be selected and carried forward into it.
 */
export function PlanActions({ plan, nextPlan, onError }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, loading, error, fetchMore } = useQuery(PLAN_ACTIONS, {
    variables: { planId: plan.id },
    // Others add and carry actions too: show what is cached, then what the API has now.
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [carried, setCarried] = useState<{ id: string; reference: string }[] | null>(null);
  const [carryForward, { loading: carrying }] = useMutation(CARRY_FORWARD_ACTIONS, {
    refetchQueries: ['PlanActions', 'AnnualPlans'],
    awaitRefetchQueries: true,
  });

  const connection = data?.actions;
  const actions = connection?.edges.map(({ node }) => node) ?? [];
  const selectable = nextPlan !== null;

  function showErrors(next: FormError[]) {
    setErrors(next);
    onError(next.length > 0);
  }

  async function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          actions: {
            ...fetchMoreResult.actions,
            edges: [...previous.actions.edges, ...fetchMoreResult.actions.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCarried(null);
    if (!nextPlan) return;
    if (selected.length === 0) {
      showErrors([{ fieldId: FIRST_CHECKBOX, message: t('plans.carryForward.noneSelected') }]);
      return;
    }
    try {
      const result = await carryForward({
        variables: { input: { actionIds: selected, targetPlanId: nextPlan.id } },
      });
      showErrors([]);
      setSelected([]);
      setCarried(
        (result.data?.carryForwardActions ?? []).map(({ id, reference }) => ({ id, reference })),
      );
    } catch (failure) {
      const problem = readApiError(failure);
      showErrors(
        problem.kind === 'refused'
          ? fromApiErrors(problem.errors, (path) =>
              path.startsWith('actionIds') ? FIRST_CHECKBOX : null,
            )
          : [{ message: t('errors.serviceProblem') }],
      );
    }
  }

  function toggle(id: string) {
    setSelected(selected.includes(id) ? selected.filter((item) => item !== id) : [...selected, id]);
  }

  function carriedCell(action: PlanAction) {
    if (action.carriedForwardTo) {
      return (
        <Link to={`/actions/${action.carriedForwardTo.id}`} className="govuk-link">
          {t('plans.plan.carriedTo', {
            year: action.carriedForwardTo.plan.financialYear,
            reference: action.carriedForwardTo.reference,
          })}
        </Link>
      );
    }
    if (action.carriedForwardFrom) {
      return (
        <Link to={`/actions/${action.carriedForwardFrom.id}`} className="govuk-link">
          {t('plans.plan.carriedFrom', {
            year: action.carriedForwardFrom.plan.financialYear,
            reference: action.carriedForwardFrom.reference,
          })}
        </Link>
      );
    }
    return t('plans.plan.notCarried');
  }

  function selectCell(action: PlanAction, index: number) {
    if (!canCarryForward(action)) {
      return (
        <span className="govuk-body-s">
          {action.carriedForwardTo
            ? t('plans.carryForward.alreadyCarried')
            : t('plans.carryForward.complete')}
        </span>
      );
    }
    const id = index === 0 ? FIRST_CHECKBOX : `carry-forward-${action.id}`;
    return (
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            id={id}
            type="checkbox"
            name="actionIds"
            value={action.id}
            className="govuk-checkboxes__input"
            checked={selected.includes(action.id)}
            onChange={() => toggle(action.id)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            <span className="govuk-visually-hidden">
              {t('plans.carryForward.select', { reference: action.reference })}
            </span>
          </label>
        </div>
      </div>
    );
  }

  function table() {
    if (error) return <LoadError message={t('plans.plan.actionsLoadError')} />;
    if (loading && !connection) return <Loading message={t('plans.plan.loadingActions')} />;
    if (!connection || actions.length === 0) {
      return <p className="govuk-body">{t('plans.plan.noActions')}</p>;
    }
    // The first selectable row's checkbox is where errors about the selection link to.
    const firstSelectable = actions.findIndex(canCarryForward);
    return (
      <>
        <p className="govuk-body" role="status">
          {t('plans.plan.showing', {
            shown: formatNumber(actions.length, language),
            total: formatNumber(connection.totalCount, language),
          })}
        </p>
        <ScrollableTable caption={t('plans.plan.actionsCaption', { year: plan.financialYear })}>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {selectable && (
                <th scope="col" className="govuk-table__header">
                  {t('plans.carryForward.column')}
                </th>
              )}
              <th scope="col" className="govuk-table__header">
                {t('plans.plan.columns.reference')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('plans.plan.columns.title')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('plans.plan.columns.area')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('plans.plan.columns.lead')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('plans.plan.columns.owners')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('plans.plan.columns.status')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('plans.plan.columns.carried')}
              </th>
              {plan.state !== 'CLOSED' && (
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">{t('plans.plan.columns.edit')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {actions.map((action, index) => (
              <tr key={action.id} className="govuk-table__row">
                {selectable && (
                  <td className="govuk-table__cell">
                    {selectCell(action, index === firstSelectable ? 0 : index + 1)}
                  </td>
                )}
                <ActionCells
                  action={action}
                  afterTitle={
                    <td className="govuk-table__cell">
                      {t('plans.plan.areaNumber', { number: action.area.number })}
                    </td>
                  }
                />
                <td className="govuk-table__cell">{carriedCell(action)}</td>
                {plan.state !== 'CLOSED' && (
                  <td className="govuk-table__cell">
                    <Link to={`/actions/${action.id}/edit`} className="govuk-link">
                      {t('plans.plan.edit')}
                      <span className="govuk-visually-hidden">
                        {' '}
                        {t('plans.plan.editAction', { reference: action.reference })}
                      </span>
                    </Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
        {connection.pageInfo.hasNextPage && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={loadingMore}
            onClick={() => void loadMore()}
          >
            {loadingMore ? t('plans.plan.loadingMore') : t('plans.plan.loadMore')}
          </button>
        )}
      </>
    );
  }

  if (!nextPlan) return table();
  return (
    <>
      {carried && (
        <SuccessNotice>
          <p className="govuk-notification-banner__heading">
            {t('plans.carryForward.done', {
              number: carried.length,
              year: nextPlan.financialYear,
            })}
          </p>
          <ul className="govuk-list">
            {carried.map((action) => (
              <li key={action.id}>
                <Link to={`/actions/${action.id}`} className="govuk-notification-banner__link">
                  {t('plans.carryForward.newAction', {
                    reference: action.reference,
                    year: nextPlan.financialYear,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </SuccessNotice>
      )}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="carry-heading">
        <h2 className="govuk-heading-m" id="carry-heading">
          {t('plans.carryForward.heading', { year: nextPlan.financialYear })}
        </h2>
        <p className="govuk-body">
          {t('plans.carryForward.intro', { year: nextPlan.financialYear })}
        </p>
        {table()}
        <button type="submit" className="govuk-button" disabled={carrying}>
          {carrying
            ? t('plans.carryForward.carrying')
            : t('plans.carryForward.submit', {
                number: selected.length,
                year: nextPlan.financialYear,
              })}
        </button>
      </form>
    </>
  );
}
