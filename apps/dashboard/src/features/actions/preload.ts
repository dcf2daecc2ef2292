import { prefetch, type PageDataPreload } from '../../ui/page-data';
import { ACTION_DETAILS, MY_ACCOUNT } from './graphql/actions';

/** The action with its history, and the account's person (who may report on it). */
export const preloadActionPage: PageDataPreload = (client, params) => {
  const id = params['id'];
  if (!id) return;
  void prefetch(client, ACTION_DETAILS, { id });
  void prefetch(client, MY_ACCOUNT);
};
