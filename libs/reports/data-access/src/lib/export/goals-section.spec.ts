import { RagCountsModel } from '@cynnydd/reporting/data-access';
import { ReportAudience, ReportState, WellBeingGoal } from '@cynnydd/shared/domain';

import {
  noMeasures,
  type ReportContentModel,
  type ReportGoalContributionModel,
} from '../models/report-content.model';
import { goalContribution } from '../report-content.builder';
import { renderHtml } from './html-renderer';
import { buildReportDocument } from './report-document';

function content(goals: ReportGoalContributionModel[]): ReportContentModel {
  const endDate = '2026-12-31';
  return {
    audience: ReportAudience.OVERSIGHT_BOARD,
    period: {
      label: '2026-27 Q3',
      financialYear: '2026-27',
      quarter: 3,
      startDate: '2026-10-01',
      endDate,
    },
    planTitle: null,
    asOf: endDate,
    executiveSummary: { en: null, cy: null },
    overall: new RagCountsModel(),
    areas: [],
    movement: {
      sinceReportId: null,
      sincePeriod: null,
      improved: [],
      worsened: [],
      completed: [],
      newlyRed: [],
    },
    exceptions: [],
    measures: noMeasures(endDate),
    risks: null,
    milestonesMissed: [],
    milestonesDueNext: [],
    themes: [],
    goalContribution: goals,
    completed: [],
    actions: [],
  };
}

const html = (goals: ReportGoalContributionModel[], language: 'en' | 'cy') =>
  renderHtml(
    buildReportDocument(
      { edition: 1, state: ReportState.ISSUED, issuedAt: new Date() },
      content(goals),
    ),
    language,
  );

describe('the well-being goals section of the printed report', () => {
  const goals = goalContribution([], []);
  const healthier = goals.find((row) => row.goal === WellBeingGoal.HEALTHIER);
  Object.assign(healthier?.actions ?? {}, { red: 2, total: 2 });
  Object.assign(healthier?.measures ?? {}, { green: 1, total: 1 });

  it("names every goal as the Act does, with its actions' and measures' counts", () => {
    const page = html(goals, 'en');
    expect(page).toContain('Well-being of Future Generations goals');
    expect(page).toContain('A Wales of vibrant culture and thriving Welsh language');
    expect(page).toMatch(
      /<td><span lang="en">A healthier Wales<\/span><\/td><td><span lang="en">2<\/span><\/td>/,
    );
    expect(page).toContain('Measures by their latest figure');
  });

  it('is in Welsh in the Welsh report', () => {
    const page = html(goals, 'cy');
    expect(page).toContain('Nodau Llesiant Cenedlaethau’r Dyfodol');
    expect(page).toContain('Cymru iachach');
    expect(page).toContain('Cymru sy&#39;n gyfrifol ar lefel fyd-eang');
  });

  it('is left out of a report issued before goals were reported', () => {
    const page = html([], 'en');
    expect(page).not.toContain('Well-being of Future Generations goals');
  });
});
