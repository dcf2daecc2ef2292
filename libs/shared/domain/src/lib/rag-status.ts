import type { Label } from './language';

/** Delivery status of an action in a reporting period. */
export enum RagStatus {
  RED = 'RED',
  AMBER = 'AMBER',
  GREEN = 'GREEN',
  COMPLETE = 'COMPLETE',
  NOT_STARTED = 'NOT_STARTED',
}

export const RAG_STATUS_LABELS: Record<RagStatus, Label> = {
  [RagStatus.RED]: { en: 'Red', cy: 'Coch' },
  [RagStatus.AMBER]: { en: 'Amber', cy: 'Ambr' },
  [RagStatus.GREEN]: { en: 'Green', cy: 'Gwyrdd' },
  [RagStatus.COMPLETE]: { en: 'Complete', cy: "Wedi'i gwblhau" },
  [RagStatus.NOT_STARTED]: { en: 'Not started', cy: 'Heb ddechrau' },
};

/**
 * Order used when sorting or comparing statuses: most in need of attention first. Used by the
 * API (sorting, "improved/worsened") and the dashboard (legends) so both agree.
 */
export const RAG_STATUS_ORDER: readonly RagStatus[] = [
  RagStatus.RED,
  RagStatus.AMBER,
  RagStatus.GREEN,
  RagStatus.NOT_STARTED,
  RagStatus.COMPLETE,
];

export function ragRank(status: RagStatus): number {
  return RAG_STATUS_ORDER.indexOf(status);
}
