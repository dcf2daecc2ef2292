import { CombinedGraphQLErrors } from '@apollo/client';

/** The API's own message for a refused request, or null for network and unexpected errors. */
export function apiErrorMessage(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message ?? null;
  return null;
}
