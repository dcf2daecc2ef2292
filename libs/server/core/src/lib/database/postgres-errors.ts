import { QueryFailedError } from 'typeorm';

/** True when `error` is PostgreSQL's unique_violation (23505), optionally of one constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (!constraint || driverError.constraint === constraint);
}

/**
 * True when PostgreSQL could not take a value the client sent: text it cannot read as the
 * column's type (number, date, array), a date out of range, or a NUL character (22021).
 */
export function isInvalidValue(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const { code } = error.driverError as { code?: string };
  return ['22P02', '22007', '22008', '22003', '22021'].includes(code ?? '');
}
