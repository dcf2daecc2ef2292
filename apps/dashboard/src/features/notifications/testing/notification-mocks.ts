import type { MockLink } from '@apollo/client/testing';

import { NOTIFICATION_COUNT } from '../graphql/notifications';

/** For tests: the header's unread count, answered as often as it is asked. */
export function notificationCountMock(unreadCount = 0): MockLink.MockedResponse {
  return {
    request: { query: NOTIFICATION_COUNT },
    result: {
      data: { myNotifications: { __typename: 'NotificationFeed', unreadCount } },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
