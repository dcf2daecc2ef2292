import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  Matches,
  ValidateNested,
} from 'class-validator';

import {
  BilingualInputField,
  BilingualLongTextInput,
  BilingualTitleInput,
  ExpectedVersionField,
  IsId,
  IsIds,
  IsIsoDate,
  WaysOfWorkingField,
  WellBeingGoalsField,
} from '@cynnydd/server/core';
import {
  ACTION_REFERENCE_PATTERN,
  LeadOrganisation,
  Theme,
  WayOfWorking,
  WellBeingGoal,
} from '@cynnydd/shared/domain';

import { MilestoneDraftInput } from './milestone.inputs';

const MAX_OWNERS = 10;
const MAX_MILESTONES = 30;
const REFERENCE_RULE = {
  message: 'must be a dotted number starting with the area number, e.g. "3.2"',
};

@InputType()
export class CreateActionInput {
  @Field(() => ID)
  @IsId()
  planId!: string;

  @Field(() => ID)
  @IsId()
  areaId!: string;

  @Field({ description: 'e.g. "3.2"; the first number is the area number.' })
  @Matches(ACTION_REFERENCE_PATTERN, REFERENCE_RULE)
  reference!: string;

  @BilingualInputField(BilingualTitleInput, { textRequired: true })
  title!: BilingualTitleInput;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  description?: BilingualLongTextInput;

  @Field(() => LeadOrganisation)
  @IsEnum(LeadOrganisation)
  leadOrganisation!: LeadOrganisation;

  @Field(() => [ID], { description: `1 to ${MAX_OWNERS} people accountable for the action.` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_OWNERS)
  @ArrayUnique()
  @IsIds()
  ownerIds!: string[];

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate()
  startDate!: string;

  @Field({ description: 'YYYY-MM-DD, on or after the start date.' })
  @IsIsoDate()
  dueDate!: string;

  @Field(() => [Theme], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(Theme, { each: true })
  themes?: Theme[];

  @WellBeingGoalsField()
  wellBeingGoals?: WellBeingGoal[];

  @WaysOfWorkingField()
  waysOfWorking?: WayOfWorking[];

  @Field({
    nullable: true,
    description:
      'The social partners must be consulted before its plan is approved; false if left out.',
  })
  @IsOptional()
  @IsBoolean()
  needsPartnershipConsultation?: boolean;

  @Field(() => [MilestoneDraftInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MILESTONES)
  @ValidateNested({ each: true })
  @Type(() => MilestoneDraftInput)
  milestones?: MilestoneDraftInput[];
}

/** Changes to an action; omitted fields stay as they are. */
@InputType()
export class UpdateActionInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  areaId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(ACTION_REFERENCE_PATTERN, REFERENCE_RULE)
  reference?: string;

  @BilingualInputField(BilingualTitleInput, { optional: true })
  title?: BilingualTitleInput;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  description?: BilingualLongTextInput;

  @Field(() => LeadOrganisation, { nullable: true })
  @IsOptional()
  @IsEnum(LeadOrganisation)
  leadOrganisation?: LeadOrganisation;

  @Field(() => [ID], { nullable: true, description: 'Replaces the owners when given.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_OWNERS)
  @ArrayUnique()
  @IsIds()
  ownerIds?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsIsoDate()
  startDate?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIsoDate()
  dueDate?: string;

  @Field(() => [Theme], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(Theme, { each: true })
  themes?: Theme[];

  @WellBeingGoalsField()
  wellBeingGoals?: WellBeingGoal[];

  @WaysOfWorkingField()
  waysOfWorking?: WayOfWorking[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  needsPartnershipConsultation?: boolean;
}

@InputType()
export class CarryForwardActionsInput {
  @Field(() => [ID], { description: "Actions of the previous year's plan (1 to 200)." })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsIds()
  actionIds!: string[];

  @Field(() => ID, { description: "The following year's plan." })
  @IsId()
  targetPlanId!: string;
}
