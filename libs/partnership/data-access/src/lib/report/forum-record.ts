import type { EntityManager } from 'typeorm';

import {
  AttendanceStatus,
  commitmentStatus,
  CommitmentStatus,
  ForumKind,
  type IsoDate,
} from '@cynnydd/shared/domain';

/** The social partnership forums' year: meetings held, who came, and promises kept. */
export interface ForumRecord {
  meetings: number;
  attendance: Record<AttendanceStatus, number>;
  commitments: Record<CommitmentStatus, number>;
}

const zeros = <K extends string>(keys: Record<string, K>) =>
  Object.fromEntries(Object.values(keys).map((key) => [key, 0])) as Record<K, number>;

/**
 * Counts, for the meetings of social partnership forums in [from, to] (Welsh dates; cancelled
 * ones left out), attendance by status and the commitments made there — follow-ups of decisions
 * minuted at them — by where they stand today. One statement over the meetings tables; kept
 * alone here so a shared attendance service, when the meetings API offers one, can replace it.
 */
export async function socialPartnershipForumRecord(
  manager: EntityManager,
  from: IsoDate,
  to: IsoDate,
  today: IsoDate,
): Promise<ForumRecord> {
  const rows: {
    kind: string;
    status: string | null;
    n: number;
    due: string | null;
    done: string | null;
  }[] = await manager.query(
    `WITH forum_meeting AS (
         SELECT m.id FROM meeting m JOIN forum f ON f.id = m.forum_id
         WHERE f.kind = $3 AND m.state <> 'CANCELLED'
           AND (m.starts_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2)
       SELECT 'meetings' AS kind, NULL AS status, count(*)::int AS n, NULL AS due, NULL AS done
       FROM forum_meeting
       UNION ALL
       SELECT 'attendance', a.status::text, count(*)::int, NULL, NULL
       FROM attendance a JOIN forum_meeting fm ON fm.id = a.meeting_id GROUP BY a.status
       UNION ALL
       SELECT 'commitment', NULL, 1, fu.due_date::text, fu.completed_on::text
       FROM follow_up fu JOIN review_entry d ON d.id = fu.decision_id
         JOIN forum_meeting fm ON fm.id = d.meeting_id`,
    [from, to, ForumKind.SOCIAL_PARTNERSHIP_FORUM],
  );
  const record: ForumRecord = {
    meetings: 0,
    attendance: zeros(AttendanceStatus),
    commitments: zeros(CommitmentStatus),
  };
  for (const row of rows) {
    if (row.kind === 'meetings') record.meetings = row.n;
    else if (row.kind === 'attendance') record.attendance[row.status as AttendanceStatus] = row.n;
    else record.commitments[commitmentStatus(row.due as string, row.done, today)] += 1;
  }
  return record;
}
