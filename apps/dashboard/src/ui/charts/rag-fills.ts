import { RagStatus } from '@cynnydd/shared/domain';

/** A status a chart shows: a RAG status, or "no update" for actions nobody reported on. */
export type ChartStatus = RagStatus | 'NO_UPDATE';

/**
 * Colours from the GOV.UK palette, each at least 3:1 against white (WCAG 1.4.11), so every
 * segment or point stands out from the white around it; legends name each status in text.
 */
export const RAG_FILLS: Record<ChartStatus, { colour: string }> = {
  [RagStatus.RED]: { colour: '#d4351c' },
  [RagStatus.AMBER]: { colour: '#c25e00' },
  [RagStatus.GREEN]: { colour: '#00703c' },
  [RagStatus.NOT_STARTED]: { colour: '#505a5f' },
  [RagStatus.COMPLETE]: { colour: '#1d70b8' },
  NO_UPDATE: { colour: '#6f72af' },
};
