import { RagStatus } from '@cynnydd/shared/domain';

import type { RagCountFieldsFragment } from '../../../gql/graphql';
import type { StatusColumn } from './rag-label';

export type CountField = Exclude<keyof RagCountFieldsFragment, 'total' | '__typename'>;

/** Where each status's count is in the progress summary's RagCounts. */
export const COUNT_FIELDS: Record<StatusColumn, CountField> = {
  [RagStatus.RED]: 'red',
  [RagStatus.AMBER]: 'amber',
  [RagStatus.GREEN]: 'green',
  [RagStatus.NOT_STARTED]: 'notStarted',
  [RagStatus.COMPLETE]: 'complete',
  NO_UPDATE: 'noUpdate',
};

/** The statuses in the shared RAG order, most in need of attention first, then "no update". */
export const STATUS_COLUMNS: StatusColumn[] = [
  RagStatus.RED,
  RagStatus.AMBER,
  RagStatus.GREEN,
  RagStatus.NOT_STARTED,
  RagStatus.COMPLETE,
  'NO_UPDATE',
];
