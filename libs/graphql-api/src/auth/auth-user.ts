import type { Role } from '@tuijin/domain-accounts';

/** The signed-in user a request acts as, with the scope their role reaches. */
export interface AuthUser {
  userId: string;
  username: string;
  role: Role;
  /** Empty for a city admin, who reaches every district. */
  districtIds: string[];
  unitId?: string;
  sessionId: string;
}

export const reachesDistrict = (user: AuthUser, districtId: string): boolean =>
  user.role === 'CITY_ADMIN' || user.districtIds.includes(districtId);

/** The districts a user's lists are limited to, or undefined for every district. */
export const districtScope = (user: AuthUser): string[] | undefined =>
  user.role === 'CITY_ADMIN' ? undefined : user.districtIds;
