import { ROLE_PERMISSIONS, type Permission } from '@cynnydd/shared/domain';

import { useCurrentUser } from '../../auth/hooks/use-current-user';

/**
 * Whether the signed-in account's role allows something, read from the shared table of
 * permissions the API enforces, so the dashboard hides only what the API would refuse.
 */
export function usePermission(permission: Permission): { allowed: boolean; loading: boolean } {
  const { user, loading } = useCurrentUser();
  return {
    allowed: user ? ROLE_PERMISSIONS[user.role].includes(permission) : false,
    loading,
  };
}
