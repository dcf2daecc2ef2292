import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { formatDate } from '../../../i18n/format';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { ClosedRoundNotice, isClosed } from '../components/closed-round-notice';
import { StatusUpdateForm } from '../components/status-update-form';
import { ACTION_FOR_UPDATE, REPORTING_ROUND } from '../graphql/actions';
import { useReportingAccess } from '../hooks/use-reporting-access';

function PageTitle({ title }: { title: string }) {
  usePageTitle(title);
  return null;
}

/** The status update form of one action, for the current reporting period. */
export default function StatusUpdatePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const account = useReportingAccess();
  const periodQuery = useQuery(REPORTING_ROUND);
  const period = periodQuery.data?.currentReportingPeriod ?? null;
  const actionQuery = useQuery(
    ACTION_FOR_UPDATE,
    account.canReport ? { variables: { id } } : skipToken,
  );
  const action = actionQuery.data?.action;
  const title = action
    ? t('updateForm.title', { reference: action.reference })
    : t('updateForm.genericTitle');
  const mayReport = Boolean(action && account.canReportOn(action));
  const showsForm = Boolean(account.canReport && period && !isClosed(period) && mayReport);

  function content() {
    if (account.loading || periodQuery.loading || actionQuery.loading) return <Loading />;
    if (account.error || periodQuery.error) {
      return (
        <div className="govuk-inset-text" role="alert">
          {t('errors.serviceProblem')}
        </div>
      );
    }
    if (!account.canReport) {
      return <p className="govuk-body">{t('updateForm.notAllowed')}</p>;
    }
    if (!period) return <p className="govuk-body">{t('overview.noPeriod')}</p>;
    if (actionQuery.error || !action) {
      return (
        <div className="govuk-inset-text" role="alert">
          {t('updateForm.actionNotFound')}
        </div>
      );
    }
    const heading = (
      <p className="govuk-body-l">
        <LocalisedText value={action.title} />
      </p>
    );
    if (!mayReport) {
      return (
        <>
          {heading}
          <div className="govuk-inset-text">{t('updateForm.notYours')}</div>
        </>
      );
    }
    if (isClosed(period)) {
      return (
        <>
          {heading}
          <ClosedRoundNotice round={period} />
        </>
      );
    }
    return (
      <>
        {heading}
        <p className="govuk-body">
          {t('updateForm.period', {
            label: period.label,
            date: formatDate(period.updateDeadline, language),
          })}
        </p>
        <StatusUpdateForm
          actionId={action.id}
          reportingPeriodId={period.id}
          title={title}
          onSubmitted={() => void navigate('/my-actions', { state: { updated: action.reference } })}
        />
      </>
    );
  }

  return (
    <>
      <Link to="/my-actions" className="govuk-back-link">
        {t('updateForm.back')}
      </Link>
      {/* The form sets the browser title itself, marking it while there are errors. */}
      {!showsForm && <PageTitle title={title} />}
      <h1 className="govuk-heading-l">{title}</h1>
      {content()}
    </>
  );
}
