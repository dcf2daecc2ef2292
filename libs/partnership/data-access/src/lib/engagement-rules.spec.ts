import { DomainError } from '@cynnydd/server/core';
import { EngagementOutcome } from '@cynnydd/shared/domain';

import { assertOutcomeExplained, EngagementSubjectKind, subjectOf } from './engagement-rules';

const fieldOf = (check: () => void) => {
  try {
    check();
    return null;
  } catch (error) {
    return (error as DomainError).extensions['field'];
  }
};

describe('assertOutcomeExplained', () => {
  it('needs nothing more for consensus', () => {
    expect(fieldOf(() => assertOutcomeExplained(EngagementOutcome.CONSENSUS, {}))).toBeNull();
  });

  it('needs what was agreed for a compromise, in either language', () => {
    expect(fieldOf(() => assertOutcomeExplained(EngagementOutcome.COMPROMISE, {}))).toBe('agreed');
    expect(
      fieldOf(() =>
        assertOutcomeExplained(EngagementOutcome.COMPROMISE, { agreed: { cy: 'Cytunwyd' } }),
      ),
    ).toBeNull();
  });

  it('needs why and what next for no agreement', () => {
    const outcome = EngagementOutcome.NO_AGREEMENT;
    expect(fieldOf(() => assertOutcomeExplained(outcome, { nextSteps: { en: 'x' } }))).toBe(
      'disagreement',
    );
    expect(fieldOf(() => assertOutcomeExplained(outcome, { disagreement: { en: ' ' } }))).toBe(
      'disagreement',
    );
    expect(fieldOf(() => assertOutcomeExplained(outcome, { disagreement: { en: 'Pay' } }))).toBe(
      'nextSteps',
    );
  });
});

describe('subjectOf', () => {
  it('names the one subject set', () => {
    expect(subjectOf({ actionId: null, measureId: null, riskId: 'r', planId: null })).toEqual({
      kind: EngagementSubjectKind.RISK,
      id: 'r',
    });
  });
});
