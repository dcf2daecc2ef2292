import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { NOTIFICATION_KIND_LABELS, NotificationKind } from '@cynnydd/shared/domain';

import type { MyNotificationsQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/format';
import { ErrorSummary, type ErrorItem } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { LoadError } from '../../plans/components/notice';
import { MARK_NOTIFICATIONS_READ, MY_NOTIFICATIONS } from '../graphql/notifications';

/** How many of the latest notices the page lists (the API allows up to 100). */
export const NOTIFICATIONS_SHOWN = 50;

type Notice = MyNotificationsQuery['myNotifications']['notifications'][number];

/** A notice's link, if it points inside the dashboard; anything else is not followed. */
function internalPath(link: string): string | null {
  return link.startsWith('/') && !link.startsWith('//') ? link : null;
}

function NoticeItem({ notice, wasUnread }: { notice: Notice; wasUnread: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const path = internalPath(notice.link);
  return (
    <li className="app-notice">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
        {path ? (
          <Link className="govuk-link" to={path}>
            <LocalisedText value={notice.subject} />
          </Link>
        ) : (
          <LocalisedText value={notice.subject} />
        )}{' '}
        {wasUnread && (
          <strong className="govuk-tag govuk-tag--blue">{t('notifications.new')}</strong>
        )}
      </h2>
      <p className="govuk-body-s app-notice__meta">
        {NOTIFICATION_KIND_LABELS[NotificationKind[notice.kind]][language]}
        {' · '}
        <time dateTime={notice.createdAt}>{formatDateTime(notice.createdAt, language)}</time>
      </p>
      <p className="govuk-body app-preserve-lines">
        <LocalisedText value={notice.body} />
      </p>
    </li>
  );
}

/**
 * The signed-in person's latest notices. Viewing them marks them read; the ones that were unread
 * keep a "new" tag until the page is left.
 */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const title = t('notifications.title');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  usePageTitle(title, errors.length > 0);
  const { data, loading, error } = useQuery(MY_NOTIFICATIONS, {
    variables: { first: NOTIFICATIONS_SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, marking] = useMutation(MARK_NOTIFICATIONS_READ, {
    refetchQueries: ['NotificationCount', 'MyNotifications'],
  });
  // The notices unread when first shown, remembered so their "new" tag survives being marked.
  const [unreadShown, setUnreadShown] = useState<Set<string>>(new Set());
  const marked = useRef<Set<string>>(new Set());

  const notices = data?.myNotifications.notifications;

  async function mark(ids: string[]) {
    setErrors([]);
    try {
      await markRead({ variables: { input: { ids } } });
    } catch {
      ids.forEach((id) => marked.current.delete(id));
      setErrors([{ message: t('notifications.markError') }]);
    }
  }

  useEffect(() => {
    if (!notices) return;
    const unread = notices
      .filter((notice) => !notice.readAt && !marked.current.has(notice.id))
      .map((notice) => notice.id);
    if (unread.length === 0) return;
    setUnreadShown((previous) => new Set([...previous, ...unread]));
    unread.forEach((id) => marked.current.add(id));
    void mark(unread);
    // `mark` only uses stable setters and the mutation; run when the list changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [notices]);

  function content() {
    if (error && !notices) return <LoadError message={t('notifications.loadError')} />;
    if (loading && !notices) return <Loading message={t('notifications.loading')} />;
    if (!notices || notices.length === 0) {
      return <p className="govuk-body">{t('notifications.none')}</p>;
    }
    const stillUnread = notices.filter((notice) => !notice.readAt).map((notice) => notice.id);
    return (
      <>
        {stillUnread.length > 0 && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={marking.loading}
            onClick={() => void mark(stillUnread)}
          >
            {t('notifications.markAllRead')}
          </button>
        )}
        <ul className="govuk-list app-notices">
          {notices.map((notice) => (
            <NoticeItem key={notice.id} notice={notice} wasUnread={unreadShown.has(notice.id)} />
          ))}
        </ul>
      </>
    );
  }

  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">{t('notifications.intro')}</p>
      {content()}
    </>
  );
}
