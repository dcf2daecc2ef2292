import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsFinancialYear, IsId, PageArgs } from '@cynnydd/server/core';
import { LeadOrganisation, RagStatus, Theme, WellBeingGoal } from '@cynnydd/shared/domain';

export enum ActionSortField {
  REFERENCE = 'REFERENCE',
  DUE_DATE = 'DUE_DATE',
  RAG = 'RAG',
  LAST_UPDATED = 'LAST_UPDATED',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(ActionSortField, { name: 'ActionSortField' });
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType({ description: 'All given conditions must hold.' })
export class ActionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  areaId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(7)
  areaNumber?: number;

  @Field({ nullable: true, description: 'Plan year, e.g. "2025-26".' })
  @IsOptional()
  @IsFinancialYear()
  financialYear?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  planId?: string;

  @Field(() => LeadOrganisation, { nullable: true })
  @IsOptional()
  @IsEnum(LeadOrganisation)
  leadOrganisation?: LeadOrganisation;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  ownerId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Actions this person answers for: as an owner or as a delegate.',
  })
  @IsOptional()
  @IsId()
  responsiblePersonId?: string;

  @Field(() => [RagStatus], { nullable: true, description: 'Current status is any of these.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(RagStatus, { each: true })
  rag?: RagStatus[];

  @Field(() => Theme, { nullable: true })
  @IsOptional()
  @IsEnum(Theme)
  theme?: Theme;

  @Field(() => [WellBeingGoal], {
    nullable: true,
    description: 'Tagged with any of these well-being goals.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsEnum(WellBeingGoal, { each: true })
  wellBeingGoals?: WellBeingGoal[];

  @Field({
    nullable: true,
    description: 'Not complete and past its due date or with a milestone past due.',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}

@InputType()
export class ActionSort {
  @Field(() => ActionSortField)
  @IsEnum(ActionSortField)
  field: ActionSortField = ActionSortField.REFERENCE;

  @Field(() => SortDirection)
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class ActionListArgs extends PageArgs {
  @Field(() => ActionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActionFilter)
  filter?: ActionFilter;

  @Field(() => ActionSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActionSort)
  sort?: ActionSort;
}
