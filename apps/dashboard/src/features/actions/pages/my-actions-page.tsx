import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { localise } from '@cynnydd/shared/domain';

import { formatDate } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { TableDownload } from '../../../ui/downloads/table-download';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { RagLabel, ragStatus, useStatusLabel } from '../../overview/components/rag-label';
import { ClosedRoundNotice, isClosed } from '../components/closed-round-notice';
import { FiguresDue } from '../components/figures-due';
import { OverdueLabel } from '../components/overdue-label';
import { RiskReviewsDue } from '../components/risk-reviews-due';
import { SuccessBanner } from '../components/success-banner';
import { MY_ACTIONS, REPORTING_ROUND } from '../graphql/actions';
import { useMyAccount } from '../hooks/use-my-account';
import { myActionsVariables } from '../my-actions-variables';

/**
 * The actions the signed-in person owns or is delegated in the current plan year, and which need
 * an update; the figures of their measures and the reviews of their risks the round still needs.
 */
export default function MyActionsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('myActions.title'));
  const updated = (useLocation().state as { updated?: string } | null)?.updated;

  const account = useMyAccount();
  const periodQuery = useQuery(REPORTING_ROUND);
  const period = periodQuery.data?.currentReportingPeriod ?? null;
  const actionsVariables = myActionsVariables(period, account.personId);
  const actionsQuery = useQuery(
    MY_ACTIONS,
    actionsVariables ? { variables: actionsVariables } : skipToken,
  );
  const actions = actionsQuery.data?.actions.edges.map(({ node }) => node) ?? [];
  const statusLabel = useStatusLabel();

  function content() {
    if (account.error || periodQuery.error || actionsQuery.error) {
      return (
        <div className="govuk-inset-text" role="alert">
          {t('myActions.loadError')}
        </div>
      );
    }
    if (account.loading || periodQuery.loading || actionsQuery.loading) {
      return <Loading message={t('myActions.loading')} />;
    }
    if (!period) return <p className="govuk-body">{t('overview.noPeriod')}</p>;
    if (!account.personId) return <p className="govuk-body">{t('myActions.noPerson')}</p>;
    // Updates are due, and can be submitted, only while the round is open.
    const open = !isClosed(period);
    return (
      <>
        {open ? (
          <p className="govuk-body">
            {t('myActions.period', {
              label: period.label,
              date: formatDate(period.updateDeadline, language),
            })}
          </p>
        ) : (
          <ClosedRoundNotice round={period} />
        )}
        {!account.canReport && <p className="govuk-body">{t('updateForm.notAllowed')}</p>}
        {actions.length === 0 ? (
          <p className="govuk-body">{t('myActions.none')}</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              {t('myActions.tableCaption', { year: period.financialYear })}
            </caption>
            <ColumnHeaders
              columns={[
                { label: t('myActions.action') },
                { label: t('myActions.status') },
                { label: t('myActions.update', { label: period.label }) },
              ]}
            />
            <tbody className="govuk-table__body">
              {actions.map((action) => (
                <tr key={action.id} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    <Link to={`/actions/${action.id}`} className="govuk-link">
                      {action.reference}: <LocalisedText value={action.title} />
                    </Link>
                  </th>
                  <td className="govuk-table__cell">
                    <RagLabel
                      status={
                        action.currentStatus ? ragStatus(action.currentStatus.rag) : 'NO_UPDATE'
                      }
                    />
                    {action.isOverdue && (
                      <>
                        <br />
                        <OverdueLabel action={action} />
                      </>
                    )}
                  </td>
                  <td className="govuk-table__cell">
                    {action.statusInPeriod
                      ? t('myActions.updated')
                      : open
                        ? t('myActions.due')
                        : t('myActions.noUpdateClosed')}
                    {account.canReport && open && (
                      <>
                        {' '}
                        <Link to={`/actions/${action.id}/update`} className="govuk-link">
                          {t('myActions.submit')}
                          <span className="govuk-visually-hidden">
                            {' '}
                            {t('myActions.forAction', { reference: action.reference })}
                          </span>
                        </Link>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {actions.length > 0 && (
          <TableDownload
            fileName={t('downloads.myActionsFile', { year: period.financialYear })}
            table={() => ({
              sheetName: t('downloads.actionsSheet'),
              headings: [
                t('area.columns.reference'),
                t('area.columns.title'),
                t('myActions.status'),
                t('area.columns.overdue'),
                t('myActions.update', { label: period.label }),
              ],
              rows: actions.map((action) => [
                action.reference,
                localise(action.title, language)?.text ?? '',
                statusLabel(
                  action.currentStatus ? ragStatus(action.currentStatus.rag) : 'NO_UPDATE',
                ),
                action.isOverdue ? t('downloads.yes') : t('downloads.no'),
                action.statusInPeriod
                  ? t('myActions.updated')
                  : open
                    ? t('myActions.due')
                    : t('myActions.noUpdateClosed'),
              ]),
            })}
          />
        )}
        {/* Figures and risk reviews are due, like updates, while the round is open. */}
        {open && <FiguresDue round={period} canReport={account.canReport} />}
        {open && <RiskReviewsDue round={period} />}
      </>
    );
  }

  return (
    <>
      {updated && <SuccessBanner>{t('myActions.submitted', { reference: updated })}</SuccessBanner>}
      <h1 className="govuk-heading-l">{t('myActions.title')}</h1>
      {/* The API cannot list actions a person is a delegate on, so only owned ones are shown. */}
      {content()}
    </>
  );
}
