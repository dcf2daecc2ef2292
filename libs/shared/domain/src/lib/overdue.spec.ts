import { isActionOverdue, isMilestoneOverdue } from './overdue';
import { RagStatus } from './rag-status';

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

  it('treats an action as overdue past its due date or a milestone, unless complete', () => {
    const action = { dueDate: '2026-03-31', currentStatus: RagStatus.GREEN, milestones: [] };
    expect(isActionOverdue(action, '2026-03-31')).toBe(false);
    expect(isActionOverdue(action, '2026-04-01')).toBe(true);
    expect(isActionOverdue({ ...action, milestones: [milestone] }, '2025-08-01')).toBe(true);
    expect(
      isActionOverdue(
        { ...action, currentStatus: RagStatus.COMPLETE, milestones: [milestone] },
        '2026-05-01',
      ),
    ).toBe(false);
  });
});
