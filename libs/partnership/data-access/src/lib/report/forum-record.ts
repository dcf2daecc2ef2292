import type { EntityManager } from 'typeorm';

import type { MeetingsAuditService } from '@cynnydd/meetings/data-access';
import {
  AttendanceStatus,
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

const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);

/**
 * The social partnership forums' meetings held in [from, to], counted as the attendance audit
 * counts them (every seat at every held meeting; nothing recorded is absent) and their
 * commitments by where they stand today, so the annual report and the audit always agree.
 * Counts only, no minutes: meetings whose minutes await approval count too. Read through
 * `manager`, within the report's snapshot.
 */
export async function socialPartnershipForumRecord(
  audit: MeetingsAuditService,
  manager: EntityManager,
  from: IsoDate,
  to: IsoDate,
): Promise<ForumRecord> {
  const span = { from, to, forumKind: ForumKind.SOCIAL_PARTNERSHIP_FORUM };
  const forums = (await audit.attendance(span, false, manager)).map((forum) => forum.figures);
  const kept = await audit.commitmentsKept(span, false, manager);
  const sum = (figure: 'meetings' | 'present' | 'represented' | 'apologies' | 'absent') =>
    total(forums.map((figures) => figures[figure]));
  const count = (status: 'doneOnTime' | 'doneLate' | 'open' | 'overdue') =>
    total(kept.map((forum) => forum[status]));
  return {
    meetings: sum('meetings'),
    attendance: {
      [AttendanceStatus.PRESENT]: sum('present'),
      [AttendanceStatus.REPRESENTED]: sum('represented'),
      [AttendanceStatus.APOLOGIES]: sum('apologies'),
      [AttendanceStatus.ABSENT]: sum('absent'),
    },
    commitments: {
      [CommitmentStatus.DONE_ON_TIME]: count('doneOnTime'),
      [CommitmentStatus.DONE_LATE]: count('doneLate'),
      [CommitmentStatus.OPEN]: count('open'),
      [CommitmentStatus.OVERDUE]: count('overdue'),
    },
  };
}
