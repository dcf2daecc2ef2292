import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

import { DomainError } from './domain-error';

const INTERNAL = 'INTERNAL_SERVER_ERROR';

/**
 * Apollo's formatError: domain errors and GraphQL's own validation errors go out as they are;
 * anything unexpected (a bug, a database failure) becomes a generic message so stack traces
 * and SQL never reach the client. The original is logged by the caller.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return formatted;
  const code = formatted.extensions?.['code'];
  if (code && code !== INTERNAL) return formatted;
  onUnexpected(original);
  return {
    message: 'Something went wrong on our side. Please try again.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: INTERNAL },
  };
}
