import { prefetch, type PageDataPreload } from '../../ui/page-data';
import { ACTION_DETAILS, MY_ACCOUNT, MY_ACTIONS, REPORTING_ROUND } from './graphql/actions';
import { myActionsVariables } from './my-actions-variables';

/** The action with its history, and the account's person (who may report on it). */
export const preloadActionPage: PageDataPreload = (client, params) => {
  const id = params['id'];
  if (!id) return Promise.resolve();
  return Promise.all([prefetch(client, ACTION_DETAILS, { id }), prefetch(client, MY_ACCOUNT)]);
};

/** The account's person and the round, then the person's actions in it. */
export const preloadMyActions: PageDataPreload = (client) =>
  Promise.all([prefetch(client, MY_ACCOUNT), prefetch(client, REPORTING_ROUND)]).then(
    ([account, round]) => {
      const variables = myActionsVariables(round?.currentReportingPeriod, account?.me?.person?.id);
      return variables && prefetch(client, MY_ACTIONS, variables);
    },
  );
