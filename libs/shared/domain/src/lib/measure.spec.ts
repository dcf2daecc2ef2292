import {
  explainMeasureRag,
  formatMeasureValue,
  MeasureDirection,
  MeasureFrequency,
  measurePeriodEnd,
  measurePeriodLabel,
  measurePeriodsDueInRound,
  measurePeriodsEndingWithin,
  measurePeriodStart,
  MeasureRag,
  measureRag,
  measureTrend,
  MeasureTrend,
  MeasureUnit,
} from './measure';

const { HIGHER_IS_BETTER, LOWER_IS_BETTER } = MeasureDirection;

describe('measureRag', () => {
  const tolerance = { amber: 0, red: 1 };

  it('lower is better: on or under target is green, up to the red threshold amber, beyond red', () => {
    expect(measureRag(5.5, 6, tolerance, LOWER_IS_BETTER)).toBe(MeasureRag.GREEN);
    expect(measureRag(6, 6, tolerance, LOWER_IS_BETTER)).toBe(MeasureRag.GREEN);
    expect(measureRag(6.1, 6, tolerance, LOWER_IS_BETTER)).toBe(MeasureRag.AMBER);
    expect(measureRag(7, 6, tolerance, LOWER_IS_BETTER)).toBe(MeasureRag.AMBER);
    expect(measureRag(7.0001, 6, tolerance, LOWER_IS_BETTER)).toBe(MeasureRag.RED);
  });

  it('higher is better mirrors it, with a green band before amber', () => {
    const banded = { amber: 2, red: 5 };
    expect(measureRag(80, 80, banded, HIGHER_IS_BETTER)).toBe(MeasureRag.GREEN);
    expect(measureRag(78, 80, banded, HIGHER_IS_BETTER)).toBe(MeasureRag.GREEN);
    expect(measureRag(77.9, 80, banded, HIGHER_IS_BETTER)).toBe(MeasureRag.AMBER);
    expect(measureRag(75, 80, banded, HIGHER_IS_BETTER)).toBe(MeasureRag.AMBER);
    expect(measureRag(74.9, 80, banded, HIGHER_IS_BETTER)).toBe(MeasureRag.RED);
    expect(measureRag(95, 80, banded, HIGHER_IS_BETTER)).toBe(MeasureRag.GREEN);
  });
});

describe('explainMeasureRag', () => {
  it('says the colour, the figures and the threshold in both languages', () => {
    const input = {
      rag: MeasureRag.RED,
      value: 7.9,
      target: 6,
      tolerance: { amber: 0, red: 1 },
      unit: MeasureUnit.PERCENTAGE,
    };
    expect(explainMeasureRag(input, 'en')).toBe(
      'Red: 7.9% against a target of 6%; red beyond 1 point',
    );
    expect(explainMeasureRag(input, 'cy')).toBe(
      'Coch: 7.9% o’i gymharu â tharged o 6%; coch y tu hwnt i 1 pwynt',
    );
  });
});

describe('measureTrend', () => {
  it('judges movement by the measure’s direction', () => {
    expect(measureTrend(8, 7, LOWER_IS_BETTER)).toBe(MeasureTrend.IMPROVING);
    expect(measureTrend(8, 7, HIGHER_IS_BETTER)).toBe(MeasureTrend.WORSENING);
    expect(measureTrend(8, 8, HIGHER_IS_BETTER)).toBe(MeasureTrend.NO_CHANGE);
  });
});

describe('measure periods', () => {
  it('finds the period a date is in, its end and its label', () => {
    expect(measurePeriodStart(MeasureFrequency.QUARTERLY, '2026-02-14')).toBe('2026-01-01');
    expect(measurePeriodStart(MeasureFrequency.ANNUAL, '2026-02-14')).toBe('2025-04-01');
    expect(measurePeriodEnd(MeasureFrequency.MONTHLY, '2024-02-01')).toBe('2024-02-29');
    expect(measurePeriodEnd(MeasureFrequency.ANNUAL, '2025-04-01')).toBe('2026-03-31');
    expect(measurePeriodLabel(MeasureFrequency.QUARTERLY, '2026-01-01', 'cy')).toBe('2025-26 Ch4');
    expect(measurePeriodLabel(MeasureFrequency.MONTHLY, '2026-02-01', 'cy')).toBe('Chwef 2026');
  });

  it('lists the periods a reporting quarter asks for', () => {
    const q4 = ['2026-01-01', '2026-03-31'] as const;
    expect(measurePeriodsEndingWithin(MeasureFrequency.MONTHLY, ...q4)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
    expect(measurePeriodsEndingWithin(MeasureFrequency.ANNUAL, ...q4)).toEqual(['2025-04-01']);
    expect(measurePeriodsEndingWithin(MeasureFrequency.ANNUAL, '2025-10-01', '2025-12-31')).toEqual(
      [],
    );
  });

  it('asks each round for the periods that ended in the quarter before it', () => {
    expect(measurePeriodsDueInRound(MeasureFrequency.QUARTERLY, '2026-10-01')).toEqual([
      '2026-07-01',
    ]);
    expect(measurePeriodsDueInRound(MeasureFrequency.MONTHLY, '2026-10-01')).toEqual([
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
    ]);
    expect(measurePeriodsDueInRound(MeasureFrequency.ANNUAL, '2026-10-01')).toEqual([]);
    expect(measurePeriodsDueInRound(MeasureFrequency.ANNUAL, '2026-04-01')).toEqual(['2025-04-01']);
  });

  it('formats figures with their unit', () => {
    expect(formatMeasureValue(1250.5, MeasureUnit.MONEY, 'en')).toBe('£1,250.5');
    expect(formatMeasureValue(12.5, MeasureUnit.RATE_PER_1000, 'cy')).toBe('12.5 fesul 1,000');
  });
});
