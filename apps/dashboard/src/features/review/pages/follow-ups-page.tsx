import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { localise, Permission } from '@cynnydd/shared/domain';

import type { FollowUpsQuery } from '../../../gql/graphql';
import { formatDate, formatNumber, todayInWales } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { TableDownload } from '../../../ui/downloads/table-download';
import { calendarDate } from '../../../ui/downloads/table-file';
import { ErrorSummary, type ErrorItem } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { fromApiErrors } from '../../plans/components/form-errors';
import { LoadError, SuccessNotice } from '../../plans/components/notice';
import { readApiError } from '../../plans/graphql/errors';
import { usePermission } from '../../plans/hooks/use-permission';
import { audienceLabel } from '../../reports/components/report-labels';
import { FollowUpStatus, useFollowUpStatusText } from '../components/follow-up-status';
import { COMPLETE_FOLLOW_UP, FOLLOW_UPS, MY_PERSON } from '../graphql/review';

type FollowUp = FollowUpsQuery['followUps'][number];

function Counts({ followUps }: { followUps: FollowUp[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const done = followUps.filter((item) => item.completedOn).length;
  const overdue = followUps.filter((item) => !item.completedOn && item.isOverdue).length;
  const open = followUps.length - done;
  const n = (value: number) => formatNumber(value, language);
  return (
    <section aria-labelledby="follow-up-counts">
      <h2 className="govuk-heading-m" id="follow-up-counts">
        {t('review.followUpsPage.promises')}
      </h2>
      <p className="govuk-body-l" data-testid="follow-up-summary">
        {t('review.followUpsPage.summary', {
          done: n(done),
          total: n(followUps.length),
          open: n(open),
          overdue: n(overdue),
        })}
      </p>
    </section>
  );
}

function FollowUpTable({
  caption,
  followUps,
  canChange,
  busy,
  onChange,
}: {
  caption: string;
  followUps: FollowUp[];
  canChange: (followUp: FollowUp) => boolean;
  busy: boolean;
  onChange: (followUp: FollowUp, done: boolean) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (followUps.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{caption}</h2>
        <p className="govuk-body">{t('review.followUpsPage.noneHere')}</p>
      </>
    );
  }
  return (
    <ScrollableTable caption={caption}>
      <ColumnHeaders
        columns={[
          { label: t('review.followUpsPage.followUp') },
          { label: t('review.followUpsPage.owner') },
          { label: t('review.followUpsPage.due') },
          { label: t('review.followUpsPage.status') },
          { label: t('review.followUpsPage.decision') },
          { label: t('review.followUpsPage.change') },
        ]}
      />
      <tbody className="govuk-table__body">
        {followUps.map((followUp) => {
          const report = followUp.decision.report;
          return (
            <tr key={followUp.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                <LocalisedText value={followUp.title} />
              </th>
              <td className="govuk-table__cell">{followUp.owner.name}</td>
              <td className="govuk-table__cell">{formatDate(followUp.dueDate, language)}</td>
              <td className="govuk-table__cell">
                <FollowUpStatus followUp={followUp} />
              </td>
              <td className="govuk-table__cell">
                <LocalisedText value={followUp.decision.text} />{' '}
                {report && (
                  <Link className="govuk-link" to={`/reports/${report.id}`}>
                    {t('reports.name', {
                      audience: audienceLabel(report.audience, language),
                      period: report.reportingPeriod.label,
                    })}
                  </Link>
                )}
              </td>
              <td className="govuk-table__cell">
                {canChange(followUp) ? (
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    disabled={busy}
                    onClick={() => onChange(followUp, !followUp.completedOn)}
                  >
                    {followUp.completedOn
                      ? t('review.followUpsPage.reopen')
                      : t('review.followUpsPage.markDone')}
                    <span className="govuk-visually-hidden">
                      {': '}
                      <LocalisedText value={followUp.title} />
                    </span>
                  </button>
                ) : (
                  t('review.followUpsPage.ownerOnly')
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollableTable>
  );
}

/** The boards' follow-up actions: promises made, kept and still open, marked done by owners. */
export default function FollowUpsPage() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const title = t('review.followUpsPage.title');
  usePageTitle(title, errors.length > 0);
  const canReview = usePermission(Permission.REVIEW_REPORTS).allowed;
  const me = useQuery(MY_PERSON);
  const personId = me.data?.me?.person?.id ?? null;
  const { data, loading, error, refetch } = useQuery(FOLLOW_UPS, {
    fetchPolicy: 'cache-and-network',
  });
  const [complete, completing] = useMutation(COMPLETE_FOLLOW_UP, {
    refetchQueries: ['FollowUps', 'ReportReview'],
  });
  const followUps = data?.followUps;
  const language = useLanguage();
  const statusText = useFollowUpStatusText();

  async function change(followUp: FollowUp, done: boolean) {
    setErrors([]);
    setNotice(null);
    try {
      await complete({
        variables: {
          input: {
            id: followUp.id,
            expectedVersion: followUp.version,
            completedOn: done ? todayInWales() : null,
          },
        },
      });
      setNotice(
        done ? t('review.followUpsPage.doneNotice') : t('review.followUpsPage.reopenedNotice'),
      );
    } catch (failure) {
      const problem = readApiError(failure);
      if (problem.kind === 'conflict') {
        setErrors([{ message: t('review.followUpsPage.conflict') }]);
        await refetch();
      } else if (problem.kind === 'refused') {
        setErrors(fromApiErrors(problem.errors, () => null));
      } else setErrors([{ message: t('errors.serviceProblem') }]);
    }
  }

  function content() {
    if (error && !followUps) return <LoadError message={t('review.followUpsPage.loadError')} />;
    if (loading && !followUps) return <Loading message={t('review.followUpsPage.loading')} />;
    if (!followUps || followUps.length === 0) {
      return <p className="govuk-body">{t('review.followUpsPage.none')}</p>;
    }
    const canChange = (followUp: FollowUp) => canReview || followUp.owner.id === personId;
    const common = {
      canChange,
      busy: completing.loading,
      onChange: (f: FollowUp, d: boolean) => void change(f, d),
    };
    return (
      <>
        <Counts followUps={followUps} />
        <FollowUpTable
          caption={t('review.followUpsPage.openCaption')}
          followUps={followUps.filter((item) => !item.completedOn)}
          {...common}
        />
        <FollowUpTable
          caption={t('review.followUpsPage.doneCaption')}
          followUps={followUps.filter((item) => item.completedOn)}
          {...common}
        />
        <TableDownload
          fileName={t('downloads.followUpsFile')}
          table={() => ({
            sheetName: t('downloads.followUpsSheet'),
            headings: [
              t('review.followUpsPage.followUp'),
              t('review.followUpsPage.owner'),
              t('review.followUpsPage.due'),
              t('review.followUpsPage.status'),
              t('downloads.doneOn'),
              t('review.followUpsPage.decision'),
              t('downloads.report'),
            ],
            rows: followUps.map((followUp) => {
              const report = followUp.decision.report;
              return [
                localise(followUp.title, language)?.text ?? '',
                followUp.owner.name,
                calendarDate(followUp.dueDate),
                statusText(followUp),
                calendarDate(followUp.completedOn),
                localise(followUp.decision.text, language)?.text ?? '',
                report
                  ? t('reports.name', {
                      audience: audienceLabel(report.audience, language),
                      period: report.reportingPeriod.label,
                    })
                  : '',
              ];
            }),
          })}
        />
      </>
    );
  }

  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('review.followUpsPage.intro')}</p>
      <ErrorSummary errors={errors} />
      {notice && (
        <SuccessNotice>
          <p className="govuk-notification-banner__heading">{notice}</p>
        </SuccessNotice>
      )}
      {content()}
    </>
  );
}
