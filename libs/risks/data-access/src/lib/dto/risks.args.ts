import { ArgsType, Field, ID, IntersectionType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';

import { IsId, PageArgs } from '@cynnydd/server/core';
import { RiskBand, RiskCategory, RiskKind, RiskState } from '@cynnydd/shared/domain';

/** The register's filters; each narrows the list, none given means every open risk. */
@ArgsType()
export class RisksFilterArgs {
  @Field(() => ID, { nullable: true, description: 'Only risks to this strategic area.' })
  @IsOptional()
  @IsId()
  areaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only risks this person owns.' })
  @IsOptional()
  @IsId()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only risks linked to this action.' })
  @IsOptional()
  @IsId()
  actionId?: string | null;

  @Field(() => RiskCategory, { nullable: true })
  @IsOptional()
  @IsEnum(RiskCategory)
  category?: RiskCategory | null;

  @Field(() => RiskBand, { nullable: true, description: 'By current score.' })
  @IsOptional()
  @IsEnum(RiskBand)
  band?: RiskBand | null;

  @Field(() => RiskKind, { nullable: true })
  @IsOptional()
  @IsEnum(RiskKind)
  kind?: RiskKind | null;

  @Field(() => RiskState, { nullable: true, description: 'OPEN unless given; null for both.' })
  @IsOptional()
  @IsEnum(RiskState)
  state?: RiskState | null;

  @Field(() => Boolean, { nullable: true, description: 'Taken to the oversight board, or not.' })
  @IsOptional()
  @IsBoolean()
  escalated?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Current score over its category's appetite.",
  })
  @IsOptional()
  @IsBoolean()
  aboveAppetite?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Next review date passed.' })
  @IsOptional()
  @IsBoolean()
  reviewOverdue?: boolean | null;
}

/** The register's filters and a page of it: one class, so validation sees all the arguments. */
@ArgsType()
export class RiskListArgs extends IntersectionType(RisksFilterArgs, PageArgs, ArgsType) {}
