import type { RiskAsAt } from '@cynnydd/risks/data-access';
import { MeasureTrend, RiskBand, RiskCategory, RiskKind } from '@cynnydd/shared/domain';

import { risksSection, scoresOf, type RiskBaseline } from './report-risks';

const risk = (
  reference: string,
  current: [number, number],
  more: Partial<RiskAsAt> = {},
): RiskAsAt => ({
  id: `risk-${reference}`,
  reference,
  kind: RiskKind.RISK,
  title: { en: `Risk ${reference}`, cy: null },
  category: RiskCategory.DELIVERY,
  ownerName: 'Owner',
  current: { likelihood: current[0], consequence: current[1] },
  earlier: { likelihood: current[0], consequence: current[1] },
  target: null,
  appetite: 12,
  recordedOn: '2026-01-10',
  escalatedOn: null,
  closedOn: null,
  ...more,
});

const sincePeriodStart: RiskBaseline = {
  since: '2026-06-30',
  reportId: null,
  periodLabel: null,
  scores: null,
};
const refs = (lines: { reference: string }[]) => lines.map((line) => line.reference);

describe('the risk section', () => {
  it('lists open risks highest score first, by number within a score, closed ones apart', () => {
    const section = risksSection(
      [
        risk('R10', [3, 3]),
        risk('R2', [3, 3]),
        risk('R3', [5, 4]),
        risk('R4', [5, 5], { closedOn: '2026-08-01' }),
      ],
      '2026-09-30',
      sincePeriodStart,
    );
    expect(refs(section.risks)).toEqual(['R3', 'R2', 'R10']);
    expect(refs(section.closed)).toEqual(['R4']);
    expect(section.heatMap.find((c) => c.likelihood === 3 && c.consequence === 3)?.count).toBe(2);
    expect(section.heatMap.find((c) => c.likelihood === 5 && c.consequence === 5)?.count).toBe(0);
    expect(section.bands.find((b) => b.band === RiskBand.EXTREME)?.count).toBe(1);
  });

  it('puts a risk above appetite only when its score is over its category’s appetite', () => {
    const section = risksSection(
      [risk('R1', [3, 4]), risk('R2', [3, 5]), risk('R3', [5, 5], { appetite: 25 })],
      '2026-09-30',
      sincePeriodStart,
    );
    expect(refs(section.aboveAppetite)).toEqual(['R2']);
  });

  it('counts risks recorded and closed after the baseline day as new and closed', () => {
    const section = risksSection(
      [
        risk('R1', [2, 2], { recordedOn: '2026-06-30', closedOn: '2026-06-30' }),
        risk('R2', [2, 2], { recordedOn: '2026-07-01', earlier: null }),
      ],
      '2026-09-30',
      sincePeriodStart,
    );
    expect(refs(section.opened)).toEqual(['R2']);
    expect(section.closed).toEqual([]);
    expect(section.risks[0].trend).toBeNull();
  });

  it('compares with the scores the previous report printed when it has them', () => {
    const printed = risksSection(
      [risk('R1', [4, 4]), risk('R2', [2, 2])],
      '2026-06-30',
      sincePeriodStart,
    );
    // The reviews would say R1 was 2 × 2 then; the board was shown 4 × 4.
    const section = risksSection(
      [
        risk('R1', [3, 4], { earlier: { likelihood: 2, consequence: 2 } }),
        risk('R2', [3, 3]),
        risk('R3', [1, 1]),
      ],
      '2026-09-30',
      {
        since: '2026-06-30',
        reportId: 'report-1',
        periodLabel: '2026-27 Q1',
        scores: scoresOf(printed),
      },
    );
    expect(refs(section.improved)).toEqual(['R1']);
    expect(refs(section.worsened)).toEqual(['R2']);
    expect(section.risks.find((l) => l.reference === 'R1')?.previous?.score).toBe(16);
    expect(section.risks.find((l) => l.reference === 'R3')?.trend).toBeNull();
    expect(section.risks.find((l) => l.reference === 'R2')?.trend).toBe(MeasureTrend.WORSENING);
  });
});
