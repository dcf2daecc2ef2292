import type { IsoDate } from './financial-year';
import { RagStatus } from './rag-status';

export interface MilestoneDates {
  dueDate: IsoDate;
  completedOn: IsoDate | null;
}

/** A milestone is overdue on `asOf` when it was due before then and not completed by then. */
export function isMilestoneOverdue(milestone: MilestoneDates, asOf: IsoDate): boolean {
  return (
    milestone.dueDate < asOf && (milestone.completedOn === null || milestone.completedOn > asOf)
  );
}

/**
 * An action is overdue when it is not complete and either its due date or one of its
 * milestones' due dates has passed. The API's action filter implements the same rule in SQL.
 */
export function isActionOverdue(
  action: { dueDate: IsoDate; currentStatus: RagStatus | null; milestones: MilestoneDates[] },
  today: IsoDate,
): boolean {
  if (action.currentStatus === RagStatus.COMPLETE) return false;
  return action.dueDate < today || action.milestones.some((m) => isMilestoneOverdue(m, today));
}
