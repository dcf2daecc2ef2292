import type { Label } from './language';

/** Life cycle of an annual action plan: drafted, approved by the boards, closed at year end. */
export enum PlanState {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  CLOSED = 'CLOSED',
}

export const PLAN_STATE_LABELS: Record<PlanState, Label> = {
  [PlanState.DRAFT]: { en: 'Draft', cy: 'Drafft' },
  [PlanState.APPROVED]: { en: 'Approved', cy: 'Wedi’i gymeradwyo' },
  [PlanState.CLOSED]: { en: 'Closed', cy: 'Wedi cau' },
};

const NEXT_STATE: Record<PlanState, PlanState | null> = {
  [PlanState.DRAFT]: PlanState.APPROVED,
  [PlanState.APPROVED]: PlanState.CLOSED,
  [PlanState.CLOSED]: null,
};

export function canTransitionPlan(from: PlanState, to: PlanState): boolean {
  return NEXT_STATE[from] === to;
}

/** Actions and status updates can be changed only while a plan is not closed. */
export function isPlanEditable(state: PlanState): boolean {
  return state !== PlanState.CLOSED;
}
