import { RagStatus } from '@cynnydd/shared/domain';

import { RagCountsModel } from './models/progress-summary.model';

const COUNT_FIELD: Record<RagStatus, keyof RagCountsModel> = {
  [RagStatus.RED]: 'red',
  [RagStatus.AMBER]: 'amber',
  [RagStatus.GREEN]: 'green',
  [RagStatus.COMPLETE]: 'complete',
  [RagStatus.NOT_STARTED]: 'notStarted',
};

/** Counts one action in `counts` by its status in a period; null means no update. */
export function tally(counts: RagCountsModel, rag: RagStatus | null): void {
  counts[rag ? COUNT_FIELD[rag] : 'noUpdate'] += 1;
  counts.total += 1;
}
