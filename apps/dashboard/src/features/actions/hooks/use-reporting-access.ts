import { canReportOn, Role, type Actor } from '@cynnydd/shared/domain';

import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useMyAccount } from './use-my-account';

/** The people an action answers to, as the API lists them. */
export interface Responsible {
  owners: readonly { id: string }[];
  delegates: readonly { id: string }[];
}

/**
 * Who may report on what, by the shared rule the API enforces: the operational group on any
 * action, a lead only on actions they own or are delegated.
 */
export function useReportingAccess() {
  const account = useMyAccount();
  const current = useCurrentUser();
  const actor: Actor | null = current.user
    ? {
        userId: current.user.id,
        email: current.user.email,
        role: Role[current.user.role],
        personId: account.personId,
      }
    : null;
  return {
    ...account,
    loading: account.loading || current.loading,
    error: account.error ?? current.error,
    canReportOn(action: Responsible): boolean {
      return (
        actor !== null &&
        canReportOn(actor, {
          ownerIds: action.owners.map((person) => person.id),
          delegateIds: action.delegates.map((person) => person.id),
        })
      );
    },
  };
}
