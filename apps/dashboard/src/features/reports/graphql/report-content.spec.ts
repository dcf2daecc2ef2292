import { aLine, aReport, aRiskLine } from '../testing/report-factory';
import { withWholeLines, type ReportHead, type ReportLists } from './report-content';

describe('withWholeLines', () => {
  const report = aReport('DRAFT');
  /** The factory report's content, its lists changed by `lists`, made whole. */
  const whole = (lists: object) =>
    withWholeLines(
      report.content as ReportHead['content'],
      {
        ...report.content,
        ...lists,
      } as ReportLists,
    );

  it('keeps the head’s fields beside the lists', () => {
    expect(whole({})).toMatchObject({
      executiveSummary: report.content.executiveSummary,
      overall: report.content.overall,
      actions: report.content.actions,
    });
  });

  it('fills each completion and exception in from its line in the appendix, in its own order', () => {
    const content = whole({
      actions: [aLine('4.1', 'RED'), aLine('4.2', 'COMPLETE'), aLine('4.3', 'COMPLETE')],
      completed: [{ actionId: 'action-4.3' }, { actionId: 'action-4.2' }],
    });

    expect(content.completed.map((line) => [line.reference, line.title.en])).toEqual([
      ['4.3', 'Action 4.3'],
      ['4.2', 'Action 4.2'],
    ]);
    expect(content.exceptions).toEqual([
      expect.objectContaining({
        reference: '4.1',
        rag: 'RED',
        commentary: expect.objectContaining({ en: 'Commentary on 4.1' }),
      }),
    ]);
  });

  it('fills the risk lists in from the open and the closed register', () => {
    const open = aRiskLine('R3', [4, 4]);
    const closed = aRiskLine('R1', [2, 2], { closedOn: '2026-11-02' });
    const risks = report.content.risks;
    if (!risks) throw new Error('the factory report has a risk section');
    const content = whole({
      risks: {
        ...risks,
        risks: [open],
        closed: [closed],
        opened: [{ riskId: closed.riskId }, { riskId: open.riskId }],
        aboveAppetite: [{ riskId: open.riskId }],
        worsened: [],
        improved: [],
      },
    });

    expect(content.risks?.opened.map((line) => line.reference)).toEqual(['R1', 'R3']);
    expect(content.risks?.aboveAppetite[0]).toEqual(open);
  });

  it('keeps a report without a risk section without one', () => {
    expect(whole({ risks: null }).risks).toBeNull();
  });
});
