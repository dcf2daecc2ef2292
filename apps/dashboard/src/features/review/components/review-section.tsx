import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import {
  localise,
  Permission,
  REVIEW_ENTRY_KIND_LABELS,
  ReviewEntryKind,
} from '@cynnydd/shared/domain';

import type { ReportActionLineFieldsFragment, ReportReviewQuery } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { LoadError } from '../../plans/components/notice';
import { usePermission } from '../../plans/hooks/use-permission';
import { REPORT_REVIEW } from '../graphql/review';
import { FollowUpStatus } from './follow-up-status';
import { ReviewForm, useReportReviewSave } from './review-form';

type Entry = ReportReviewQuery['report']['review'][number];

function EntryItem({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const decision = entry.kind === 'DECISION';
  return (
    <li className="app-review-entry">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong className={`govuk-tag ${decision ? 'govuk-tag--purple' : 'govuk-tag--grey'}`}>
          {REVIEW_ENTRY_KIND_LABELS[ReviewEntryKind[entry.kind]][language]}
        </strong>{' '}
        {entry.action ? (
          <>
            {t('review.entry.onAction')}{' '}
            <Link className="govuk-link" to={`/actions/${entry.action.id}`}>
              {entry.action.reference}: <LocalisedText value={entry.action.title} />
            </Link>
          </>
        ) : (
          t('review.entry.onReport')
        )}
      </p>
      <p className="govuk-body app-preserve-lines">
        <LocalisedText value={entry.text} />
      </p>
      <p className="govuk-body-s app-notice__meta">
        {t('review.entry.by', {
          name: entry.authorName,
          date: formatDateTime(entry.createdAt, language),
        })}
      </p>
      {entry.followUps.length > 0 && (
        <>
          <h4 className="govuk-heading-s">{t('review.entry.followUps')}</h4>
          <ul className="govuk-list govuk-list--bullet">
            {entry.followUps.map((followUp) => (
              <li key={followUp.id}>
                <LocalisedText value={followUp.title} /> —{' '}
                {t('review.entry.followUpOwner', {
                  name: followUp.owner.name,
                  date: formatDate(followUp.dueDate, language),
                })}{' '}
                <FollowUpStatus followUp={followUp} />
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/**
 * The boards' review of an issued report: comments and decisions, with the follow-ups the
 * decisions set; reviewers add to it.
 */
export function ReviewSection({
  reportId,
  actions,
  onErrors,
}: {
  reportId: string;
  actions: Pick<ReportActionLineFieldsFragment, 'actionId' | 'reference' | 'title'>[];
  onErrors: (hasErrors: boolean) => void;
}) {
  const { t } = useTranslation();
  const canReview = usePermission(Permission.REVIEW_REPORTS).allowed;
  const { data, loading, error } = useQuery(REPORT_REVIEW, { variables: { id: reportId } });
  const entries = data?.report.review;

  function list() {
    if (error && !entries) return <LoadError message={t('review.loadError')} />;
    if (loading && !entries) return <Loading message={t('review.loading')} />;
    if (!entries || entries.length === 0) return <p className="govuk-body">{t('review.none')}</p>;
    return (
      <ul className="govuk-list app-review-entries">
        {entries.map((entry) => (
          <EntryItem key={entry.id} entry={entry} />
        ))}
      </ul>
    );
  }

  return (
    <section aria-labelledby="review-heading" className="app-report__section app-no-print">
      <h2 className="govuk-heading-l" id="review-heading">
        {t('review.heading')}
      </h2>
      <p className="govuk-body">
        {t('review.intro')}{' '}
        <Link className="govuk-link" to="/follow-ups">
          {t('review.followUpsLink')}
        </Link>
      </p>
      {list()}
      {canReview && <ReportReviewForm reportId={reportId} actions={actions} onErrors={onErrors} />}
    </section>
  );
}

/** The review form for an issued report: about the whole report or one of its actions. */
function ReportReviewForm({
  reportId,
  actions,
  onErrors,
}: {
  reportId: string;
  actions: Pick<ReportActionLineFieldsFragment, 'actionId' | 'reference' | 'title'>[];
  onErrors: (hasErrors: boolean) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { save, saving } = useReportReviewSave(reportId);
  return (
    <ReviewForm
      about={{
        label: t('review.form.about'),
        whole: t('review.form.wholeReport'),
        options: actions.map((action) => ({
          value: action.actionId,
          label: `${action.reference}: ${localise(action.title, language)?.text ?? ''}`,
        })),
      }}
      save={save}
      saving={saving}
      onErrors={onErrors}
    />
  );
}
