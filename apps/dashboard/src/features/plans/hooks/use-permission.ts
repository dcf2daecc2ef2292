import { ROLE_PERMISSIONS, type Permission } from '@cynnydd/shared/domain';

import { useCurrentUser } from '../../auth/hooks/use-current-user';

/**
 * Whether the signed-in account's role allows something (any of several, given a list, as the
 * API's guard takes them), read from the shared table of permissions the API enforces, so the
 * dashboard hides only what the API would refuse.
 */
export function usePermission(permission: Permission | readonly Permission[]): {
  allowed: boolean;
  loading: boolean;
} {
  const { user, loading } = useCurrentUser();
  const wanted: readonly Permission[] = Array.isArray(permission) ? permission : [permission];
  return {
    allowed: user ? wanted.some((one) => ROLE_PERMISSIONS[user.role].includes(one)) : false,
    loading,
  };
}
