import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { fromApiErrors, type FormError } from '../../plans/components/form-errors';
import { readApiError } from '../../plans/graphql/errors';

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
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);

  /** True once saved and reloaded; false when refused or failed (the errors say why). */
  async function run(change: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    try {
      await change();
      setErrors([]);
      await reload();
      return true;
    } catch (error) {
      const problem = readApiError(error);
      if (problem.kind === 'conflict') {
        setErrors([{ message: t('meetings.meeting.conflict') }]);
        await reload();
      } else if (problem.kind === 'refused') {
        setErrors(fromApiErrors(problem.errors, fieldId));
      } else {
        setErrors([{ message: t('errors.serviceProblem') }]);
      }
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { errors, setErrors, busy, run };
}
