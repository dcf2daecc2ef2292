import { canTransitionPlan, isPlanEditable, PlanState } from './plan-state';
import { RAG_STATUS_LABELS, RAG_STATUS_ORDER, RagStatus } from './rag-status';

describe('plan life cycle', () => {
  it('moves only forward: draft → approved → closed', () => {
    expect(canTransitionPlan(PlanState.DRAFT, PlanState.APPROVED)).toBe(true);
    expect(canTransitionPlan(PlanState.APPROVED, PlanState.CLOSED)).toBe(true);
    expect(canTransitionPlan(PlanState.DRAFT, PlanState.CLOSED)).toBe(false);
    expect(canTransitionPlan(PlanState.CLOSED, PlanState.DRAFT)).toBe(false);
    expect(canTransitionPlan(PlanState.APPROVED, PlanState.APPROVED)).toBe(false);
  });

  it('freezes a closed plan', () => {
    expect(isPlanEditable(PlanState.APPROVED)).toBe(true);
    expect(isPlanEditable(PlanState.CLOSED)).toBe(false);
  });
});

describe('RAG statuses', () => {
  it('orders and labels every status in both languages', () => {
    for (const status of Object.values(RagStatus)) {
      expect(RAG_STATUS_ORDER).toContain(status);
      expect(RAG_STATUS_LABELS[status].en).toBeTruthy();
      expect(RAG_STATUS_LABELS[status].cy).toBeTruthy();
    }
    expect(RAG_STATUS_LABELS[RagStatus.AMBER].cy).toBe('Ambr');
  });
});
