import type { ValueTransformer } from 'typeorm';

/**
 * `numeric` columns as JavaScript numbers. `pg` reads numeric as a string to keep every digit;
 * figures here have at most 14 significant digits (numeric(14,4)), which a double holds exactly
 * enough to print back.
 */
export const NUMERIC: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
