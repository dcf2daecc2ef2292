import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';
import { NOTIFICATION_COUNT } from '../graphql/notifications';

/** How often the header checks for new notices. */
export const NOTIFICATION_POLL_INTERVAL = 60_000;

/** The name of the notices page for the navigation's link to it, with how many are unread. */
export function NotificationsIndicator() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data } = useQuery(NOTIFICATION_COUNT, { pollInterval: NOTIFICATION_POLL_INTERVAL });
  const unread = data?.myNotifications.unreadCount ?? 0;
  return (
    <>
      {t('notifications.navigation')}
      {unread > 0 && (
        <strong className="app-notifications-count">
          {' '}
          {t('notifications.unreadCount', { number: formatNumber(unread, language) })}
        </strong>
      )}
    </>
  );
}
