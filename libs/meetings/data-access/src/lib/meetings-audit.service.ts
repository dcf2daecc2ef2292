import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { Clock } from '@cynnydd/server/core';
import {
  AttendanceStatus,
  CommitmentStatus,
  ForumKind,
  type BilingualText,
  type IsoDate,
} from '@cynnydd/shared/domain';

import {
  attendanceFigures,
  bestMark,
  combinedFigures,
  countCommitments,
  type AttendanceFigures,
  type AttendanceMark,
} from './attendance-figures';

export interface MeetingsSpan {
  forumId?: string | null;
  /** Only forums of this kind (the social partnership forums for the annual report). */
  forumKind?: ForumKind | null;
  /** Meetings starting on `from` … `to` (days in Wales), inclusive. */
  from: IsoDate;
  to: IsoDate;
}

export interface ForumAttendance {
  forumId: string;
  forumName: BilingualText;
  figures: AttendanceFigures;
  organisations: {
    organisationId: string;
    organisationName: BilingualText;
    figures: AttendanceFigures;
  }[];
  members: {
    memberId: string;
    personId: string;
    personName: string;
    representingId: string;
    figures: AttendanceFigures;
  }[];
}

export interface ForumCommitments {
  forumId: string;
  forumName: BilingualText;
  total: number;
  doneOnTime: number;
  doneLate: number;
  open: number;
  overdue: number;
}

interface SeatAtMeeting {
  forumId: string;
  forumNameEn: string | null;
  forumNameCy: string | null;
  meetingId: string;
  memberId: string;
  personId: string;
  personName: string;
  representingId: string;
  organisationNameEn: string | null;
  organisationNameCy: string | null;
  status: AttendanceStatus | null;
  deputyName: string | null;
}

const MEETING_DAY = `(m.starts_at AT TIME ZONE 'Europe/London')::date`;

/** Reused by other libraries (the annual social partnership report), hence exported. */
@Injectable()
export class MeetingsAuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Per forum, organisation represented and seat: how often each was at the forum's held
   * meetings in the span. A seat counts at the meetings held while it was current; nothing
   * recorded counts as absent. One statement, however many forums, meetings and seats.
   * `approvedOnly` leaves out meetings whose minutes (and so attendance) are still drafts.
   * `manager` reads within a caller's transaction (a report's one snapshot).
   */
  async attendance(
    span: MeetingsSpan & { organisationId?: string | null },
    approvedOnly: boolean,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ForumAttendance[]> {
    const rows: SeatAtMeeting[] = await manager.query(
      `SELECT f.id AS "forumId", f.name_en AS "forumNameEn", f.name_cy AS "forumNameCy",
              m.id AS "meetingId", s.id AS "memberId", p.id AS "personId", p.name AS "personName",
              s.representing_id AS "representingId", o.name_en AS "organisationNameEn",
              o.name_cy AS "organisationNameCy", a.status, a.deputy_name AS "deputyName"
       FROM meeting m
       JOIN forum f ON f.id = m.forum_id
       JOIN forum_member s ON s.forum_id = m.forum_id AND s.joined_on <= ${MEETING_DAY}
         AND (s.left_on IS NULL OR s.left_on >= ${MEETING_DAY})
       JOIN person p ON p.id = s.person_id
       JOIN organisation o ON o.id = s.representing_id
       LEFT JOIN attendance a ON a.meeting_id = m.id AND a.member_id = s.id
       WHERE m.state = ANY($4::meeting_state[])
         AND ${MEETING_DAY} BETWEEN $2 AND $3
         AND ($1::uuid IS NULL OR m.forum_id = $1)
         AND ($5::uuid IS NULL OR s.representing_id = $5)
         AND ($6::forum_kind IS NULL OR f.kind = $6)
       ORDER BY f.name_en, f.id, m.starts_at, m.id, p.name, s.id`,
      [
        span.forumId ?? null,
        span.from,
        span.to,
        approvedOnly ? ['MINUTES_APPROVED'] : ['HELD', 'MINUTES_APPROVED'],
        span.organisationId ?? null,
        span.forumKind ?? null,
      ],
    );
    return [...groupBy(rows, (row) => row.forumId).values()].map((forumRows) => {
      const markOf = (row: SeatAtMeeting): AttendanceMark => ({
        status: row.status ?? AttendanceStatus.ABSENT,
        deputyName: row.deputyName,
      });
      const seats = [...groupBy(forumRows, (row) => row.memberId).values()];
      const organisations = [...groupBy(forumRows, (row) => row.representingId).values()].map(
        (orgRows) => {
          const byMeeting = [...groupBy(orgRows, (row) => row.meetingId).values()];
          return {
            organisationId: orgRows[0].representingId,
            organisationName: {
              en: orgRows[0].organisationNameEn,
              cy: orgRows[0].organisationNameCy,
            },
            figures: attendanceFigures(byMeeting.map((marks) => bestMark(marks.map(markOf)))),
          };
        },
      );
      return {
        forumId: forumRows[0].forumId,
        forumName: { en: forumRows[0].forumNameEn, cy: forumRows[0].forumNameCy },
        figures: combinedFigures(
          seats.map((seatRows) => seatRows.map(markOf)),
          new Set(forumRows.map((row) => row.meetingId)).size,
        ),
        organisations,
        members: seats.map((seatRows) => ({
          memberId: seatRows[0].memberId,
          personId: seatRows[0].personId,
          personName: seatRows[0].personName,
          representingId: seatRows[0].representingId,
          figures: attendanceFigures(seatRows.map(markOf)),
        })),
      };
    });
  }

  /**
   * Per forum: the commitments set at its meetings in the span, by where they stand today
   * (done on time, done late, open, overdue). One statement; `manager` as for `attendance`.
   */
  async commitmentsKept(
    span: MeetingsSpan,
    approvedOnly: boolean,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ForumCommitments[]> {
    const rows: {
      forumId: string;
      nameEn: string | null;
      nameCy: string | null;
      dueDate: string;
      completedOn: string | null;
    }[] = await manager.query(
      `SELECT f.id AS "forumId", f.name_en AS "nameEn", f.name_cy AS "nameCy",
              t.due_date::text AS "dueDate", t.completed_on::text AS "completedOn"
       FROM meeting m
       JOIN forum f ON f.id = m.forum_id
       JOIN review_entry r ON r.meeting_id = m.id
       JOIN follow_up t ON t.decision_id = r.id
       WHERE m.state = ANY($4::meeting_state[])
         AND ${MEETING_DAY} BETWEEN $2 AND $3
         AND ($1::uuid IS NULL OR m.forum_id = $1)
         AND ($5::forum_kind IS NULL OR f.kind = $5)
       ORDER BY f.name_en, f.id`,
      [
        span.forumId ?? null,
        span.from,
        span.to,
        approvedOnly ? ['MINUTES_APPROVED'] : ['HELD', 'MINUTES_APPROVED'],
        span.forumKind ?? null,
      ],
    );
    const today = this.clock.today();
    return [...groupBy(rows, (row) => row.forumId).values()].map((forumRows) => {
      const counts = countCommitments(forumRows, today);
      return {
        forumId: forumRows[0].forumId,
        forumName: { en: forumRows[0].nameEn, cy: forumRows[0].nameCy },
        total: forumRows.length,
        doneOnTime: counts[CommitmentStatus.DONE_ON_TIME],
        doneLate: counts[CommitmentStatus.DONE_LATE],
        open: counts[CommitmentStatus.OPEN],
        overdue: counts[CommitmentStatus.OVERDUE],
      };
    });
  }
}

/** Rows grouped by key, in the order keys first appear (the query's order). */
function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}
