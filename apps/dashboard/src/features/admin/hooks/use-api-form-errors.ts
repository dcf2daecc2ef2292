import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ErrorItem } from '../../../ui/error-summary';
import { readApiError } from '../../plans/graphql/errors';

/**
 * The errors of a form that saves through the API: its refusals linked to the control for their
 * input field (`fieldIdOf`), a version conflict as a message to reload, anything else as a
 * service problem.
 */
export function useApiFormErrors(fieldIdOf: (field: string) => string | undefined) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  function fromFailure(failure: unknown) {
    const problem = readApiError(failure);
    if (problem.kind === 'conflict') {
      setErrors([{ message: t('form.conflict') }]);
    } else if (problem.kind === 'refused') {
      setErrors(
        problem.errors.map(({ field, message }) => ({
          message,
          lang: 'en' as const,
          fieldId: field ? fieldIdOf(field) : undefined,
        })),
      );
    } else {
      setErrors([{ message: t('errors.serviceProblem') }]);
    }
  }
  const errorFor = (fieldId: string) => errors.find((error) => error.fieldId === fieldId);
  return { errors, setErrors, fromFailure, errorFor };
}
