import type { IsoDate } from './financial-year';

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
