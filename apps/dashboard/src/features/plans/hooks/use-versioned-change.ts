import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { fromApiErrors, type FormError } from '../components/form-errors';
import { readApiError, type VersionConflict } from '../graphql/errors';

/**
 * One change to a versioned record (a risk review, a meeting's minutes...), sent against the version
 * loaded. A conflict is kept to be shown beside theirs and nothing is overwritten: "keep mine"
 * sends the same change again against their version.
 */
export function useVersionedChange(fieldId: (path: string) => string | null) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [conflict, setConflict] = useState<VersionConflict | null>(null);

  /** True once saved; false when refused, in conflict or failed (shown by the form). */
  async function send(change: () => Promise<unknown>): Promise<boolean> {
    try {
      await change();
      setErrors([]);
      setConflict(null);
      return true;
    } catch (error) {
      const problem = readApiError(error);
      if (problem.kind === 'conflict') {
        setErrors([]);
        setConflict(problem.conflict);
      } else if (problem.kind === 'refused') {
        setErrors(fromApiErrors(problem.errors, fieldId));
      } else {
        setErrors([{ message: t('errors.serviceProblem') }]);
      }
      return false;
    }
  }

  return {
    errors,
    setErrors,
    conflict,
    clearConflict: () => setConflict(null),
    send,
  };
}
