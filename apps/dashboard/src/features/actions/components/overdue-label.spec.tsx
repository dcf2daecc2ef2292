import { screen } from '@testing-library/react';

import { renderWithProviders } from '../../../test/render-app';
import { OverdueLabel, type OverdueFacts } from './overdue-label';

const milestone = (title: string, dueDate: string, completedOn: string | null = null) => ({
  title: { en: title, cy: `${title} (cy)` },
  dueDate,
  completedOn,
});

function renderLabel(action: OverdueFacts, language: 'en' | 'cy' = 'en') {
  return renderWithProviders(<OverdueLabel action={action} />, { language });
}

describe('the overdue label', () => {
  beforeEach(() => {
    // "Overdue" is judged against today in Wales: 3 December 2026 here.
    jest.useFakeTimers({ now: new Date('2026-12-03T12:00:00Z') });
  });
  afterEach(() => jest.useRealTimers());

  it('says the action itself is overdue, and since when, once its due date has passed', () => {
    renderLabel({
      isOverdue: true,
      dueDate: '2026-11-30',
      milestones: [milestone('Pilot agreed', '2026-06-30')],
    });
    expect(screen.getByText('Overdue: the action (due 30 November 2026)')).toBeInTheDocument();
  });

  it('names the overdue milestone when the action is not yet due', () => {
    renderLabel({
      isOverdue: true,
      dueDate: '2027-03-31',
      milestones: [
        milestone('Draft written', '2026-05-31', '2026-05-20'),
        milestone('Pilot agreed', '2026-09-30'),
        milestone('Evaluation', '2027-02-28'),
      ],
    });
    expect(document.body).toHaveTextContent(
      'Milestone overdue: Pilot agreed (due 30 September 2026)',
    );
  });

  it('names the earliest of several overdue milestones and counts the rest', () => {
    renderLabel({
      isOverdue: true,
      dueDate: '2027-03-31',
      milestones: [
        milestone('Survey sent', '2026-10-31'),
        milestone('Pilot agreed', '2026-09-30'),
        milestone('Report drafted', '2026-11-30'),
      ],
    });
    expect(document.body).toHaveTextContent(
      'Milestones overdue: Pilot agreed (due 30 September 2026) and 2 more',
    );
  });

  it('says the same in Welsh, with Welsh dates', () => {
    renderLabel(
      {
        isOverdue: true,
        dueDate: '2027-03-31',
        milestones: [milestone('Pilot agreed', '2026-09-30'), milestone('Survey', '2026-10-31')],
      },
      'cy',
    );
    expect(document.body).toHaveTextContent(
      'Cerrig milltir yn hwyr: Pilot agreed (cy) (i’w chwblhau erbyn 30 Medi 2026) a 1 arall',
    );
  });

  it('shows nothing for an action that is not overdue', () => {
    const { container } = renderLabel({
      isOverdue: false,
      dueDate: '2026-11-30',
      milestones: [],
    });
    expect(container).toBeEmptyDOMElement();
  });
});
