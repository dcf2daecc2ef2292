import type { Label } from './language';
import { RagStatus } from './rag-status';

/** Whether a reporting period still takes updates. */
export enum ReportingPeriodState {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export const REPORTING_PERIOD_STATE_LABELS: Record<ReportingPeriodState, Label> = {
  [ReportingPeriodState.OPEN]: { en: 'Open', cy: 'Ar agor' },
  [ReportingPeriodState.CLOSED]: { en: 'Closed', cy: 'Wedi cau' },
};

/** How an action's status moved between two reporting periods. */
export enum RagDirection {
  IMPROVED = 'IMPROVED',
  WORSENED = 'WORSENED',
  UNCHANGED = 'UNCHANGED',
}

export const RAG_DIRECTION_LABELS: Record<RagDirection, Label> = {
  [RagDirection.IMPROVED]: { en: 'Improved', cy: 'Wedi gwella' },
  [RagDirection.WORSENED]: { en: 'Worsened', cy: 'Wedi gwaethygu' },
  [RagDirection.UNCHANGED]: { en: 'Unchanged', cy: 'Heb newid' },
};

/**
 * Position on the delivery scale. "Not started" sits with amber: starting on track is an
 * improvement, starting in difficulty a worsening, and starting at all is not by itself progress.
 */
const DELIVERY_RANK: Record<RagStatus, number> = {
  [RagStatus.RED]: 0,
  [RagStatus.AMBER]: 1,
  [RagStatus.NOT_STARTED]: 1,
  [RagStatus.GREEN]: 2,
  [RagStatus.COMPLETE]: 3,
};

export function ragDirection(previous: RagStatus, current: RagStatus): RagDirection {
  const change = DELIVERY_RANK[current] - DELIVERY_RANK[previous];
  if (change > 0) return RagDirection.IMPROVED;
  if (change < 0) return RagDirection.WORSENED;
  return RagDirection.UNCHANGED;
}
