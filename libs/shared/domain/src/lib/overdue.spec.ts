import { isMilestoneOverdue } from './overdue';

describe('overdue', () => {
  const milestone = { dueDate: '2025-06-30', completedOn: null };

  it('counts a milestone overdue only after its due date and until it is completed', () => {
    expect(isMilestoneOverdue(milestone, '2025-06-30')).toBe(false);
    expect(isMilestoneOverdue(milestone, '2025-07-01')).toBe(true);
    expect(isMilestoneOverdue({ ...milestone, completedOn: '2025-07-15' }, '2025-07-10')).toBe(
      true,
    );
    expect(isMilestoneOverdue({ ...milestone, completedOn: '2025-07-15' }, '2025-07-20')).toBe(
      false,
    );
  });
});
