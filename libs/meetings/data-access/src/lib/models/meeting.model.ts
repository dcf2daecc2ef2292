import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';
import { AttendanceStatus, ForumKind, MeetingState } from '@cynnydd/shared/domain';

import type { AgendaItem, Attendance, Forum, ForumMember, Meeting } from '../meeting.entity';

@ObjectType('Forum', { description: 'A body that meets: a board, a group, a partnership forum.' })
export class ForumModel {
  @Field(() => ID) id!: string;
  @Field(() => ForumKind) kind!: ForumKind;
  @Field(() => BilingualTextModel) name!: BilingualTextModel;
  @Field(() => BilingualTextModel, { description: 'Terms of reference in short.' })
  purpose!: BilingualTextModel;
  @Field({ description: 'A retired forum gets no new meetings.' }) active!: boolean;
  @Field(() => Int) version!: number;
}

@ObjectType('ForumMember', {
  description: 'A seat on a forum and the organisation or union its holder represents there.',
})
export class ForumMemberModel {
  @Field(() => ID) id!: string;
  @Field() isChair!: boolean;
  @Field({ description: 'YYYY-MM-DD' }) joinedOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while current.' })
  leftOn!: string | null;
  @Field(() => Int) version!: number;
  forumId!: string;
  personId!: string;
  representingId!: string;
}

@ObjectType('Meeting')
export class MeetingModel {
  @Field(() => ID) id!: string;
  @Field(() => BilingualTextModel) title!: BilingualTextModel;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field({ description: 'Room and address; empty for an online-only meeting.' })
  location!: string;
  @Field(() => String, { nullable: true }) onlineLink!: string | null;
  @Field(() => MeetingState) state!: MeetingState;
  @Field(() => Date, { nullable: true, description: 'When notice was last sent.' })
  noticeSentAt!: Date | null;
  @Field(() => Int, { description: 'How many notices have been sent (the calendar SEQUENCE).' })
  noticeSequence!: number;
  @Field(() => Date, { nullable: true }) minutesApprovedAt!: Date | null;
  @Field(() => Int) version!: number;
  forumId!: string;
  minutesApprovedById!: string | null;
}

@ObjectType('MeetingSchedule', {
  description: 'Meetings to come and a page of those already over, as of the request.',
})
export class MeetingScheduleModel {
  @Field(() => [MeetingModel], {
    description: 'Not yet over (ending now or later), earliest first.',
  })
  upcoming!: MeetingModel[];
  @Field(() => [MeetingModel], { description: 'Already over, latest first: the page asked for.' })
  past!: MeetingModel[];
  @Field(() => Int, { description: 'How many meetings are over, on every page.' })
  pastCount!: number;
}

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '1, 2, 3 … as printed on the agenda.' }) position!: number;
  @Field(() => BilingualTextModel) title!: BilingualTextModel;
  @Field(() => Int) version!: number;
  meetingId!: string;
  reportId!: string | null;
  presenterId!: string | null;
  /** Resolved by `minutes`, which hides drafts from those who may not see them. */
  draftMinutes!: BilingualTextModel;
}

@ObjectType('Attendance')
export class AttendanceModel {
  @Field(() => ID) id!: string;
  @Field(() => AttendanceStatus) status!: AttendanceStatus;
  @Field(() => String, { nullable: true, description: 'The deputy who came in their place.' })
  deputyName!: string | null;
  @Field(() => Int) version!: number;
  memberId!: string;
}

@ObjectType('AttendanceFigures', { description: 'How often seats were filled over a span.' })
export class AttendanceFiguresModel {
  @Field(() => Int, { description: 'Meetings held while the seat(s) existed.' }) meetings!: number;
  @Field(() => Int) present!: number;
  @Field(() => Int, { description: 'Represented by a named deputy.' }) represented!: number;
  @Field(() => Int) apologies!: number;
  @Field(() => Int, { description: 'Absent, or nothing recorded.' }) absent!: number;
  @Field(() => Float, {
    description: 'Present or represented ÷ meetings, 0 … 1; 0 with no meetings.',
  })
  attendanceRate!: number;
  @Field(() => [String], { description: 'The deputies named, each once.' }) deputies!: string[];
  @Field(() => Int, { description: 'Longest run of meetings missed in a row.' })
  longestMissedRun!: number;
  @Field({ description: 'Three or more meetings missed in a row.' }) flagged!: boolean;
}

@ObjectType('MemberAttendance')
export class MemberAttendanceModel {
  @Field(() => AttendanceFiguresModel) figures!: AttendanceFiguresModel;
  @Field(() => ID) memberId!: string;
  @Field(() => ID) personId!: string;
  @Field() personName!: string;
  @Field(() => ID) representingId!: string;
}

@ObjectType('OrganisationAttendance')
export class OrganisationAttendanceModel {
  @Field(() => AttendanceFiguresModel) figures!: AttendanceFiguresModel;
  @Field(() => ID) organisationId!: string;
  @Field(() => BilingualTextModel) organisationName!: BilingualTextModel;
}

@ObjectType('ForumAttendance')
export class ForumAttendanceModel {
  @Field(() => AttendanceFiguresModel, {
    description: 'Over every seat: the share of places filled.',
  })
  figures!: AttendanceFiguresModel;
  @Field(() => ID) forumId!: string;
  @Field(() => BilingualTextModel) forumName!: BilingualTextModel;
  @Field(() => [OrganisationAttendanceModel]) organisations!: OrganisationAttendanceModel[];
  @Field(() => [MemberAttendanceModel]) members!: MemberAttendanceModel[];
}

@ObjectType('CommitmentsKept', { description: 'Commitments set at a forum’s meetings, by status.' })
export class CommitmentsKeptModel {
  @Field(() => ID) forumId!: string;
  @Field(() => BilingualTextModel) forumName!: BilingualTextModel;
  @Field(() => Int) total!: number;
  @Field(() => Int) doneOnTime!: number;
  @Field(() => Int) doneLate!: number;
  @Field(() => Int) open!: number;
  @Field(() => Int) overdue!: number;
}

export function toForumModel(entity: Forum): ForumModel {
  return {
    id: entity.id,
    kind: entity.kind,
    name: toBilingualModel(entity.name),
    purpose: toBilingualModel(entity.purpose),
    active: entity.active,
    version: entity.version,
  };
}

export function toForumMemberModel(entity: ForumMember): ForumMemberModel {
  return {
    id: entity.id,
    isChair: entity.isChair,
    joinedOn: entity.joinedOn,
    leftOn: entity.leftOn,
    version: entity.version,
    forumId: entity.forumId,
    personId: entity.personId,
    representingId: entity.representingId,
  };
}

export function toMeetingModel(entity: Meeting): MeetingModel {
  return {
    id: entity.id,
    title: toBilingualModel(entity.title),
    startsAt: entity.startsAt,
    endsAt: entity.endsAt,
    location: entity.location,
    onlineLink: entity.onlineLink,
    state: entity.state,
    noticeSentAt: entity.noticeSentAt,
    noticeSequence: entity.noticeSequence,
    minutesApprovedAt: entity.minutesApprovedAt,
    version: entity.version,
    forumId: entity.forumId,
    minutesApprovedById: entity.minutesApprovedById,
  };
}

export function toAgendaItemModel(entity: AgendaItem): AgendaItemModel {
  return {
    id: entity.id,
    position: entity.position,
    title: toBilingualModel(entity.title),
    version: entity.version,
    meetingId: entity.meetingId,
    reportId: entity.reportId,
    presenterId: entity.presenterId,
    draftMinutes: toBilingualModel(entity.minutes),
  };
}

export function toAttendanceModel(entity: Attendance): AttendanceModel {
  return {
    id: entity.id,
    status: entity.status,
    deputyName: entity.deputyName,
    version: entity.version,
    memberId: entity.memberId,
  };
}
