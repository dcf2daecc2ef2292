import {
  readSnapshot,
  type ReportContentModel,
  type StoredReportContent,
} from '@cynnydd/reports/data-access';
import { LeadOrganisation, RagStatus, ReportAudience, WellBeingGoal } from '@cynnydd/shared/domain';

import { buildPublicSnapshot, type PublicationChoices } from './public-snapshot';

const text = (en: string) => ({ en, cy: `${en} (cy)` });

function line(actionId: string, areaNumber: number, rag: RagStatus | null, goals: WellBeingGoal[]) {
  return {
    actionId,
    reference: `${areaNumber}.${actionId}`,
    title: text(`Action ${actionId}`),
    areaNumber,
    leadOrganisation: LeadOrganisation.HEIW,
    owners: ['Ceri Jones'],
    themes: [],
    dueDate: '2026-03-31',
    rag,
    percentComplete: null,
    commentary: text('Going well'),
    risks: text('Internal risk wording'),
    nextSteps: text('Next'),
    carriedForwardFromId: null,
    wellBeingGoals: goals,
  };
}

const content = {
  period: {
    label: '2025-26 Q1',
    financialYear: '2025-26',
    quarter: 1,
    startDate: '2025-04-01',
    endDate: '2025-06-30',
  },
  asOf: '2025-06-30',
  planTitle: null,
  areas: [
    { number: 1, title: text('Area one'), counts: {} },
    { number: 2, title: text('Area two'), counts: {} },
  ],
  actions: [
    line('a', 1, RagStatus.GREEN, [WellBeingGoal.HEALTHIER]),
    line('b', 1, RagStatus.RED, [WellBeingGoal.HEALTHIER, WellBeingGoal.PROSPEROUS]),
    line('c', 2, null, []),
  ],
  measures: { endedBy: '2025-06-30', counts: {}, measures: [], offTarget: [] },
} as unknown as ReportContentModel;

const report = {
  id: 'r',
  audience: ReportAudience.OVERSIGHT_BOARD,
  edition: 1,
  issuedAt: new Date('2025-07-10T09:00:00Z'),
};

const choices = (changes: Partial<PublicationChoices> = {}): PublicationChoices => ({
  introduction: text('Intro'),
  areaSummaries: [{ areaNumber: 2, en: 'Two', cy: 'Dau' }],
  excludedActionIds: [],
  showOwnerNames: false,
  includeMeasures: true,
  ...changes,
});

const build = (changes?: Partial<PublicationChoices>) =>
  buildPublicSnapshot(
    content,
    report,
    choices(changes),
    4,
    new Date('2025-07-20T10:00:00Z'),
    Object.values(WellBeingGoal),
  );

describe('the public content of a publication', () => {
  it('leaves out the actions left off, and counts only those published', () => {
    const snapshot = build({ excludedActionIds: ['b'] });
    expect(snapshot.actions.map((action) => action.id)).toEqual(['a', 'c']);
    expect(snapshot.overall).toMatchObject({ green: 1, red: 0, noUpdate: 1, total: 2 });
    expect(snapshot.areas[0].counts).toMatchObject({ green: 1, total: 1 });
    expect(snapshot.goals).toEqual([
      {
        goal: WellBeingGoal.HEALTHIER,
        actions: expect.objectContaining({ green: 1, total: 1 }),
        measures: 0,
      },
    ]);
  });

  it('names owners only when chosen, and never carries internal risk wording', () => {
    expect(build().actions[0].owners).toBeNull();
    expect(build({ showOwnerNames: true }).actions[0].owners).toEqual(['Ceri Jones']);
    expect(JSON.stringify(build())).not.toContain('Internal risk wording');
  });

  it('gives each area its summary and the goals in the Act’s order', () => {
    const snapshot = build();
    expect(snapshot.areas.map((area) => area.summary)).toEqual([
      { en: null, cy: null },
      { en: 'Two', cy: 'Dau' },
    ]);
    expect(snapshot.goals.map((goal) => goal.goal)).toEqual([
      WellBeingGoal.PROSPEROUS,
      WellBeingGoal.HEALTHIER,
    ]);
    expect(snapshot.measures).not.toBeNull();
    expect(build({ includeMeasures: false }).measures).toBeNull();
  });

  it('reads reports issued before actions were tagged with goals', () => {
    const untagged = {
      ...content,
      exceptions: [],
      completed: [],
      actions: content.actions.map(({ wellBeingGoals: _goals, ...line }) => line),
    };
    const snapshot = buildPublicSnapshot(
      readSnapshot(untagged as unknown as StoredReportContent),
      report,
      choices(),
      1,
      new Date(),
      Object.values(WellBeingGoal),
    );
    expect(snapshot.actions[0].wellBeingGoals).toEqual([]);
    expect(snapshot.goals).toEqual([]);
  });
});
