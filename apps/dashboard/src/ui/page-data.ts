import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { Params } from 'react-router';

/**
 * Asks for a page's data as a first visit starts, beside the signed-in user and the page's code
 * rather than after them. The page's own `useQuery` with the same document and variables then
 * joins the request in flight or reads the answer from the cache; a failure is left for it to
 * show, so nothing is reported here.
 */
export type PageDataPreload = (
  client: ApolloClient,
  params: Params,
  search: URLSearchParams,
) => void;

/** The route handle a page's data preload travels in (`<Route handle={…}>`). */
export interface PageHandle {
  preloadData: PageDataPreload;
}

/** Starts one query into the cache; its answer (or error) is the page's to read. */
export function prefetch<Data, Variables extends OperationVariables>(
  client: ApolloClient,
  query: TypedDocumentNode<Data, Variables>,
  variables?: Variables,
): Promise<Data | undefined> {
  return client
    .query({ query, ...(variables ? { variables } : {}) } as ApolloClient.QueryOptions<
      Data,
      Variables
    >)
    .then(
      ({ data }) => data,
      () => undefined,
    );
}
