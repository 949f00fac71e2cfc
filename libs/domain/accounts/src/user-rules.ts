import { conflict, invalid, requireOneOf, requireText } from '@tuijin/domain-kernel';
import { ROLES, type Role } from './user.types';

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/;
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export function requireUsername(value: unknown): string {
  if (typeof value !== 'string' || !USERNAME.test(value)) {
    throw invalid(
      'username',
      'username must be 3 to 32 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
    );
  }
  return value;
}

/** Checked by the application before it hashes a password; the domain never stores the text. */
export function requirePasswordPolicy(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length < PASSWORD_MIN_LENGTH || value.length > PASSWORD_MAX_LENGTH) {
    throw invalid(field, `${field} must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`);
  }
  if (!/[A-Za-z]/.test(value) || !/[0-9]/.test(value)) throw invalid(field, `${field} must contain letters and digits`);
  return value;
}

/** What each role's scope must name: city admins reach every district, everyone else named ones. */
export function requireScope(
  role: unknown,
  districtIds: unknown,
  unitId: unknown,
): { role: Role; districtIds: string[]; unitId?: string } {
  const checkedRole = requireOneOf('role', role, ROLES);
  const ids = Array.isArray(districtIds) ? districtIds : [];
  if (!ids.every((id) => typeof id === 'string' && id.length > 0))
    throw invalid('districtIds', 'districtIds must be district ids');
  const unique = [...new Set(ids as string[])];
  const unit = typeof unitId === 'string' && unitId.length > 0 ? unitId : undefined;
  if (checkedRole === 'CITY_ADMIN') {
    if (unique.length > 0) throw invalid('districtIds', 'a city admin reaches every district: give no districtIds');
  } else if (checkedRole === 'ANALYST') {
    if (unique.length === 0) throw invalid('districtIds', 'an analyst needs at least one district');
  } else if (unique.length !== 1) {
    throw invalid('districtIds', `a ${checkedRole} belongs to exactly one district`);
  }
  if (checkedRole === 'UNIT_REPORTER' && !unit)
    throw invalid('unitId', 'a unit reporter needs the unit they report for');
  if (checkedRole !== 'UNIT_REPORTER' && unit) throw invalid('unitId', 'only a unit reporter belongs to a unit');
  return { role: checkedRole, districtIds: unique, ...(unit && { unitId: unit }) };
}

export const requireDisplayName = (value: unknown) => requireText('displayName', value, 50);

export const alreadyExists = (username: string) => conflict(`username "${username}" is taken`, 'username');

/** Who creates or manages an account, and the account: its role and the districts it reaches. */
export interface AccountScope {
  role: Role;
  /** Empty for a city admin, who reaches every district. */
  districtIds: readonly string[];
}

/**
 * Whether an administrator may create or manage an account: a city admin any account; a
 * district admin only accounts within their own districts, and never a city admin's. The one
 * rule for both the API's `createUser` (and the other account fields) and the users ledger (账号台账).
 */
export function mayManageAccount(actor: AccountScope, account: AccountScope): boolean {
  if (actor.role === 'CITY_ADMIN') return true;
  if (actor.role !== 'DISTRICT_ADMIN' || account.role === 'CITY_ADMIN') return false;
  return account.districtIds.length > 0 && account.districtIds.every((id) => actor.districtIds.includes(id));
}
