import { applyDecorators } from '@nestjs/common';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Column } from 'typeorm';

import { TEXT_LIMITS, type BilingualText } from '@cynnydd/shared/domain';

import { badUserInput } from '../errors/domain-error';
import { HasSomeLanguage } from '../validation/validators';

/** Database shape: embedded as `<name>_en` and `<name>_cy` columns. */
export class BilingualColumns implements BilingualText {
  @Column({ type: 'text', nullable: true })
  en!: string | null;

  @Column({ type: 'text', nullable: true })
  cy!: string | null;
}

@ObjectType('BilingualText', {
  description: 'A text in English and Welsh; either may be null while a translation is pending.',
})
export class BilingualTextModel implements BilingualText {
  @Field(() => String, { nullable: true })
  en!: string | null;

  @Field(() => String, { nullable: true })
  cy!: string | null;
}

export function toBilingualModel(text: BilingualText): BilingualTextModel {
  return { en: text.en ?? null, cy: text.cy ?? null };
}

const clean = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** Blank strings are stored as null so "missing translation" has one representation. */
export function toBilingualColumns(input: Partial<BilingualText>): BilingualColumns {
  return { en: clean(input.en), cy: clean(input.cy) };
}

/**
 * Applies a partial change: a language left out keeps its text (a translator adding the Welsh
 * must not wipe the English); null or blank clears it. For a required text, `requiredField`
 * names the input to blame when the result would have no text in either language.
 */
export function mergeBilingual(
  current: BilingualText,
  change: Partial<BilingualText> | undefined | null,
  requiredField?: string,
): BilingualColumns {
  if (!change) return { en: current.en, cy: current.cy };
  const merged = {
    en: change.en === undefined ? current.en : clean(change.en),
    cy: change.cy === undefined ? current.cy : clean(change.cy),
  };
  if (requiredField && !merged.en && !merged.cy) {
    throw badUserInput(requiredField, 'needs text in English or Welsh');
  }
  return merged;
}

function bilingualInput(maxLength: number) {
  @InputType({ isAbstract: true })
  abstract class BilingualInput implements Partial<BilingualText> {
    @Field(() => String, { nullable: true })
    @IsOptional()
    @IsString()
    @MaxLength(maxLength)
    en?: string | null;

    @Field(() => String, { nullable: true })
    @IsOptional()
    @IsString()
    @MaxLength(maxLength)
    cy?: string | null;
  }
  return BilingualInput;
}

@InputType({ description: `Short bilingual text (up to ${TEXT_LIMITS.title} characters each).` })
export class BilingualTitleInput extends bilingualInput(TEXT_LIMITS.title) {}

@InputType({
  description: `Long bilingual text (up to ${TEXT_LIMITS.description} characters each).`,
})
export class BilingualLongTextInput extends bilingualInput(TEXT_LIMITS.description) {}

/**
 * A bilingual input field with its validation: nested checks and, when `textRequired`, text in
 * at least one language. `optional` makes the field nullable and skippable.
 */
export function BilingualInputField(
  type: typeof BilingualTitleInput | typeof BilingualLongTextInput,
  options: { optional?: boolean; textRequired?: boolean; description?: string } = {},
): PropertyDecorator {
  return applyDecorators(
    Field(() => type, { nullable: options.optional, description: options.description }),
    ...(options.optional ? [IsOptional()] : []),
    ValidateNested(),
    Type(() => type),
    ...(options.textRequired ? [HasSomeLanguage()] : []),
  );
}
