import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { fromApiErrors, type FormError } from '../components/form-errors';
import { readApiError, type VersionConflict } from '../graphql/errors';

interface VersionedEditOptions<R extends { version: number }, V> {
  record: R;
  /** The form's values of a record as the API gives it. */
  valuesOf: (record: R) => V;
  /** Problems to show before anything is sent. */
  check: (values: V) => FormError[];
  /** Only what the user changed since loading (empty: nothing to save). */
  changes: (loaded: V, values: V) => object;
  noChangesMessage: string;
  /** Sends the changes against `expectedVersion`; the record as saved. */
  send: (expectedVersion: number, changes: object) => Promise<R | null | undefined>;
  /** Their version, from a conflict's `current`, filling in what it leaves out from `loaded`. */
  theirsFromConflict: (current: VersionConflict['current'], loaded: V) => V;
  /** The form field an API error's dotted `field` belongs to. */
  fieldId: (field: string) => string | null;
  /** Loads the record afresh (for "use their version"). */
  reload: () => Promise<R | null>;
}

/**
 * Editing a record against the version loaded: only changed fields are sent, a conflicting edit
 * is shown beside theirs (never overwritten), and "keep mine" sends again against their version.
 */
export function useVersionedEdit<R extends { version: number }, V>(
  options: VersionedEditOptions<R, V>,
) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState(() => ({
    values: options.valuesOf(options.record),
    version: options.record.version,
  }));
  const [values, setValues] = useState(loaded.values);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [conflict, setConflict] = useState<{ details: VersionConflict; theirs: V } | null>(null);
  const [saved, setSaved] = useState(false);
  const [reloading, setReloading] = useState(false);

  function startFrom(state: { values: V; version: number }) {
    setLoaded(state);
    setValues(state.values);
    setConflict(null);
    setErrors([]);
  }

  async function save(expectedVersion: number) {
    setSaved(false);
    const problems = options.check(values);
    const changes = options.changes(loaded.values, values);
    if (problems.length === 0 && Object.keys(changes).length === 0) {
      problems.push({ message: options.noChangesMessage });
    }
    setErrors(problems);
    if (problems.length > 0) return;
    try {
      const record = await options.send(expectedVersion, changes);
      if (record) {
        startFrom({ values: options.valuesOf(record), version: record.version });
        setSaved(true);
      }
    } catch (error) {
      const problem = readApiError(error);
      if (problem.kind === 'conflict') {
        setErrors([]);
        setConflict({
          details: problem.conflict,
          theirs: options.theirsFromConflict(problem.conflict.current, loaded.values),
        });
      } else if (problem.kind === 'refused') {
        setErrors(fromApiErrors(problem.errors, options.fieldId));
      } else {
        setErrors([{ message: t('errors.serviceProblem') }]);
      }
    }
  }

  async function takeTheirs() {
    if (!conflict) return;
    setReloading(true);
    try {
      const fresh = await options.reload();
      // Without a fresh copy, their version as the conflict described it.
      startFrom(
        fresh
          ? { values: options.valuesOf(fresh), version: fresh.version }
          : { values: conflict.theirs, version: conflict.details.currentVersion },
      );
    } finally {
      setReloading(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(loaded.version);
  }

  return {
    loaded,
    values,
    setValues,
    errors,
    conflict,
    saved,
    reloading,
    submit,
    keepMine: () => conflict && void save(conflict.details.currentVersion),
    useTheirs: () => void takeTheirs(),
  };
}
