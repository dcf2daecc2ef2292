import {
  MeasureDirection,
  MeasureFrequency,
  MeasureRag,
  MeasureTrend,
  MeasureUnit,
} from '@cynnydd/shared/domain';

import {
  assessFigure,
  explainRag,
  figureRag,
  periodLabelOf,
  targetFor,
  trendsOf,
} from './measure-assessment';
import { Measure, MeasureTarget } from './measure.entity';

const measure = Object.assign(new Measure(), {
  unit: MeasureUnit.PERCENTAGE,
  direction: MeasureDirection.LOWER_IS_BETTER,
  frequency: MeasureFrequency.QUARTERLY,
  amberTolerance: 0,
  redTolerance: 1,
  baselineValue: 8.5,
});
const targets = [
  Object.assign(new MeasureTarget(), { financialYear: 2025, value: 7 }),
  Object.assign(new MeasureTarget(), { financialYear: 2026, value: 6 }),
];

describe('assessing a figure', () => {
  it('counts a period against its financial year’s target', () => {
    expect(targetFor(targets, '2026-01-01')).toBe(7);
    expect(targetFor(targets, '2026-04-01')).toBe(6);
    expect(targetFor(targets, '2027-04-01')).toBeNull();
  });

  it('gives the RAG, the period in both languages and the reason', () => {
    const assessed = assessFigure(
      measure,
      targets,
      { periodStart: '2026-10-01', value: 7.9 },
      true,
    );
    expect(periodLabelOf(measure.frequency, '2026-10-01')).toEqual({
      en: '2026-27 Q3',
      cy: '2026-27 Ch3',
    });
    expect(assessed).toMatchObject({
      periodEnd: '2026-12-31',
      revised: true,
      target: 6,
      rag: MeasureRag.RED,
    });
    expect(explainRag(assessed.reason)).toEqual({
      en: 'Red: 7.9% against a target of 6%; red beyond 1 point',
      cy: 'Coch: 7.9% o’i gymharu â tharged o 6%; coch y tu hwnt i 1 pwynt',
    });
  });

  it('has no RAG without a figure or without a target', () => {
    const missing = assessFigure(
      measure,
      targets,
      { periodStart: '2026-04-01', value: null },
      false,
    );
    expect(missing).toMatchObject({ target: 6, rag: null, reason: null });
    const contextual = assessFigure(measure, [], { periodStart: '2026-04-01', value: 5 }, false);
    expect(contextual).toMatchObject({ target: null, rag: null, reason: null });
    expect(figureRag(measure, [], { periodStart: '2026-04-01', value: 5 })).toBeNull();
  });
});

describe('direction of travel', () => {
  it('compares the latest figure with the last one before it and with the baseline', () => {
    const figures = [
      { periodStart: '2026-01-01', value: 7.2 },
      { periodStart: '2026-04-01', value: null },
      { periodStart: '2026-07-01', value: 7.6 },
    ];
    expect(trendsOf(measure, figures)).toEqual({
      sincePrevious: MeasureTrend.WORSENING,
      sinceBaseline: MeasureTrend.IMPROVING,
    });
    expect(trendsOf(measure, figures.slice(0, 1))).toEqual({
      sincePrevious: null,
      sinceBaseline: MeasureTrend.IMPROVING,
    });
    expect(trendsOf(measure, [])).toEqual({ sincePrevious: null, sinceBaseline: null });
  });
});
