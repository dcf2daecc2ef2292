import { useTranslation } from 'react-i18next';

import { useReloadingChange } from '../../plans/hooks/use-reloading-change';

/**
 * A change made from the meeting page, after which the meeting is loaded again. A version
 * conflict (someone else changed the meeting meanwhile) reloads it and asks for another look
 * rather than overwriting: nothing was saved.
 */
export function useMeetingChange(
  reload: () => Promise<unknown>,
  fieldId = (_: string) => null as string | null,
) {
  const { t } = useTranslation();
  return useReloadingChange(reload, fieldId, t('meetings.meeting.conflict'));
}
