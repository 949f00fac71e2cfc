import { useQuery } from '@apollo/client/react';
import { useUser } from '../auth/AuthProvider';
import { UsersQuery } from '../features/admin/admin.operations';
import { can } from '../lib/access';
import { useDistrict } from './WorkspaceProvider';

/**
 * Names of the district's user accounts, for saying who did what. Only administrators may
 * list accounts; for everyone else the lookup is empty and the role stands in for the name.
 */
export function useUserNames(): (userId: string) => string | undefined {
  const user = useUser();
  const district = useDistrict();
  const { data } = useQuery(UsersQuery, { variables: { districtId: district.id }, skip: !can(user.role, 'manageUsers') });
  const names = new Map((data?.users ?? []).map((u) => [u.id, u.displayName]));
  return (userId) => names.get(userId);
}
