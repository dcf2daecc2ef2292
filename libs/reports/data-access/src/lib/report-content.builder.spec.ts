import { LeadOrganisation, RagStatus } from '@cynnydd/shared/domain';

import type { ReportActionLineModel } from './models/report-content.model';
import { movementSince } from './report-content.builder';

const line = (
  reference: string,
  rag: RagStatus | null,
  carriedForwardFromId: string | null = null,
): ReportActionLineModel => ({
  actionId: `action-${reference}`,
  reference,
  title: { en: `Action ${reference}`, cy: null },
  areaNumber: Number(reference.split('.')[0]),
  leadOrganisation: LeadOrganisation.JOINT,
  owners: [],
  themes: [],
  wellBeingGoals: [],
  dueDate: '2026-03-31',
  rag,
  percentComplete: null,
  commentary: { en: null, cy: null },
  risks: { en: null, cy: null },
  nextSteps: { en: null, cy: null },
  carriedForwardFromId,
});

const refs = (moves: { reference: string }[]) => moves.map((move) => move.reference);

describe('movement since the baseline', () => {
  const baseline = {
    reportId: 'report-1',
    periodLabel: '2025-26 Q2',
    statuses: new Map<string, RagStatus | null>([
      ['action-1.1', RagStatus.GREEN],
      ['action-1.2', RagStatus.RED],
      ['action-1.3', RagStatus.AMBER],
      ['last-year-2.1', RagStatus.GREEN],
    ]),
  };

  it('sorts actions into improved, worsened, completed and newly red', () => {
    const movement = movementSince(baseline, [
      line('1.1', RagStatus.RED),
      line('1.2', RagStatus.AMBER),
      line('1.3', RagStatus.COMPLETE),
      line('1.4', RagStatus.RED),
      line('1.5', null),
    ]);
    expect(movement).toMatchObject({ sinceReportId: 'report-1', sincePeriod: '2025-26 Q2' });
    expect(refs(movement.improved)).toEqual(['1.2', '1.3']);
    expect(refs(movement.worsened)).toEqual(['1.1']);
    expect(refs(movement.completed)).toEqual(['1.3']);
    // 1.4 was not in the baseline: newly red, but not "worsened" from anything.
    expect(refs(movement.newlyRed)).toEqual(['1.1', '1.4']);
    expect(movement.newlyRed[1].previous).toBeNull();
  });

  it('compares a carried-forward action with the action it continues', () => {
    const movement = movementSince(baseline, [line('2.1', RagStatus.AMBER, 'last-year-2.1')]);
    expect(movement.worsened).toEqual([
      expect.objectContaining({ reference: '2.1', previous: 'GREEN', current: 'AMBER' }),
    ]);
  });

  it('reports no movement without a baseline', () => {
    const movement = movementSince(null, [line('1.1', RagStatus.RED)]);
    expect(movement).toEqual({
      sinceReportId: null,
      sincePeriod: null,
      improved: [],
      worsened: [],
      completed: [],
      newlyRed: [],
    });
  });
});
