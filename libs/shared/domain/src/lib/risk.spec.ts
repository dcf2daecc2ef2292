import {
  isAboveAppetite,
  nextRiskReview,
  RiskBand,
  riskBand,
  riskBandRange,
  riskScore,
} from './risk';

describe('the 5 × 5 risk matrix', () => {
  it('scores likelihood times consequence', () => {
    expect(riskScore({ likelihood: 4, consequence: 5 })).toBe(20);
    expect(riskScore({ likelihood: 1, consequence: 3 })).toBe(3);
  });

  it.each([
    [1, RiskBand.LOW],
    [3, RiskBand.LOW],
    [4, RiskBand.MODERATE],
    [6, RiskBand.MODERATE],
    [8, RiskBand.HIGH],
    [12, RiskBand.HIGH],
    [15, RiskBand.EXTREME],
    [25, RiskBand.EXTREME],
  ])('puts a score of %i in the %s band', (score, band) => {
    expect(riskBand(score)).toBe(band);
  });

  it('refuses a score off the matrix', () => {
    expect(() => riskBand(0)).toThrow(RangeError);
  });

  it('gives each band its score range, the bands meeting without gaps', () => {
    expect(riskBandRange(RiskBand.LOW)).toEqual({ min: 1, max: 3 });
    expect(riskBandRange(RiskBand.MODERATE)).toEqual({ min: 4, max: 7 });
    expect(riskBandRange(RiskBand.HIGH)).toEqual({ min: 8, max: 14 });
    expect(riskBandRange(RiskBand.EXTREME)).toEqual({ min: 15, max: 25 });
  });

  it('is above appetite only beyond it', () => {
    expect(isAboveAppetite(12, 12)).toBe(false);
    expect(isAboveAppetite(15, 12)).toBe(true);
  });

  it('schedules the next review, keeping to the end of a shorter month', () => {
    expect(nextRiskReview('2026-04-15', 3)).toBe('2026-07-15');
    expect(nextRiskReview('2026-11-30', 3)).toBe('2027-02-28');
    expect(nextRiskReview('2026-12-10', 1)).toBe('2027-01-10');
  });
});
