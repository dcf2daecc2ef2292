import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { Params } from 'react-router';

/**
 * Asks for a page's data as a first visit starts, beside the signed-in user and the page's code
 * rather than after them. The page's own `useQuery` with the same document and variables then
 * joins the request in flight or reads the answer from the cache; a failure is left for it to
 * show, so nothing is reported here. Settles when every answer is in (the server draws the page
 * then, ADR 20).
 */
export type PageDataPreload = (
  client: ApolloClient,
  params: Params,
  search: URLSearchParams,
) => Promise<unknown>;

/** The route handle a page's data preload travels in (`<Route handle={…}>`). */
export interface PageHandle {
  preloadData?: PageDataPreload;
  /**
   * A signed-in first visit gets the page drawn on the server (ADR 20): with the data its preload
   * fetches, and whatever else it asks for drawn loading. Only where that was measured to help:
   * a page whose preload is hundreds of rows is slower to take over than to draw in the browser.
   */
  drawnOnServer?: boolean;
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

/**
 * A preload whose code (its documents and its reading of the address) arrives as its own chunk
 * when first used, beside the page's code, so it adds nothing to the first route's script
 * (budgeted, tools/bench/bundle-budget.ts).
 */
export function loadedWhenUsed(load: () => Promise<PageDataPreload>): PageDataPreload {
  return (client, params, search) => load().then((preload) => preload(client, params, search));
}
