import type { Language } from '@cynnydd/shared/domain';

import type { ErrorItem } from '../../../ui/error-summary';
import type { ApiFieldError } from '../graphql/errors';

/** An error in a form: its message and the control the error summary links to. */
export interface FormError extends ErrorItem {
  lang?: Language;
}

/** The first error about any of the controls (e.g. both languages of one text). */
export function errorFor(errors: FormError[], ...fieldIds: string[]): FormError | undefined {
  return errors.find((error) => error.fieldId && fieldIds.includes(error.fieldId));
}

/**
 * The API's refusals as form errors, linked to the controls `fieldIdOf` finds for their input
 * paths. The API words its messages in English: they are marked so, to be read in an English
 * voice.
 */
export function fromApiErrors(
  errors: ApiFieldError[],
  fieldIdOf: (path: string) => string | null,
): FormError[] {
  return errors.map(({ field, message }) => {
    const fieldId = field ? fieldIdOf(field) : null;
    return fieldId ? { message, fieldId, lang: 'en' } : { message, lang: 'en' };
  });
}
