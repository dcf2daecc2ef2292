import { useQuery } from '@apollo/client/react';

import type { Permission } from '../../../gql/graphql';
import { MY_ACCOUNT } from '../graphql/actions';

const REPORTING: Permission[] = ['REPORT_ON_OWN_ACTIONS', 'REPORT_ON_ANY_ACTION'];

/** The signed-in account's person and whether it may submit status updates. */
export function useMyAccount() {
  const { data, loading, error } = useQuery(MY_ACCOUNT);
  const permissions = data?.me?.permissions ?? [];
  return {
    personId: data?.me?.person?.id ?? null,
    canReport: permissions.some((permission) => REPORTING.includes(permission)),
    loading,
    error,
  };
}
