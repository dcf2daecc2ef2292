import { graphql } from '../../../gql';

export const ORGANISATION_FIELDS = graphql(`
  fragment DirectoryOrganisation on Organisation {
    id
    code
    type
    version
    name {
      en
      cy
    }
  }
`);

export const PERSON_FIELDS = graphql(`
  fragment DirectoryPerson on Person {
    id
    name
    email
    version
    jobTitle {
      en
      cy
    }
    organisation {
      ...DirectoryOrganisation
    }
  }
`);

export const DIRECTORY = graphql(`
  query Directory {
    people {
      ...DirectoryPerson
    }
    organisations {
      ...DirectoryOrganisation
    }
  }
`);

export const CREATE_PERSON = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      ...DirectoryPerson
    }
  }
`);

export const UPDATE_PERSON = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      ...DirectoryPerson
    }
  }
`);

export const MERGE_PEOPLE = graphql(`
  mutation MergePeople($input: MergePeopleInput!) {
    mergePeople(input: $input) {
      ...DirectoryPerson
    }
  }
`);

export const CREATE_ORGANISATION = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      ...DirectoryOrganisation
    }
  }
`);

export const UPDATE_ORGANISATION = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      ...DirectoryOrganisation
    }
  }
`);
