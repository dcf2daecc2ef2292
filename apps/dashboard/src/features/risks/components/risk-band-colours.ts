import { RiskBand } from '@cynnydd/shared/domain';

/**
 * The fill and text colour of each band (green, yellow, orange, red as on NHS Wales matrices),
 * paired so the text has at least 4.5:1 contrast (WCAG 1.4.3): 9.9, 14.6, 7.0 and 4.9 to 1. The
 * band is always written too, so the colour is never the only sign of it.
 */
export const RISK_BAND_COLOURS: Record<RiskBand, { fill: string; text: string }> = {
  [RiskBand.LOW]: { fill: '#85c79b', text: '#0b0c0c' },
  [RiskBand.MODERATE]: { fill: '#ffdd00', text: '#0b0c0c' },
  [RiskBand.HIGH]: { fill: '#f47738', text: '#0b0c0c' },
  [RiskBand.EXTREME]: { fill: '#d4351c', text: '#ffffff' },
};
