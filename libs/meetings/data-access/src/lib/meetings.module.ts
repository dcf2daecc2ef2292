import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AgendaItem, Attendance, Forum, ForumMember, Meeting } from './meeting.entity';

export const MEETINGS_ENTITIES = [Forum, ForumMember, Meeting, AgendaItem, Attendance];

@Module({
  imports: [TypeOrmModule.forFeature(MEETINGS_ENTITIES)],
})
export class MeetingsModule {}
