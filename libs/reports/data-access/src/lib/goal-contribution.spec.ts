import { MeasureRag, RagStatus, WellBeingGoal } from '@cynnydd/shared/domain';

import type { ReportMeasureModel } from './models/report-content.model';
import { goalContribution } from './report-content.builder';

const action = (rag: RagStatus | null, ...wellBeingGoals: WellBeingGoal[]) => ({
  rag,
  wellBeingGoals,
});

const measure = (
  latest: { value: number | null; rag: MeasureRag | null } | null,
  ...wellBeingGoals: WellBeingGoal[]
) => ({ latest: latest as ReportMeasureModel['latest'], wellBeingGoals });

describe('contribution per well-being goal', () => {
  it('lists every goal in the order of the Act, even those nothing is tagged with', () => {
    const rows = goalContribution([], []);
    expect(rows.map((row) => row.goal)).toEqual(Object.values(WellBeingGoal));
    expect(rows.every((row) => row.actions.total === 0 && row.measures.total === 0)).toBe(true);
  });

  it('counts each action by its status towards every goal it is tagged with', () => {
    const rows = goalContribution(
      [
        action(RagStatus.RED, WellBeingGoal.HEALTHIER, WellBeingGoal.PROSPEROUS),
        action(RagStatus.GREEN, WellBeingGoal.HEALTHIER),
        action(null, WellBeingGoal.HEALTHIER),
        action(RagStatus.COMPLETE),
      ],
      [],
    );
    const of = (goal: WellBeingGoal) => rows.find((row) => row.goal === goal);
    expect(of(WellBeingGoal.HEALTHIER)?.actions).toMatchObject({
      red: 1,
      green: 1,
      noUpdate: 1,
      complete: 0,
      total: 3,
    });
    expect(of(WellBeingGoal.PROSPEROUS)?.actions).toMatchObject({ red: 1, total: 1 });
    expect(of(WellBeingGoal.RESILIENT)?.actions.total).toBe(0);
  });

  it("counts each measure by its latest figure's RAG, a figure without target as contextual", () => {
    const rows = goalContribution(
      [],
      [
        measure({ value: 3, rag: MeasureRag.AMBER }, WellBeingGoal.MORE_EQUAL),
        measure({ value: 5, rag: null }, WellBeingGoal.MORE_EQUAL),
        measure(null, WellBeingGoal.MORE_EQUAL, WellBeingGoal.GLOBALLY_RESPONSIBLE),
      ],
    );
    const of = (goal: WellBeingGoal) => rows.find((row) => row.goal === goal);
    expect(of(WellBeingGoal.MORE_EQUAL)?.measures).toEqual({
      red: 0,
      amber: 1,
      green: 0,
      contextual: 1,
      noFigure: 1,
      total: 3,
    });
    expect(of(WellBeingGoal.GLOBALLY_RESPONSIBLE)?.measures).toMatchObject({
      noFigure: 1,
      total: 1,
    });
  });
});
