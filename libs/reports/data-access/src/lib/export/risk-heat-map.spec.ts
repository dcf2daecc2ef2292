import { RagCountsModel } from '@cynnydd/reporting/data-access';
import type { RiskAsAt } from '@cynnydd/risks/data-access';
import { ReportAudience, ReportState, RiskCategory, RiskKind } from '@cynnydd/shared/domain';

import { noMeasures, type ReportContentModel } from '../models/report-content.model';
import { risksSection } from '../report-risks';
import { renderHtml } from './html-renderer';
import { buildReportDocument } from './report-document';

const risk = (reference: string, likelihood: number, consequence: number): RiskAsAt => ({
  id: `risk-${reference}`,
  reference,
  kind: RiskKind.RISK,
  title: { en: `Risk ${reference}`, cy: `Risg ${reference}` },
  category: RiskCategory.WORKFORCE,
  ownerName: 'Ceri Morgan',
  current: { likelihood, consequence },
  earlier: null,
  target: null,
  appetite: 12,
  recordedOn: '2026-10-10',
  escalatedOn: null,
  closedOn: null,
});

function content(withRisks: boolean): ReportContentModel {
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
    risks: withRisks
      ? risksSection([risk('R1', 4, 4), risk('R2', 4, 4), risk('R3', 1, 2)], endDate, {
          since: '2026-09-30',
          reportId: null,
          periodLabel: null,
          scores: null,
        })
      : null,
    milestonesMissed: [],
    milestonesDueNext: [],
    themes: [],
    goalContribution: [],
    completed: [],
    actions: [],
  };
}

const html = (withRisks: boolean, language: 'en' | 'cy') =>
  renderHtml(
    buildReportDocument(
      { edition: 1, state: ReportState.ISSUED, issuedAt: new Date() },
      content(withRisks),
    ),
    language,
  );

describe('the risk heat map in the printed report', () => {
  it('is a table whose axis headings are header cells, each cell its count and band in words, shaded', () => {
    const page = html(true, 'en');
    expect(page).toContain(
      '<th colspan="5" scope="colgroup"><span lang="en">Consequence</span></th>',
    );
    expect(page).toContain('<th scope="col"><span lang="en">Likelihood</span></th>');
    // Almost certain at the top, rare at the bottom, as risk matrices are drawn.
    expect(page.indexOf('5 Almost certain')).toBeLessThan(page.indexOf('1 Rare'));
    expect(page).toMatch(
      /<th scope="row"><span lang="en">4 Likely<\/span><\/th>(<td[^>]*>.*?<\/td>){3}<td style="background:#f6d7d2;font-weight:bold"><span lang="en">2 – Extreme<\/span><\/td>/,
    );
    expect(page).toMatch(/background:#cce2d8;font-weight:bold"><span lang="en">1 – Low</);
  });

  it('is in Welsh in the Welsh report', () => {
    const page = html(true, 'cy');
    expect(page).toContain('<span lang="cy">Tebygolrwydd</span>');
    expect(page).toContain('<span lang="cy">2 – Eithafol</span>');
  });

  it('is left out, with the whole risk section, of a report issued before risks were reported', () => {
    const page = html(false, 'en');
    expect(page).toContain('Outcome measures');
    expect(page).not.toContain('Risks and issues');
    expect(page).not.toContain('Likelihood');
  });
});
