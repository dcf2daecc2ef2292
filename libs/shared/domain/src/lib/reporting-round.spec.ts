import { RagStatus } from './rag-status';
import {
  RAG_DIRECTION_LABELS,
  ragDirection,
  RagDirection,
  REPORTING_PERIOD_STATE_LABELS,
  ReportingPeriodState,
} from './reporting-round';

describe('movement between periods', () => {
  it.each([
    [RagStatus.RED, RagStatus.AMBER, RagDirection.IMPROVED],
    [RagStatus.AMBER, RagStatus.COMPLETE, RagDirection.IMPROVED],
    [RagStatus.NOT_STARTED, RagStatus.GREEN, RagDirection.IMPROVED],
    [RagStatus.GREEN, RagStatus.AMBER, RagDirection.WORSENED],
    [RagStatus.NOT_STARTED, RagStatus.RED, RagDirection.WORSENED],
    [RagStatus.COMPLETE, RagStatus.GREEN, RagDirection.WORSENED],
    [RagStatus.AMBER, RagStatus.AMBER, RagDirection.UNCHANGED],
    [RagStatus.NOT_STARTED, RagStatus.AMBER, RagDirection.UNCHANGED],
  ])('%s → %s is %s', (previous, current, direction) => {
    expect(ragDirection(previous, current)).toBe(direction);
  });

  it('labels directions and period states in both languages', () => {
    for (const labels of [RAG_DIRECTION_LABELS, REPORTING_PERIOD_STATE_LABELS]) {
      for (const label of Object.values(labels)) {
        expect(label.en).toBeTruthy();
        expect(label.cy).toBeTruthy();
      }
    }
    expect(REPORTING_PERIOD_STATE_LABELS[ReportingPeriodState.CLOSED].cy).toBe('Wedi cau');
  });
});
