import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsUUID, registerDecorator, ValidateBy, type ValidationOptions } from 'class-validator';

import { parseFinancialYear, type BilingualText } from '@cynnydd/shared/domain';

/** A financial-year label such as "2025-26". */
export function IsFinancialYear(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isFinancialYear',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && parseFinancialYear(value) !== null,
        defaultMessage: () => 'must be a financial year such as "2025-26"',
      },
    },
    options,
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD, from 1900 to 2999 (rejects 2025-02-30, 0000-01-01). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < 1900 || year > 2999) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: isIsoDate,
        defaultMessage: () => 'must be a date written YYYY-MM-DD, between 1900 and 2999',
      },
    },
    options,
  );
}

/** Text in English or Welsh (not only blanks). */
export function hasSomeLanguage(text: Partial<BilingualText> | null | undefined): boolean {
  return Boolean(text?.en?.trim() || text?.cy?.trim());
}

/** Bilingual texts may wait for a translation, but at least one language must be filled in. */
export function HasSomeLanguage(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'hasSomeLanguage',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: Partial<BilingualText> | undefined) =>
          value == null || hasSomeLanguage(value),
        defaultMessage: () => 'needs text in English or Welsh',
      },
    });
}

const lowerCase = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value.toLowerCase()
    : Array.isArray(value)
      ? value.map((v) => (typeof v === 'string' ? v.toLowerCase() : v))
      : value;

/**
 * An id (UUID). Stored ids are lower case, so input is lower-cased before use: an id pasted
 * in upper case must still find its row.
 */
export function IsId(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(Transform(lowerCase), IsUUID('all', options)) as PropertyDecorator;
}

/** A list of ids, each lower-cased and checked. */
export function IsIds(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    Transform(lowerCase),
    IsUUID('all', { ...options, each: true }),
  ) as PropertyDecorator;
}
