import { pageAsked, ROWS_PER_PAGE } from '../../../ui/pagination';

/**
 * What the meetings page asks for, from its address: the forum (`?forum=`) and the page of past
 * meetings (`?page=`). The page and its preload ask alike, so the page reads the preload's answer.
 */
export function meetingScheduleVariables(search: URLSearchParams) {
  return {
    forumId: search.get('forum'),
    pastOffset: (pageAsked(search) - 1) * ROWS_PER_PAGE,
    pastLimit: ROWS_PER_PAGE,
  };
}
