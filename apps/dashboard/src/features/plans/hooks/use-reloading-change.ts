import { useState } from 'react';

import type { FormError } from '../components/form-errors';
import { useVersionedChange } from './use-versioned-change';

/** The control an API input path ("consultedOn.cy", "partnerIds") belongs to, if any. */
export type FieldIdOf = (path: string) => string | null;

/**
 * A change to a versioned record (an engagement record, a plan's waiver, a publication) through
 * the version-checked mutation hook. The record is loaded again after a save, and after a conflict,
 * which is reported in words rather than overwritten: nothing was saved.
 */
export function useReloadingChange(
  reload: () => Promise<unknown>,
  fieldId: FieldIdOf,
  conflictMessage: string,
) {
  const change = useVersionedChange(fieldId);
  const [busy, setBusy] = useState(false);

  /** True once saved; false when refused, in conflict or failed (`errors` says why). */
  async function run(send: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    try {
      const saved = await change.send(send);
      // Saved or not (a conflict, a refusal), show what is stored now.
      await reload().catch(() => undefined);
      return saved;
    } finally {
      setBusy(false);
    }
  }

  const errors: FormError[] = change.conflict
    ? [...change.errors, { message: conflictMessage }]
    : change.errors;
  return { errors, setErrors: change.setErrors, busy, run };
}
