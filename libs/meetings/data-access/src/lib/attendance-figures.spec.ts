import { AttendanceStatus, CommitmentStatus } from '@cynnydd/shared/domain';

import {
  attendanceFigures,
  bestMark,
  combinedFigures,
  countCommitments,
} from './attendance-figures';

const { PRESENT, REPRESENTED, APOLOGIES, ABSENT } = AttendanceStatus;
const mark = (status: AttendanceStatus, deputyName: string | null = null) => ({
  status,
  deputyName,
});

describe('attendance figures', () => {
  it('counts each status, the rate of meetings represented and the deputies used once each', () => {
    const figures = attendanceFigures([
      mark(PRESENT),
      mark(REPRESENTED, 'Ann Deputy'),
      mark(APOLOGIES),
      mark(REPRESENTED, 'Ann Deputy'),
      mark(ABSENT),
    ]);
    expect(figures).toEqual({
      meetings: 5,
      present: 1,
      represented: 2,
      apologies: 1,
      absent: 1,
      attendanceRate: 0.6,
      deputies: ['Ann Deputy'],
      longestMissedRun: 1,
      flagged: false,
    });
  });

  it('flags three meetings missed in a row, apologies or not', () => {
    const figures = attendanceFigures([
      mark(PRESENT),
      mark(APOLOGIES),
      mark(ABSENT),
      mark(APOLOGIES),
    ]);
    expect(figures).toMatchObject({ longestMissedRun: 3, flagged: true });
  });

  it('gives a rate of 0 with no meetings', () => {
    expect(attendanceFigures([])).toMatchObject({ meetings: 0, attendanceRate: 0 });
  });

  it('takes an organisation’s best-placed seat at a meeting', () => {
    expect(bestMark([mark(ABSENT), mark(REPRESENTED, 'Bob'), mark(APOLOGIES)])).toEqual(
      mark(REPRESENTED, 'Bob'),
    );
    expect(bestMark([mark(REPRESENTED, 'Bob'), mark(PRESENT)])).toEqual(mark(PRESENT));
    expect(bestMark([])).toEqual(mark(ABSENT));
  });

  it('combines seats: every place counts once; the run is the worst seat’s', () => {
    const figures = combinedFigures(
      [
        [mark(PRESENT), mark(PRESENT), mark(PRESENT)],
        [mark(ABSENT), mark(APOLOGIES), mark(ABSENT)],
      ],
      3,
    );
    expect(figures).toMatchObject({
      meetings: 3,
      present: 3,
      attendanceRate: 0.5,
      longestMissedRun: 3,
      flagged: true,
    });
  });
});

describe('commitments kept', () => {
  it('counts by where each stands today', () => {
    expect(
      countCommitments(
        [
          { dueDate: '2025-10-31', completedOn: '2025-10-30' },
          { dueDate: '2025-10-31', completedOn: '2025-11-02' },
          { dueDate: '2025-12-31', completedOn: null },
          { dueDate: '2025-11-01', completedOn: null },
          { dueDate: '2025-11-15', completedOn: null },
        ],
        '2025-11-15',
      ),
    ).toEqual({
      [CommitmentStatus.DONE_ON_TIME]: 1,
      [CommitmentStatus.DONE_LATE]: 1,
      [CommitmentStatus.OPEN]: 2,
      [CommitmentStatus.OVERDUE]: 1,
    });
  });
});
