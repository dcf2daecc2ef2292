import { WellBeingGoal } from '@cynnydd/shared/domain';

import { readSnapshot, type StoredReportContent } from './report-content.model';

const line = { actionId: 'a1', reference: '1.1' };
const measure = { measureId: 'm1', reference: 'M1' };

/** A snapshot as the builder wrote it before well-being goals were reported. */
const oldSnapshot = {
  period: { endDate: '2026-06-30' },
  exceptions: [line],
  completed: [line],
  actions: [line],
  measures: { endedBy: '2026-06-30', measures: [measure], offTarget: [measure] },
} as unknown as StoredReportContent;

describe('reading an issued report', () => {
  it('reads a snapshot from before goals were reported as tagged with none, with no goal section', () => {
    const content = readSnapshot(oldSnapshot);
    expect(content.goalContribution).toEqual([]);
    for (const lines of [content.actions, content.exceptions, content.completed]) {
      expect(lines).toEqual([{ ...line, wellBeingGoals: [] }]);
    }
    expect(content.measures.measures).toEqual([{ ...measure, wellBeingGoals: [] }]);
    expect(content.measures.offTarget).toEqual([{ ...measure, wellBeingGoals: [] }]);
  });

  it('keeps the goals a newer snapshot holds', () => {
    const tagged = { ...line, wellBeingGoals: [WellBeingGoal.HEALTHIER] };
    const content = readSnapshot({
      ...oldSnapshot,
      actions: [tagged],
      goalContribution: [],
    } as unknown as StoredReportContent);
    expect(content.actions).toEqual([tagged]);
  });
});
