import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, ValidateIf } from 'class-validator';

import {
  BilingualInputField,
  BilingualTitleInput,
  ExpectedVersionField,
  IsId,
  IsIsoDate,
} from '@cynnydd/server/core';

@InputType({ description: 'A milestone created together with its action.' })
export class MilestoneDraftInput {
  @BilingualInputField(BilingualTitleInput, { textRequired: true })
  title!: BilingualTitleInput;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate()
  dueDate!: string;
}

@InputType()
export class AddMilestoneInput extends MilestoneDraftInput {
  @Field(() => ID)
  @IsId()
  actionId!: string;
}

/** Changes to a milestone; `completedOn: null` reopens it. */
@InputType()
export class UpdateMilestoneInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @BilingualInputField(BilingualTitleInput, { optional: true })
  title?: BilingualTitleInput;

  @Field({ nullable: true })
  @IsOptional()
  @IsIsoDate()
  dueDate?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null to reopen.' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsIsoDate()
  completedOn?: string | null;
}
