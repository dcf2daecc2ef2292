import { graphql } from '../../../gql';

export const AUDIT_LOG = graphql(`
  query AuditLog($filter: AuditLogFilter, $after: String) {
    auditLog(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          occurredAt
          actorEmail
          action
          entityType
          entityId
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);

export const AUDIT_LOG_CHOICES = graphql(`
  query AuditLogChoices {
    auditRecordTypes
    users {
      id
      email
    }
  }
`);
