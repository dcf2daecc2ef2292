import { prefetch, type PageDataPreload } from '../../ui/page-data';
import { MEASURES_SUMMARY } from '../measures/graphql/measures';
import { PROGRESS_SUMMARY } from './graphql/overview';

/** The current period's summary and the measures' beside it. */
export const preloadOverview: PageDataPreload = (client) => {
  void prefetch(client, PROGRESS_SUMMARY);
  void prefetch(client, MEASURES_SUMMARY);
};
