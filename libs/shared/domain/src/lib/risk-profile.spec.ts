import { MeasureTrend } from './measure';
import { RiskBand } from './risk';
import { riskBandCounts, riskHeatMap, riskTrend } from './risk-profile';

describe('the risk heat map', () => {
  it('counts scores into all 25 cells, likelihood then consequence', () => {
    const cells = riskHeatMap([
      { likelihood: 4, consequence: 5 },
      { likelihood: 4, consequence: 5 },
      { likelihood: 1, consequence: 2 },
    ]);
    expect(cells).toHaveLength(25);
    expect(cells[0]).toEqual({ likelihood: 1, consequence: 1, count: 0 });
    expect(cells[1]).toEqual({ likelihood: 1, consequence: 2, count: 1 });
    expect(cells.find((c) => c.likelihood === 4 && c.consequence === 5)?.count).toBe(2);
    expect(cells.reduce((total, c) => total + c.count, 0)).toBe(3);
  });

  it('fills the missing cells of counts read per cell', () => {
    const cells = riskHeatMap([{ likelihood: 3, consequence: 3, count: 7 }]);
    expect(cells).toHaveLength(25);
    expect(cells[12]).toEqual({ likelihood: 3, consequence: 3, count: 7 });
  });

  it('sums the cells per band, every band shown', () => {
    const cells = riskHeatMap([
      { likelihood: 1, consequence: 3 },
      { likelihood: 2, consequence: 3 },
      { likelihood: 4, consequence: 2 },
      { likelihood: 3, consequence: 4 },
      { likelihood: 5, consequence: 3 },
    ]);
    expect(riskBandCounts(cells)).toEqual([
      { band: RiskBand.LOW, count: 1 },
      { band: RiskBand.MODERATE, count: 1 },
      { band: RiskBand.HIGH, count: 2 },
      { band: RiskBand.EXTREME, count: 1 },
    ]);
  });
});

describe('a risk score’s trend', () => {
  it('is improving when the score falls and worsening when it rises, by score not position', () => {
    expect(riskTrend({ likelihood: 4, consequence: 4 }, { likelihood: 3, consequence: 4 })).toBe(
      MeasureTrend.IMPROVING,
    );
    expect(riskTrend({ likelihood: 2, consequence: 3 }, { likelihood: 3, consequence: 3 })).toBe(
      MeasureTrend.WORSENING,
    );
    // 2 × 3 and 3 × 2 score the same: moved on the matrix, not in score.
    expect(riskTrend({ likelihood: 2, consequence: 3 }, { likelihood: 3, consequence: 2 })).toBe(
      MeasureTrend.NO_CHANGE,
    );
  });

  it('has no trend for a risk with no earlier score', () => {
    expect(riskTrend(null, { likelihood: 5, consequence: 5 })).toBeNull();
  });
});
