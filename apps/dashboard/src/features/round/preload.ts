import { prefetch, type PageDataPreload } from '../../ui/page-data';
import { ROUND_SUMMARY } from './graphql/round';

/** The round's figures, drawn with the page; its lists are asked for once it is taken over. */
export const preloadRoundPage: PageDataPreload = (client, { id = '' }) =>
  prefetch(client, ROUND_SUMMARY, { reportingPeriodId: id });
