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

/** Node socket errors of a lost or refused database connection. */
const CONNECTION_ERRNOS = [
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
];
/**
 * PostgreSQL telling us it cannot serve now: connection exceptions (class 08), shutting down or
 * starting up (57P01–57P03), too many connections (53300).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
/** pg's own messages for a connection that dropped or could not be made in time. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/i;

/** True when an error means the database cannot be reached, not that the request was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 4; depth++) {
    const { code, message, driverError, originalError } = cause as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      originalError?: unknown;
    };
    if (
      typeof code === 'string' &&
      (CONNECTION_ERRNOS.includes(code) || UNAVAILABLE_SQLSTATE.test(code))
    )
      return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    cause = driverError ?? originalError ?? (cause as { cause?: unknown }).cause;
  }
  return false;
}
