import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';

import {
  BilingualInputField,
  BilingualLongTextInput,
  ExpectedVersionField,
  IdListField,
  IsId,
  IsIsoDate,
} from '@cynnydd/server/core';
import { EngagementOutcome } from '@cynnydd/shared/domain';

import { EngagementSubjectKind } from '../engagement-rules';

const MAX_PARTNERS = 30;

@InputType()
export class CreateEngagementRecordInput {
  @Field(() => EngagementSubjectKind)
  @IsEnum(EngagementSubjectKind)
  subjectKind!: EngagementSubjectKind;

  @Field(() => ID, { description: 'The action, measure, risk or plan consulted on.' })
  @IsId()
  subjectId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate()
  engagedOn!: string;

  @Field(() => ID, { nullable: true, description: "The meeting's forum when left out." })
  @IsOptional()
  @IsId()
  forumId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  meetingId?: string | null;

  @IdListField({
    optional: false,
    min: 1,
    max: MAX_PARTNERS,
    description: 'The trade unions and other partners engaged.',
  })
  partnerIds!: string[];

  @BilingualInputField(BilingualLongTextInput, {
    textRequired: true,
    description: 'What the partners were consulted on.',
  })
  consultedOn!: BilingualLongTextInput;

  @Field(() => EngagementOutcome)
  @IsEnum(EngagementOutcome)
  outcome!: EngagementOutcome;

  @BilingualInputField(BilingualLongTextInput, {
    optional: true,
    description: 'For a compromise: what was agreed.',
  })
  agreed?: BilingualLongTextInput | null;

  @BilingualInputField(BilingualLongTextInput, {
    optional: true,
    description: 'For no agreement: why.',
  })
  disagreement?: BilingualLongTextInput | null;

  @BilingualInputField(BilingualLongTextInput, {
    optional: true,
    description: 'For no agreement: what happens next.',
  })
  nextSteps?: BilingualLongTextInput | null;
}

/** Changes to a record; omitted fields stay as they are. The subject does not change. */
@InputType()
export class UpdateEngagementRecordInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  engagedOn?: string;

  @Field(() => ID, { nullable: true, description: 'Null removes it.' })
  @IsOptional()
  @IsId()
  forumId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Null removes it.' })
  @IsOptional()
  @IsId()
  meetingId?: string | null;

  @IdListField({
    optional: true,
    min: 1,
    max: MAX_PARTNERS,
    description: 'Replaces the partners when given.',
  })
  partnerIds?: string[];

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  consultedOn?: BilingualLongTextInput;

  @Field(() => EngagementOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(EngagementOutcome)
  outcome?: EngagementOutcome;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  agreed?: BilingualLongTextInput | null;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  disagreement?: BilingualLongTextInput | null;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  nextSteps?: BilingualLongTextInput | null;
}

/** The engagement log's filters; each narrows the list. */
@ArgsType()
export class EngagementRecordsArgs {
  @Field(() => EngagementSubjectKind, { nullable: true })
  @IsOptional()
  @IsEnum(EngagementSubjectKind)
  subjectKind?: EngagementSubjectKind | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  subjectId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  forumId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only records this organisation was in.' })
  @IsOptional()
  @IsId()
  partnerId?: string | null;

  @Field(() => EngagementOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(EngagementOutcome)
  outcome?: EngagementOutcome | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @IsIsoDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @IsIsoDate()
  to?: string | null;
}
