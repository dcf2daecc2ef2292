import { graphql } from '../../../gql';

export const ACCOUNT_FIELDS = graphql(`
  fragment AccountSummary on User {
    id
    email
    role
    disabled
    invitationPending
    lastSignedInAt
    version
    person {
      id
      name
      organisation {
        id
        name {
          en
          cy
        }
      }
    }
  }
`);

export const ACCOUNTS = graphql(`
  query Accounts($filter: UserFilterInput) {
    users(filter: $filter) {
      ...AccountSummary
    }
  }
`);

/** Organisations and people, for the filters and for linking an account to a person. */
export const ACCOUNT_CHOICES = graphql(`
  query AccountChoices {
    organisations {
      id
      name {
        en
        cy
      }
    }
    people {
      id
      name
      email
    }
  }
`);

export const ACCOUNT = graphql(`
  query Account($id: ID!) {
    user(id: $id) {
      ...AccountSummary
      openActionsOwned {
        id
        reference
        title {
          en
          cy
        }
      }
    }
  }
`);

export const INVITE_USER = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      ...AccountSummary
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...AccountSummary
    }
  }
`);

export const RESEND_INVITATION = graphql(`
  mutation ResendInvitation($input: AccountVersionInput!) {
    resendInvitation(input: $input) {
      ...AccountSummary
    }
  }
`);

export const DEACTIVATE_USER = graphql(`
  mutation DeactivateUser($input: DeactivateUserInput!) {
    deactivateUser(input: $input) {
      ...AccountSummary
      openActionsOwned {
        id
      }
    }
  }
`);

export const REACTIVATE_USER = graphql(`
  mutation ReactivateUser($input: AccountVersionInput!) {
    reactivateUser(input: $input) {
      ...AccountSummary
    }
  }
`);
