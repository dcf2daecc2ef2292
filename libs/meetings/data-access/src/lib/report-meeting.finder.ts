import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import {
  BoardMeetingFinders,
  type BoardMeeting,
  type BoardMeetingFinder,
} from '@cynnydd/reports/data-access';
import { WALES_TIME_ZONE } from '@cynnydd/shared/domain';

/** Tells board paper cover sheets the meeting (not cancelled) whose agenda has the report. */
@Injectable()
export class ReportMeetingFinder implements BoardMeetingFinder, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly finders: BoardMeetingFinders,
  ) {}

  onModuleInit(): void {
    this.finders.register(this);
  }

  async meetingFor(reportId: string): Promise<BoardMeeting | null> {
    const [row] = await this.dataSource.query(
      `SELECT m.title_en, m.title_cy, (m.starts_at AT TIME ZONE $2)::date::text AS day,
              item.position
         FROM agenda_item item JOIN meeting m ON m.id = item.meeting_id
        WHERE item.report_id = $1 AND m.state <> 'CANCELLED'
        ORDER BY m.starts_at DESC LIMIT 1`,
      [reportId, WALES_TIME_ZONE],
    );
    return row
      ? {
          name: { en: row.title_en, cy: row.title_cy },
          date: row.day,
          agendaItem: String(row.position),
        }
      : null;
  }
}
