import { graphql } from '../../../gql';

export const CURRENT_USER_FIELDS = graphql(`
  fragment CurrentUser on User {
    id
    email
    role
    preferredLanguage
  }
`);

export const ME = graphql(`
  query Me {
    me {
      ...CurrentUser
    }
  }
`);

export const SIGN_IN = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      expiresAt
      user {
        ...CurrentUser
      }
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ACCOUNT_LINK = graphql(`
  query AccountLink($token: String!) {
    accountLink(token: $token) {
      email
      purpose
    }
  }
`);

export const SET_PASSWORD = graphql(`
  mutation SetPassword($input: SetPasswordInput!) {
    setPassword(input: $input)
  }
`);
