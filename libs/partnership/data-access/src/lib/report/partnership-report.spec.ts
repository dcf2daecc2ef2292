import { EngagementOutcome } from '@cynnydd/shared/domain';

import { EngagementSubjectKind } from '../engagement-rules';
import { summariseEngagements, type ReportedEngagement } from './partnership-report';

const text = { en: 'x', cy: 'x' };
const union = { id: 'u', code: 'UNISON', name: text };
const other = { id: 'o', code: 'WCVA', name: text };
const engagement = (
  subjectKind: EngagementSubjectKind,
  outcome: EngagementOutcome,
  partners: ReportedEngagement['partners'],
): ReportedEngagement => ({
  id: `${subjectKind}-${outcome}`,
  engagedOn: '2025-06-01',
  subjectKind,
  subjectReference: '1.1',
  consultedOn: text,
  outcome,
  agreed: text,
  disagreement: text,
  nextSteps: text,
  partners,
});

describe('summariseEngagements', () => {
  const summary = summariseEngagements([
    engagement(EngagementSubjectKind.ACTION, EngagementOutcome.CONSENSUS, [union]),
    engagement(EngagementSubjectKind.ACTION, EngagementOutcome.COMPROMISE, [union, other]),
    engagement(EngagementSubjectKind.RISK, EngagementOutcome.NO_AGREEMENT, [union]),
  ]);

  it('counts every subject kind and outcome, zeros included', () => {
    expect(summary.bySubject).toEqual([
      { subjectKind: 'ACTION', count: 2 },
      { subjectKind: 'MEASURE', count: 0 },
      { subjectKind: 'RISK', count: 1 },
      { subjectKind: 'PLAN', count: 0 },
    ]);
    expect(summary.outcomes.map((row) => row.count)).toEqual([1, 1, 1]);
  });

  it('counts partners, most engaged first', () => {
    expect(summary.byPartner.map(({ code, count }) => ({ code, count }))).toEqual([
      { code: 'UNISON', count: 3 },
      { code: 'WCVA', count: 1 },
    ]);
  });

  it('lists the compromises and the disagreements', () => {
    expect(summary.compromises.map((row) => row.id)).toEqual(['ACTION-COMPROMISE']);
    expect(summary.noAgreements.map((row) => row.id)).toEqual(['RISK-NO_AGREEMENT']);
  });
});
