import type { ApolloServerPlugin } from '@apollo/server';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

import { DomainError, DomainErrorCode } from '../errors/domain-error';

/** Deepest selection accepted (the dashboard's deepest query is 6). */
export const MAX_QUERY_DEPTH = 10;
/** Each field costs 1; list fields multiply their selection by the page size they may return. */
export const MAX_QUERY_COMPLEXITY = 10_000;

/** Refuses an operation whose estimated cost exceeds the limit, before anything is resolved. */
export function complexityLimitPlugin(limit = MAX_QUERY_COMPLEXITY): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Ill-typed variables: execution refuses them with a precise error, before any work.
            return;
          }
          if (complexity > limit) {
            throw new DomainError(
              DomainErrorCode.QUERY_TOO_COMPLEX,
              `This query is too large (cost ${complexity}, limit ${limit}): ask for fewer fields or smaller pages`,
              { complexity, limit, http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}

/**
 * Complexity of a list field: its selection's cost times the number of items it may return (its
 * page size, `first` or `limit`, when it is paged).
 */
export const listComplexity =
  (defaultSize: number) =>
  ({
    args,
    childComplexity,
  }: {
    args: { first?: number; limit?: number };
    childComplexity: number;
  }) =>
    (args.first ?? args.limit ?? defaultSize) * childComplexity;
