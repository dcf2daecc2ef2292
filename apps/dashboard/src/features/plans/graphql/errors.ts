import { CombinedGraphQLErrors } from '@apollo/client';

/** One refusal from the API, with the input field it is about when it names one. */
export interface ApiFieldError {
  /** Dotted path relative to the mutation's input, e.g. "title.en" or "ownerIds"; null if none. */
  field: string | null;
  message: string;
}

/**
 * The API's answer to a change made against an older version of a record: nothing was saved,
 * and it says what the record holds now and at which version.
 */
export interface VersionConflict {
  message: string;
  currentVersion: number;
  /** The record as it is now, in the shape of its GraphQL type (ids in place of relations). */
  current: Record<string, unknown>;
}

export type ApiProblem =
  | { kind: 'conflict'; conflict: VersionConflict }
  | { kind: 'refused'; errors: ApiFieldError[] }
  | { kind: 'unexpected' };

function fieldPath(value: unknown): string | null {
  return typeof value === 'string' ? value.replace(/^input\./, '') : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sorts a failed mutation into what the form should do about it: a version conflict (CONFLICT
 * with the current record), errors to show against fields (each BAD_USER_INPUT problem, and any
 * other refusal the API explains), or an unexpected failure (network, server fault).
 */
export function readApiError(error: unknown): ApiProblem {
  if (!CombinedGraphQLErrors.is(error)) return { kind: 'unexpected' };
  const errors: ApiFieldError[] = [];
  for (const { message, extensions } of error.errors) {
    const code = extensions?.['code'];
    const current = extensions?.['current'];
    const currentVersion = extensions?.['currentVersion'];
    if (code === 'CONFLICT' && isRecord(current) && typeof currentVersion === 'number') {
      return { kind: 'conflict', conflict: { message, current, currentVersion } };
    }
    if (code === 'INTERNAL_SERVER_ERROR') return { kind: 'unexpected' };
    const problems = extensions?.['problems'];
    if (Array.isArray(problems) && problems.length > 0) {
      for (const problem of problems) {
        if (isRecord(problem) && typeof problem['message'] === 'string') {
          errors.push({ field: fieldPath(problem['field']), message: problem['message'] });
        }
      }
    } else {
      errors.push({ field: fieldPath(extensions?.['field']), message });
    }
  }
  return errors.length > 0 ? { kind: 'refused', errors } : { kind: 'unexpected' };
}
