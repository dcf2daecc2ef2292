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
