import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@cynnydd/audit/data-access';
import { DirectoryModule } from '@cynnydd/directory/data-access';
import { MeasuresModule } from '@cynnydd/measures/data-access';
import { PlansModule } from '@cynnydd/plans/data-access';
import { FollowUp } from '@cynnydd/reports/data-access';
import { RisksModule } from '@cynnydd/risks/data-access';

import { AgendaItem, Attendance, Forum, ForumMember, Meeting } from './meeting.entity';
import { MeetingsAuditService } from './meetings-audit.service';
import {
  AgendaItemsResolver,
  AttendanceResolver,
  ForumMembersResolver,
  ForumsResolver,
  MeetingNoticesResolver,
  MeetingReviewEntryResolver,
  MeetingsAuditResolver,
  MeetingsResolver,
} from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { BriefingNoteController } from './notice/briefing-note.controller';
import { MeetingNoticeService } from './notice/meeting-notice.service';
import { ReportMeetingFinder } from './report-meeting.finder';

export const MEETINGS_ENTITIES = [Forum, ForumMember, Meeting, AgendaItem, Attendance];

/**
 * Forums, meetings, attendance and minutes. Builds on reports (decisions are review entries),
 * whose module and the notifications module are global, configured once by the app.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([...MEETINGS_ENTITIES, FollowUp]),
    AuditModule,
    DirectoryModule,
    PlansModule,
    MeasuresModule,
    RisksModule,
  ],
  providers: [
    ReportMeetingFinder,
    MeetingsService,
    MeetingsAuditService,
    MeetingNoticeService,
    ForumsResolver,
    ForumMembersResolver,
    MeetingsResolver,
    AgendaItemsResolver,
    AttendanceResolver,
    MeetingReviewEntryResolver,
    MeetingsAuditResolver,
    MeetingNoticesResolver,
  ],
  controllers: [BriefingNoteController],
  exports: [MeetingsService, MeetingsAuditService],
})
export class MeetingsModule {}
