import { averageOf, compareAssessments } from './assessment-comparison';

describe('compareAssessments', () => {
  const later = {
    id: 'b',
    assessedOn: '2026-01-10',
    scores: [
      { statementId: 's1', score: 4 },
      { statementId: 's2', score: 5 },
    ],
  };
  const earlier = {
    id: 'a',
    assessedOn: '2025-06-01',
    scores: [
      { statementId: 's1', score: 2 },
      { statementId: 's2', score: 3 },
    ],
  };

  it('orders assessments oldest first with their averages', () => {
    const comparison = compareAssessments(['s1', 's2'], [later, earlier]);
    expect(comparison.assessments).toEqual([
      { id: 'a', assessedOn: '2025-06-01', average: 2.5 },
      { id: 'b', assessedOn: '2026-01-10', average: 4.5 },
    ]);
  });

  it('gives each statement its scores over time and the change since the previous', () => {
    const [first] = compareAssessments(['s1'], [later, earlier]).statements;
    expect(first).toEqual({
      statementId: 's1',
      scores: [
        { assessmentId: 'a', assessedOn: '2025-06-01', score: 2 },
        { assessmentId: 'b', assessedOn: '2026-01-10', score: 4 },
      ],
      latest: 4,
      change: 2,
    });
  });

  it('has no change for a statement scored once, and nothing for one never scored', () => {
    const comparison = compareAssessments(['s1', 'new'], [earlier]);
    expect(comparison.statements.map(({ latest, change }) => ({ latest, change }))).toEqual([
      { latest: 2, change: null },
      { latest: null, change: null },
    ]);
  });
});

describe('averageOf', () => {
  it('rounds to two places, and is null for no scores', () => {
    expect(averageOf([1, 2, 2])).toBe(1.67);
    expect(averageOf([])).toBeNull();
  });
});
