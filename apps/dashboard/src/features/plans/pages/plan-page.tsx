import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import {
  financialYearLabel,
  localise,
  parseFinancialYear,
  Permission,
} from '@cynnydd/shared/domain';

import { formatDate, formatDateTime } from '../../../i18n/format';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import {
  PlanPartnershipCheck,
  SubjectEngagements,
} from '../../partnership/components/partnership-sections';
import { LoadError, SuccessNotice } from '../components/notice';
import { PlanActions } from '../components/plan-actions';
import { PlanStateTag } from '../components/plan-state-tag';
import { PlanTitleForm } from '../components/plan-title-form';
import { RequirePermission } from '../components/require-permission';
import { ANNUAL_PLANS } from '../graphql/plans';
import type { ActionCreatedState } from './new-action-page';

function Plan() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { financialYear = '' } = useParams();
  const location = useLocation();
  const created = (location.state as ActionCreatedState | null)?.createdAction;
  const { data, loading, error } = useQuery(ANNUAL_PLANS, { fetchPolicy: 'cache-and-network' });
  const [titleErrors, setTitleErrors] = useState(false);
  const [actionErrors, setActionErrors] = useState(false);

  const plans = data?.annualPlans ?? [];
  const plan = plans.find((item) => item.financialYear === financialYear);
  const startYear = parseFinancialYear(financialYear);
  const nextYear = startYear === null ? null : financialYearLabel(startYear + 1);
  const next = plans.find((item) => item.financialYear === nextYear);
  const nextPlan = next && next.state !== 'CLOSED' ? next : null;

  const title = plan
    ? t('plans.plan.title', {
        year: plan.financialYear,
        title: localise(plan.title, language)?.text ?? '',
      })
    : t('plans.plan.genericTitle');
  usePageTitle(title, titleErrors || actionErrors);

  function content() {
    if (loading && !data) return <Loading />;
    if (error) return <LoadError message={t('plans.list.loadError')} />;
    if (!plan) return <LoadError message={t('plans.plan.notFound')} />;
    const editable = plan.state !== 'CLOSED';
    return (
      <>
        {created && (
          <SuccessNotice>
            <p className="govuk-notification-banner__heading">
              {t('plans.newAction.created', { reference: created.reference })}
            </p>
            <p className="govuk-body">
              <Link to={`/actions/${created.id}`} className="govuk-notification-banner__link">
                {t('plans.newAction.view', { reference: created.reference })}
              </Link>
            </p>
          </SuccessNotice>
        )}
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('plans.plan.state')}</dt>
            <dd className="govuk-summary-list__value">
              <PlanStateTag state={plan.state} />
              {plan.state === 'CLOSED' && (
                <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                  {t('plans.plan.frozen')}
                </p>
              )}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('plans.plan.dates')}</dt>
            <dd className="govuk-summary-list__value">
              {t('plans.plan.dateRange', {
                start: formatDate(plan.startDate, language),
                end: formatDate(plan.endDate, language),
              })}
            </dd>
          </div>
          {plan.approvedAt && (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('plans.plan.approvedAt')}</dt>
              <dd className="govuk-summary-list__value">
                {formatDateTime(plan.approvedAt, language)}
              </dd>
            </div>
          )}
          {plan.closedAt && (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('plans.plan.closedAt')}</dt>
              <dd className="govuk-summary-list__value">
                {formatDateTime(plan.closedAt, language)}
              </dd>
            </div>
          )}
        </dl>
        {editable && <PlanTitleForm key={plan.id} plan={plan} onError={setTitleErrors} />}
        <h2 className="govuk-heading-m">{t('plans.plan.actionsHeading')}</h2>
        {editable && (
          <Link
            to={`/plans/${plan.financialYear}/actions/new`}
            className="govuk-button"
            role="button"
            draggable="false"
          >
            {t('plans.plan.addAction')}
          </Link>
        )}
        {editable && (
          <p className="govuk-body">
            <Link to={`/plans/${plan.financialYear}/import`} className="govuk-link">
              {t('imports.plan.link')}
            </Link>
          </p>
        )}
        <PlanActions
          key={`${plan.id}-${nextPlan?.id ?? ''}`}
          plan={plan}
          nextPlan={nextPlan}
          onError={setActionErrors}
        />
        <PlanPartnershipCheck financialYear={plan.financialYear} />
        <SubjectEngagements subjectKind="PLAN" subjectId={plan.id} />
      </>
    );
  }

  return (
    <>
      <Link to="/plans" className="govuk-back-link">
        {t('plans.list.back')}
      </Link>
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">{t('plans.plan.caption', { year: financialYear })}</span>
        {plan ? <LocalisedText value={plan.title} /> : t('plans.plan.genericTitle')}
      </h1>
      {content()}
    </>
  );
}

/** One annual plan: its title, its actions, and carrying unfinished ones into the next year. */
export default function PlanPage() {
  return (
    <RequirePermission permission={Permission.MANAGE_PLANS}>
      <Plan />
    </RequirePermission>
  );
}
