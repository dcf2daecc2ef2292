import type { RagStatus, RiskBand } from '@cynnydd/shared/domain';

/*
 * Shading for status and band cells in the Word, PDF and Excel tables. Charts take their colours
 * from the shared chart definition (`RAG_CHART_STYLES` in @cynnydd/shared/domain).
 */

/** Light tints of the GOV.UK colours for shaded table cells, dark text staying readable. */
export const RAG_TINTS: Record<RagStatus | 'NO_UPDATE', string> = {
  RED: 'f6d7d2',
  AMBER: 'fde4d0',
  GREEN: 'cce2d8',
  NOT_STARTED: 'dcdedf',
  COMPLETE: 'd2e2f1',
  NO_UPDATE: 'ffffff',
};

/** The risk matrix's bands as tints (green, yellow, orange, red); the band is always in words. */
export const RISK_BAND_TINTS: Record<RiskBand, string> = {
  LOW: 'cce2d8',
  MODERATE: 'fff7bf',
  HIGH: 'fde4d0',
  EXTREME: 'f6d7d2',
};

/** How a table cell may be shaded: an action's status or a risk's band. */
export type Shade = RagStatus | 'NO_UPDATE' | RiskBand;
export const SHADE_TINTS: Record<Shade, string> = { ...RAG_TINTS, ...RISK_BAND_TINTS };
