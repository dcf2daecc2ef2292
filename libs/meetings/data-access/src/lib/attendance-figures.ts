import {
  AttendanceStatus,
  CommitmentStatus,
  commitmentStatus,
  isRepresented,
  longestMissedRun,
  type IsoDate,
} from '@cynnydd/shared/domain';

/** "Audit attendance regularly": this many meetings missed in a row is flagged. */
export const MISSED_IN_A_ROW_FLAG = 3;

/** One seat's (or organisation's) place at one meeting; nothing recorded counts as ABSENT. */
export interface AttendanceMark {
  status: AttendanceStatus;
  deputyName: string | null;
}

export interface AttendanceFigures {
  meetings: number;
  present: number;
  represented: number;
  apologies: number;
  absent: number;
  attendanceRate: number;
  deputies: string[];
  longestMissedRun: number;
  flagged: boolean;
}

/** The figures of marks given in meeting order. */
export function attendanceFigures(marks: readonly AttendanceMark[]): AttendanceFigures {
  const counted = (status: AttendanceStatus) =>
    marks.filter((mark) => mark.status === status).length;
  const run = longestMissedRun(marks.map((mark) => mark.status));
  return {
    meetings: marks.length,
    present: counted(AttendanceStatus.PRESENT),
    represented: counted(AttendanceStatus.REPRESENTED),
    apologies: counted(AttendanceStatus.APOLOGIES),
    absent: counted(AttendanceStatus.ABSENT),
    attendanceRate: marks.length
      ? marks.filter((mark) => isRepresented(mark.status)).length / marks.length
      : 0,
    deputies: [...new Set(marks.flatMap((mark) => (mark.deputyName ? [mark.deputyName] : [])))],
    longestMissedRun: run,
    flagged: run >= MISSED_IN_A_ROW_FLAG,
  };
}

const BEST_FIRST = [
  AttendanceStatus.PRESENT,
  AttendanceStatus.REPRESENTED,
  AttendanceStatus.APOLOGIES,
  AttendanceStatus.ABSENT,
];

/**
 * An organisation with several seats was at a meeting as well as its best-placed seat: present if
 * any holder came, else represented if any sent a deputy, else apologies if any gave them.
 */
export function bestMark(marks: readonly AttendanceMark[]): AttendanceMark {
  const best = [...marks].sort(
    (a, b) => BEST_FIRST.indexOf(a.status) - BEST_FIRST.indexOf(b.status),
  )[0];
  const deputies = marks.flatMap((mark) => (mark.deputyName ? [mark.deputyName] : []));
  return {
    status: best?.status ?? AttendanceStatus.ABSENT,
    deputyName: best?.status === AttendanceStatus.REPRESENTED ? deputies.join(', ') : null,
  };
}

/**
 * A forum's figures over all its seats: every seat at every meeting counts once, so the rate is
 * the share of places filled; the longest run and the flag are the worst seat's.
 */
export function combinedFigures(
  perSeat: readonly AttendanceMark[][],
  meetings: number,
): AttendanceFigures {
  const all = attendanceFigures(perSeat.flat());
  const runs = perSeat.map((marks) => longestMissedRun(marks.map((mark) => mark.status)));
  const run = Math.max(0, ...runs);
  return { ...all, meetings, longestMissedRun: run, flagged: run >= MISSED_IN_A_ROW_FLAG };
}

export type CommitmentCounts = Record<CommitmentStatus, number>;

/** How many commitments stand where, as at `today`. */
export function countCommitments(
  commitments: readonly { dueDate: IsoDate; completedOn: IsoDate | null }[],
  today: IsoDate,
): CommitmentCounts {
  const counts: CommitmentCounts = {
    [CommitmentStatus.DONE_ON_TIME]: 0,
    [CommitmentStatus.DONE_LATE]: 0,
    [CommitmentStatus.OPEN]: 0,
    [CommitmentStatus.OVERDUE]: 0,
  };
  for (const { dueDate, completedOn } of commitments) {
    counts[commitmentStatus(dueDate, completedOn, today)] += 1;
  }
  return counts;
}
