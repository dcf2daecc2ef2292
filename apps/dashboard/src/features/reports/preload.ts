import { prefetch, type PageDataPreload } from '../../ui/page-data';
import { REPORT } from './graphql/reports';

/** The report's head, drawn with the page; its lists are asked for once it is taken over. */
export const preloadReportPage: PageDataPreload = (client, { id = '' }) =>
  prefetch(client, REPORT, { id });
