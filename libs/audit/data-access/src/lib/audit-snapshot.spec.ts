import { diff, snapshot } from './audit-snapshot';

describe('audit snapshots', () => {
  it('flattens bilingual texts, dates and lists and skips bookkeeping and relations', () => {
    const flat = snapshot({
      id: 'a1',
      title: { en: 'Careers', cy: 'Gyrfaoedd' },
      dueDate: '2026-03-31',
      themes: ['INCLUSION'],
      approvedAt: new Date('2025-04-24T10:00:00Z'),
      version: 3,
      updatedAt: new Date(),
      plan: { id: 'p1', state: 'APPROVED' },
    });
    expect(Object.fromEntries(flat)).toEqual({
      id: 'a1',
      'title.en': 'Careers',
      'title.cy': 'Gyrfaoedd',
      dueDate: '2026-03-31',
      themes: '["INCLUSION"]',
      approvedAt: '2025-04-24T10:00:00.000Z',
    });
  });

  it('lists only the fields that changed, with before and after', () => {
    expect(
      diff(
        { title: { en: 'Careers', cy: null }, dueDate: '2026-03-31', ownerIds: ['p1'] },
        { title: { en: 'Careers', cy: 'Gyrfaoedd' }, dueDate: '2026-06-30', ownerIds: ['p1'] },
      ),
    ).toEqual([
      { field: 'dueDate', before: '2026-03-31', after: '2026-06-30' },
      { field: 'title.cy', before: null, after: 'Gyrfaoedd' },
    ]);
  });

  it('records every field of a creation', () => {
    expect(diff(null, { reference: '3.2', themes: [] })).toEqual([
      { field: 'reference', before: null, after: '3.2' },
      { field: 'themes', before: null, after: '[]' },
    ]);
  });
});
