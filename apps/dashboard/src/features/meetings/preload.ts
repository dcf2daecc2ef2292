import { prefetch, type PageDataPreload } from '../../ui/page-data';
import { FORUM_CHOICES, MEETING_SCHEDULE } from './graphql/meetings';
import { meetingScheduleVariables } from './hooks/meeting-schedule-variables';

/** The forums to filter by, and the meetings to come with the page of past ones asked for. */
export const preloadMeetingsPage: PageDataPreload = (client, _params, search) =>
  Promise.all([
    prefetch(client, FORUM_CHOICES),
    prefetch(client, MEETING_SCHEDULE, meetingScheduleVariables(search)),
  ]);
