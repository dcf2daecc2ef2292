import { graphql } from '../../../gql';

export const SET_PREFERRED_LANGUAGE = graphql(`
  mutation SetPreferredLanguage($language: Language!) {
    setPreferredLanguage(language: $language) {
      ...CurrentUser
    }
  }
`);
