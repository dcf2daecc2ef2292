import { graphql } from '../../../gql';

export const PLAN_FIELDS = graphql(`
  fragment PlanFields on AnnualPlan {
    id
    financialYear
    title {
      en
      cy
    }
    state
    actionCount
    startDate
    endDate
    approvedAt
    closedAt
    version
  }
`);

/** Every annual plan, newest first. */
export const ANNUAL_PLANS = graphql(`
  query AnnualPlans {
    annualPlans {
      ...PlanFields
    }
  }
`);

export const ANNUAL_PLAN = graphql(`
  query AnnualPlan($financialYear: String!) {
    annualPlan(financialYear: $financialYear) {
      ...PlanFields
    }
  }
`);

export const CREATE_PLAN = graphql(`
  mutation CreatePlan($input: CreatePlanInput!) {
    createPlan(input: $input) {
      ...PlanFields
    }
  }
`);

export const UPDATE_PLAN = graphql(`
  mutation UpdatePlan($input: UpdatePlanInput!) {
    updatePlan(input: $input) {
      ...PlanFields
    }
  }
`);

export const APPROVE_PLAN = graphql(`
  mutation ApprovePlan($id: ID!, $expectedVersion: Int!) {
    approvePlan(id: $id, expectedVersion: $expectedVersion) {
      ...PlanFields
    }
  }
`);

export const CLOSE_PLAN = graphql(`
  mutation ClosePlan($id: ID!, $expectedVersion: Int!) {
    closePlan(id: $id, expectedVersion: $expectedVersion) {
      ...PlanFields
    }
  }
`);

/** A page of a plan's actions, by reference, with where each came from and went to. */
export const PLAN_ACTIONS = graphql(`
  query PlanActions($planId: ID!, $after: String) {
    actions(filter: { planId: $planId }, first: 50, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          reference
          title {
            en
            cy
          }
          area {
            id
            number
            title {
              en
              cy
            }
          }
          leadOrganisation
          owners {
            id
            name
          }
          currentStatus {
            id
            rag
          }
          carriedForwardFrom {
            id
            reference
            plan {
              id
              financialYear
            }
          }
          carriedForwardTo {
            id
            reference
            plan {
              id
              financialYear
            }
          }
        }
      }
    }
  }
`);

export const CARRY_FORWARD_ACTIONS = graphql(`
  mutation CarryForwardActions($input: CarryForwardActionsInput!) {
    carryForwardActions(input: $input) {
      id
      reference
      title {
        en
        cy
      }
      carriedForwardFrom {
        id
        reference
      }
    }
  }
`);

/** What the action form offers to choose from: areas and people. */
export const ACTION_FORM_OPTIONS = graphql(`
  query ActionFormOptions {
    strategicAreas {
      id
      number
      title {
        en
        cy
      }
    }
    people {
      id
      name
      organisation {
        id
        code
      }
    }
  }
`);

export const CREATE_ACTION = graphql(`
  mutation CreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      id
      reference
    }
  }
`);

export const MILESTONE_FIELDS = graphql(`
  fragment EditableMilestone on Milestone {
    id
    title {
      en
      cy
    }
    dueDate
    completedOn
    version
  }
`);

/** An action as the edit form needs it, with the version the edit is made against. */
export const ACTION_FOR_EDIT = graphql(`
  query ActionForEdit($id: ID!) {
    action(id: $id) {
      id
      version
      reference
      title {
        en
        cy
      }
      description {
        en
        cy
      }
      area {
        id
        number
      }
      leadOrganisation
      startDate
      dueDate
      themes
      wellBeingGoals
      waysOfWorking
      needsPartnershipConsultation
      owners {
        id
        name
      }
      plan {
        id
        financialYear
        state
        startDate
        endDate
      }
      milestones {
        ...EditableMilestone
      }
    }
  }
`);

export const UPDATE_ACTION = graphql(`
  mutation UpdateAction($input: UpdateActionInput!) {
    updateAction(input: $input) {
      id
      version
      reference
      title {
        en
        cy
      }
      description {
        en
        cy
      }
      area {
        id
        number
      }
      leadOrganisation
      startDate
      dueDate
      themes
      wellBeingGoals
      waysOfWorking
      needsPartnershipConsultation
      owners {
        id
        name
      }
    }
  }
`);

export const ADD_MILESTONE = graphql(`
  mutation AddMilestone($input: AddMilestoneInput!) {
    addMilestone(input: $input) {
      ...EditableMilestone
    }
  }
`);

export const UPDATE_MILESTONE = graphql(`
  mutation UpdateMilestone($input: UpdateMilestoneInput!) {
    updateMilestone(input: $input) {
      ...EditableMilestone
    }
  }
`);
