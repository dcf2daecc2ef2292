import { graphql } from '../../../gql';

export const NOTIFICATION_COUNT = graphql(`
  query NotificationCount {
    myNotifications(first: 1) {
      unreadCount
    }
  }
`);

export const MY_NOTIFICATIONS = graphql(`
  query MyNotifications($first: Int!) {
    myNotifications(first: $first) {
      unreadCount
      notifications {
        id
        kind
        subject {
          en
          cy
        }
        body {
          en
          cy
        }
        link
        createdAt
        readAt
      }
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);
