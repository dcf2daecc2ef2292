import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

import type { CurrentUserFragment } from '../../../gql/graphql';
import { prefetch } from '../../../ui/page-data';
import { NOTIFICATION_COUNT } from '../../notifications/graphql/notifications';
import { ME } from '../graphql/auth';

export interface CurrentUserState {
  /** The signed-in account, or null when signed out (or not known yet). */
  user: CurrentUserFragment | null;
  loading: boolean;
  error: Error | undefined;
}

export function useCurrentUser(): CurrentUserState {
  const { data, loading, error } = useQuery(ME);
  return { user: data?.me ?? null, loading, error };
}

/**
 * Asks who is signed in, and the header's count of their unread notices, as a first visit
 * starts, before the page is drawn (`preloadPage`).
 */
export function preloadCurrentUser(client: ApolloClient): Promise<unknown> {
  return Promise.all([prefetch(client, ME), prefetch(client, NOTIFICATION_COUNT)]);
}
