import { prefetch, type PageDataPreload } from '../../ui/page-data';
import { MEASURES_SUMMARY } from '../measures/graphql/measures';
import { PROGRESS_SUMMARY } from './graphql/overview';

/** The current period's summary and the measures' beside it. */
export const preloadOverview: PageDataPreload = (client) =>
  Promise.all([prefetch(client, PROGRESS_SUMMARY), prefetch(client, MEASURES_SUMMARY)]);
