import { graphql } from '../../../gql';

/** A point on the 5 × 5 matrix with its score and band. */
export const RISK_SCORE_FIELDS = graphql(`
  fragment RiskScoreFields on RiskScore {
    likelihood
    consequence
    score
    band
  }
`);

/** The register's filter choices: the strategic areas and the people who may own a risk. */
export const RISK_FILTER_OPTIONS = graphql(`
  query RiskFilterOptions {
    strategicAreas {
      id
      number
      shortTitle {
        en
        cy
      }
    }
  }
`);

/**
 * The people the register can be filtered by owner to: those who own a risk or issue. Asked for
 * apart from the other choices and not drawn on the server: there can be hundreds.
 */
export const RISK_OWNER_CHOICES = graphql(`
  query RiskOwnerChoices {
    riskOwners {
      id
      name
    }
  }
`);

/** One row of the register. */
export const RISK_ROW_FIELDS = graphql(`
  fragment RiskRow on Risk {
    id
    reference
    kind
    state
    category
    title {
      en
      cy
    }
    owner {
      id
      name
    }
    current {
      ...RiskScoreFields
    }
    target {
      score
      band
      date
    }
    nextReviewDue
    reviewOverdue
    escalation {
      on
    }
    aboveAppetite
    awaitingEscalation
    # The score before the latest review: the movement since it.
    previous {
      score
    }
  }
`);

/** The register, a page at a time, open risks first and highest current score first. */
export const RISKS = graphql(`
  query Risks(
    $first: Int!
    $after: String
    $areaId: ID
    $ownerId: ID
    $category: RiskCategory
    $band: RiskBand
    $escalated: Boolean
    $aboveAppetite: Boolean
    $reviewOverdue: Boolean
    $state: RiskState
    $kind: RiskKind
  ) {
    risks(
      first: $first
      after: $after
      areaId: $areaId
      ownerId: $ownerId
      category: $category
      band: $band
      escalated: $escalated
      aboveAppetite: $aboveAppetite
      reviewOverdue: $reviewOverdue
      state: $state
      kind: $kind
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...RiskRow
        }
      }
    }
  }
`);

/** The heat map and counts of the risks the same filters select. */
export const RISK_PROFILE = graphql(`
  query RiskProfile(
    $areaId: ID
    $ownerId: ID
    $category: RiskCategory
    $band: RiskBand
    $escalated: Boolean
    $aboveAppetite: Boolean
    $reviewOverdue: Boolean
    $state: RiskState
    $kind: RiskKind
  ) {
    riskProfile(
      areaId: $areaId
      ownerId: $ownerId
      category: $category
      band: $band
      escalated: $escalated
      aboveAppetite: $aboveAppetite
      reviewOverdue: $reviewOverdue
      state: $state
      kind: $kind
    ) {
      total
      aboveAppetite
      awaitingEscalation
      escalated
      reviewOverdue
      cells {
        likelihood
        consequence
        count
      }
    }
  }
`);

/** A linked action, as the risk page lists it. */
export const RISK_ACTION_FIELDS = graphql(`
  fragment RiskAction on Action {
    id
    reference
    title {
      en
      cy
    }
  }
`);

/** Everything the risk page shows; what every change to a risk answers with. */
export const RISK_DETAILS_FIELDS = graphql(`
  fragment RiskDetails on Risk {
    id
    version
    reference
    kind
    state
    category
    title {
      en
      cy
    }
    description {
      en
      cy
    }
    controls {
      en
      cy
    }
    impact {
      en
      cy
    }
    owner {
      id
      name
    }
    areas {
      id
      number
      shortTitle {
        en
        cy
      }
    }
    inherent {
      ...RiskScoreFields
    }
    current {
      ...RiskScoreFields
    }
    target {
      likelihood
      consequence
      score
      band
      date
    }
    appetite
    aboveAppetite
    awaitingEscalation
    reviewEveryMonths
    nextReviewDue
    reviewOverdue
    escalation {
      on
      reason {
        en
        cy
      }
    }
    escalatedBy {
      id
      name
    }
    closure {
      on
      reason {
        en
        cy
      }
      resolution {
        en
        cy
      }
    }
    canUpdate
    canEscalate
    threatenedActions {
      ...RiskAction
    }
    mitigatingActions {
      ...RiskAction
    }
    mitigations {
      id
      description {
        en
        cy
      }
      owner {
        id
        name
      }
      dueDate
      completedOn
      overdue
    }
    reviews {
      id
      reviewedOn
      score {
        ...RiskScoreFields
      }
      reviewer {
        id
        name
      }
      commentary {
        en
        cy
      }
    }
  }
`);

export const RISK_DETAILS = graphql(`
  query RiskDetailsPage($id: ID!) {
    risk(id: $id) {
      ...RiskDetails
    }
  }
`);

export const REVIEW_RISK = graphql(`
  mutation ReviewRisk($input: ReviewRiskInput!) {
    reviewRisk(input: $input) {
      ...RiskDetails
    }
  }
`);

export const ESCALATE_RISK = graphql(`
  mutation EscalateRisk($input: EscalateRiskInput!) {
    escalateRisk(input: $input) {
      ...RiskDetails
    }
  }
`);

export const DEESCALATE_RISK = graphql(`
  mutation DeescalateRisk($input: RiskVersionInput!) {
    deescalateRisk(input: $input) {
      ...RiskDetails
    }
  }
`);

export const CLOSE_RISK = graphql(`
  mutation CloseRisk($input: CloseRiskInput!) {
    closeRisk(input: $input) {
      ...RiskDetails
    }
  }
`);

export const REOPEN_RISK = graphql(`
  mutation ReopenRisk($input: RiskVersionInput!) {
    reopenRisk(input: $input) {
      ...RiskDetails
    }
  }
`);

/** The risk form's choices: areas, people, and the actions of the plan year to link. */
export const RISK_FORM_OPTIONS = graphql(`
  query RiskFormOptions($financialYear: String!) {
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
      email
    }
    actions(filter: { financialYear: $financialYear }, first: 100) {
      edges {
        node {
          ...RiskAction
        }
      }
    }
  }
`);

/** A risk's editable fields, at the version loaded. */
export const EDITABLE_RISK_FIELDS = graphql(`
  fragment EditableRisk on Risk {
    id
    version
    canUpdate
    reference
    kind
    category
    title {
      en
      cy
    }
    description {
      en
      cy
    }
    controls {
      en
      cy
    }
    impact {
      en
      cy
    }
    owner {
      id
    }
    areas {
      id
    }
    threatenedActions {
      ...RiskAction
    }
    mitigatingActions {
      ...RiskAction
    }
    inherent {
      likelihood
      consequence
    }
    current {
      likelihood
      consequence
    }
    target {
      likelihood
      consequence
      date
    }
    reviewEveryMonths
    mitigations {
      id
      description {
        en
        cy
      }
      owner {
        id
      }
      dueDate
      completedOn
    }
  }
`);

export const RISK_FOR_EDIT = graphql(`
  query RiskForEdit($id: ID!) {
    risk(id: $id) {
      ...EditableRisk
    }
  }
`);

export const CREATE_RISK = graphql(`
  mutation CreateRisk($input: CreateRiskInput!) {
    createRisk(input: $input) {
      id
      reference
    }
  }
`);

export const UPDATE_RISK = graphql(`
  mutation UpdateRisk($input: UpdateRiskInput!) {
    updateRisk(input: $input) {
      ...EditableRisk
    }
  }
`);

/**
 * The action's updates, to find the one a risk is raised from: the API has no query for one
 * status update, so the page is given the action too.
 */
export const RAISE_FROM_UPDATE_SOURCE = graphql(`
  query RaiseFromUpdateSource($actionId: ID!) {
    action(id: $actionId) {
      id
      reference
      title {
        en
        cy
      }
      statusHistory {
        id
        submittedAt
        reportingPeriod {
          id
          label
        }
        risks {
          en
          cy
        }
        raisedRisks {
          id
          reference
        }
      }
    }
  }
`);

export const RAISE_RISK_FROM_UPDATE = graphql(`
  mutation RaiseRiskFromUpdate($input: RaiseRiskFromUpdateInput!) {
    raiseRiskFromUpdate(input: $input) {
      id
      reference
    }
  }
`);

export const RISK_APPETITES = graphql(`
  query RiskAppetites {
    riskAppetites {
      category
      appetite
      version
    }
  }
`);

export const SET_RISK_APPETITE = graphql(`
  mutation SetRiskAppetite($input: SetRiskAppetiteInput!) {
    setRiskAppetite(input: $input) {
      category
      appetite
      version
    }
  }
`);
