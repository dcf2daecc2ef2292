import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The dashboard's cache, in the browser and on the server. */
export function createCache(): InMemoryCache {
  return new InMemoryCache();
}

/** The API is served from the same origin; its session cookie goes with every request. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'include' }),
    cache: createCache(),
  });
}
