import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The dashboard's cache, in the browser and on the server. The progress summary has no id: the
 * overview asks for its figures and its lists in two queries, whose answers are merged.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: { ProgressSummary: { merge: true }, RagMovement: { merge: true } },
  });
}

/** The API is served from the same origin; its session cookie goes with every request. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'include' }),
    cache: createCache(),
  });
}
