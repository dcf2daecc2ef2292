import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

import { isDatabaseUnavailable, isInvalidValue } from '../database/postgres-errors';
import { DATABASE_UNAVAILABLE_MESSAGE, DomainError, DomainErrorCode } from './domain-error';

const INTERNAL = 'INTERNAL_SERVER_ERROR';
const BAD_USER_INPUT = 'BAD_USER_INPUT';

/**
 * GraphQL rejects ill-typed variables before our validation runs, naming the spot only in its
 * message ('... at "input.themes[0]"; ...' or 'Field "title" of required type ...'). Turn that
 * into the same dotted `field` our own input errors carry, relative to the argument.
 */
export function fieldOfCoercionError(message: string): string | undefined {
  const variable =
    /^Variable "\$\w+" got invalid value .*?(?: at "([^"]+)")?; (?:Field "([^"]+)" of required type)?/s.exec(
      message,
    );
  if (!variable) return undefined;
  const [, at, missing] = variable;
  const path = [
    at
      ?.replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .slice(1)
      .join('.'),
    missing,
  ]
    .filter(Boolean)
    .join('.');
  return path || undefined;
}

/** graphql-js stops coercing variables after 50 errors and says so in an error without a code. */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

/** An error graphql-js raised itself about the request, not one thrown by our code or a library. */
function isArgumentError(error: unknown): boolean {
  return error instanceof GraphQLError && !error.originalError && /^Argument "/.test(error.message);
}

/**
 * Apollo's formatError: domain errors and GraphQL's own validation errors go out as they are
 * (the latter with the offending field added); anything unexpected (a bug, a database failure)
 * becomes a generic message so stack traces and SQL never reach the client. The original is
 * passed to `onUnexpected` for the log.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (
    isArgumentError(original) &&
    (!formatted.extensions?.['code'] || formatted.extensions['code'] === INTERNAL)
  ) {
    // graphql-js refusing an argument value (e.g. null for a non-null argument with a default).
    const field = /^Argument "(\w+)"/.exec(formatted.message)?.[1];
    return { ...formatted, extensions: { code: BAD_USER_INPUT, ...(field ? { field } : {}) } };
  }
  if (original instanceof GraphQLError && TOO_MANY_VARIABLE_ERRORS.test(original.message)) {
    return { ...formatted, extensions: { code: BAD_USER_INPUT } };
  }
  if (isInvalidValue(original)) {
    // Anything that reaches the database unreadable was sent by the client, not a fault here.
    return {
      message: 'A value in the request cannot be stored (for example a NUL character)',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: BAD_USER_INPUT },
    };
  }
  if (isDatabaseUnavailable(original)) {
    // An outage, not a bug: the transaction rolled back, and the client may simply retry.
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: DomainErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  const code = formatted.extensions?.['code'];
  if (original instanceof DomainError || (code && code !== INTERNAL)) {
    // The client's own mistake: a stack trace says nothing useful to it.
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    const field =
      code === BAD_USER_INPUT && !extensions['field']
        ? fieldOfCoercionError(formatted.message)
        : undefined;
    return { ...formatted, extensions: field ? { ...extensions, field } : extensions };
  }
  onUnexpected(original);
  return {
    message: 'Something went wrong on our side. Please try again.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: INTERNAL },
  };
}
