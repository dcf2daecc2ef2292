import { exportParameters, toAuditLogFilter } from './use-audit-filters';

const NONE = { actor: null, type: null, action: null, from: null, to: null };

describe('the audit log filter', () => {
  it('runs from midnight in Wales on the first day to midnight after the last, summer or winter', () => {
    expect(toAuditLogFilter({ ...NONE, from: '2026-07-01', to: '2026-12-03' })).toMatchObject({
      from: '2026-06-30T23:00:00.000Z',
      to: '2026-12-04T00:00:00.000Z',
    });
  });

  it('leaves out what is not chosen, and gives the download the same filter', () => {
    const filters = { ...NONE, type: 'Action', action: 'UPDATE' as const, from: '2026-01-05' };
    expect(exportParameters(filters, 'cy')).toBe(
      'language=cy&entityType=Action&action=UPDATE&from=2026-01-05T00%3A00%3A00.000Z',
    );
  });
});
