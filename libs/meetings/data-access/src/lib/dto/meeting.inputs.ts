import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { FollowUpDraftInput, MAX_FOLLOW_UPS } from '@cynnydd/reports/data-access';
import {
  BilingualInputField,
  BilingualLongTextInput,
  BilingualTitleInput,
  ExpectedVersionField,
  IdListField,
  IsId,
  IsIsoDate,
  OffsetField,
  PageSizeField,
} from '@cynnydd/server/core';
import {
  AttendanceStatus,
  ForumKind,
  MeetingState,
  PAGE_SIZE,
  ReviewEntryKind,
} from '@cynnydd/shared/domain';

const MAX_LINKS = 30;
const MAX_ATTENDANCE = 100;

function IdField(description?: string): PropertyDecorator {
  return applyDecorators(
    Field(() => ID, { description }),
    IsId(),
  );
}

function OptionalIdField(description?: string): PropertyDecorator {
  return applyDecorators(
    Field(() => ID, { nullable: true, description }),
    IsOptional(),
    IsId(),
  );
}

function OptionalBoolean(description?: string): PropertyDecorator {
  return applyDecorators(
    Field(() => Boolean, { nullable: true, description }),
    IsOptional(),
    IsBoolean(),
  );
}

function LinksField(description: string): PropertyDecorator {
  return IdListField({ optional: true, max: MAX_LINKS, description });
}

/** Names a versioned record and the version the client last loaded. */
@InputType()
export class MeetingsVersionInput {
  @IdField()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;
}

@InputType()
export class CreateForumInput {
  @Field(() => ForumKind)
  @IsEnum(ForumKind)
  kind!: ForumKind;

  @BilingualInputField(BilingualTitleInput, { textRequired: true })
  name!: BilingualTitleInput;

  @BilingualInputField(BilingualLongTextInput, {
    optional: true,
    description: 'Terms of reference in short.',
  })
  purpose?: BilingualLongTextInput;
}

@InputType()
export class UpdateForumInput extends MeetingsVersionInput {
  @Field(() => ForumKind, { nullable: true })
  @IsOptional()
  @IsEnum(ForumKind)
  kind?: ForumKind;

  @BilingualInputField(BilingualTitleInput, { optional: true })
  name?: BilingualTitleInput;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  purpose?: BilingualLongTextInput;

  @OptionalBoolean('A retired forum keeps its meetings but gets no new ones.')
  active?: boolean;
}

@InputType()
export class AddForumMemberInput {
  @IdField()
  forumId!: string;

  @IdField()
  personId!: string;

  @OptionalIdField('The organisation or union they represent; their own when left out.')
  representingId?: string;

  @OptionalBoolean('A forum may have joint chairs.')
  isChair?: boolean;

  @Field({ nullable: true, description: 'YYYY-MM-DD; today when left out.' })
  @IsOptional()
  @IsIsoDate()
  joinedOn?: string;
}

@InputType()
export class UpdateForumMemberInput extends MeetingsVersionInput {
  @OptionalIdField()
  representingId?: string;

  @OptionalBoolean()
  isChair?: boolean;
}

@InputType()
export class EndForumMembershipInput extends MeetingsVersionInput {
  @Field({ nullable: true, description: 'YYYY-MM-DD; today when left out.' })
  @IsOptional()
  @IsIsoDate()
  leftOn?: string;
}

/** When and where: a room, an online link, or both. */
@InputType({ isAbstract: true })
class MeetingPlaceInput {
  @Field(() => String, { nullable: true, description: 'A room and address.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'The link to join online.' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(2000)
  onlineLink?: string | null;
}

@InputType()
export class ScheduleMeetingInput extends MeetingPlaceInput {
  @IdField()
  forumId!: string;

  @BilingualInputField(BilingualTitleInput, { textRequired: true })
  title!: BilingualTitleInput;

  @Field(() => Date)
  @Type(() => Date)
  @IsDate()
  startsAt!: Date;

  @Field(() => Date)
  @Type(() => Date)
  @IsDate()
  endsAt!: Date;
}

@InputType()
export class UpdateMeetingInput extends MeetingPlaceInput {
  @IdField()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @BilingualInputField(BilingualTitleInput, { optional: true })
  title?: BilingualTitleInput;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  startsAt?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  endsAt?: Date;
}

/** What an agenda item is about; each list replaces the previous links when given. */
@InputType({ isAbstract: true })
class AgendaLinksInput {
  @Field(() => ID, { nullable: true, description: 'An issued report; null unlinks.' })
  @IsOptional()
  @IsId()
  reportId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who presents it; null clears.' })
  @IsOptional()
  @IsId()
  presenterId?: string | null;

  @LinksField('Actions it is about.')
  actionIds?: string[];

  @LinksField('Measures it is about.')
  measureIds?: string[];

  @LinksField('Risks it is about.')
  riskIds?: string[];
}

@InputType()
export class AddAgendaItemInput extends AgendaLinksInput {
  @IdField()
  meetingId!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @BilingualInputField(BilingualTitleInput, { textRequired: true })
  title!: BilingualTitleInput;
}

@InputType()
export class UpdateAgendaItemInput extends AgendaLinksInput {
  @IdField()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @BilingualInputField(BilingualTitleInput, { optional: true })
  title?: BilingualTitleInput;
}

@InputType()
export class MoveAgendaItemInput extends MeetingsVersionInput {
  @Field(() => Int, { description: 'Its new place, 1 … the number of items.' })
  @IsInt()
  @Min(1)
  position!: number;
}

@InputType()
export class AgendaItemMinutesInput extends MeetingsVersionInput {
  @BilingualInputField(BilingualLongTextInput, { textRequired: true })
  minutes!: BilingualLongTextInput;
}

@InputType()
export class AttendanceEntryInput {
  @IdField('A seat on the meeting’s forum.')
  memberId!: string;

  @Field(() => AttendanceStatus)
  @IsEnum(AttendanceStatus)
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true, description: 'Required exactly when REPRESENTED.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  deputyName?: string | null;
}

@InputType()
export class RecordAttendanceInput {
  @IdField()
  meetingId!: string;

  @Field(() => [AttendanceEntryInput], { description: 'Replaces what was recorded per member.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ATTENDANCE)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries!: AttendanceEntryInput[];
}

@InputType()
export class RecordMeetingDecisionInput {
  @IdField()
  meetingId!: string;

  @OptionalIdField('The agenda item it was made under.')
  agendaItemId?: string;

  @OptionalIdField('The issued report on that agenda item it is about.')
  reportId?: string;

  @Field(() => ReviewEntryKind)
  @IsEnum(ReviewEntryKind)
  kind!: ReviewEntryKind;

  @BilingualInputField(BilingualLongTextInput, { textRequired: true })
  text!: BilingualLongTextInput;

  @Field(() => [FollowUpDraftInput], {
    nullable: true,
    description: `Who will do what by when; decisions only, up to ${MAX_FOLLOW_UPS}.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FOLLOW_UPS)
  @ValidateNested({ each: true })
  @Type(() => FollowUpDraftInput)
  commitments?: FollowUpDraftInput[];
}

@ArgsType()
export class MeetingsArgs {
  @OptionalIdField()
  forumId?: string;

  @Field(() => Date, { nullable: true, description: 'Starting at or after.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Starting before.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;

  @Field(() => MeetingState, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingState)
  state?: MeetingState;
}

/** Meetings to come and a page of those already over (`meetingSchedule`). */
@ArgsType()
export class MeetingScheduleArgs {
  @OptionalIdField()
  forumId?: string;

  @OffsetField('How many of the past meetings to skip.')
  pastOffset = 0;

  @PageSizeField('How many past meetings')
  pastLimit: number = PAGE_SIZE.default;
}

/** A span of days for the audits: meetings starting on `from` … `to` inclusive. */
@ArgsType()
export class MeetingsAuditArgs {
  @OptionalIdField()
  forumId?: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate()
  from!: string;

  @Field({ description: 'YYYY-MM-DD, inclusive.' })
  @IsIsoDate()
  to!: string;
}

@ArgsType()
export class AttendanceAuditArgs extends MeetingsAuditArgs {
  @OptionalIdField('Only seats representing this organisation.')
  organisationId?: string;
}
