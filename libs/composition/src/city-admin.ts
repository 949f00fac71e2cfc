import { userIdFor, type AccountCommands } from '@tuijin/application';
import { DomainError } from '@tuijin/domain-kernel';

export const CITY_ADMIN_USERNAME = 'admin';
const SYSTEM_ACTOR = { userId: 'system', role: 'SYSTEM' };

/**
 * Creates the city admin `admin` when its account does not exist yet, asking the
 * event log rather than a read model, so it works where no read model is at hand.
 * Returns true when it created the account.
 */
export async function ensureCityAdmin(accounts: AccountCommands, password: string, today: string): Promise<boolean> {
  try {
    await accounts.requireUser(userIdFor(CITY_ADMIN_USERNAME));
    return false;
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'NOT_FOUND')) throw error;
  }
  await accounts.createUser(
    { username: CITY_ADMIN_USERNAME, displayName: '市级管理员', password, role: 'CITY_ADMIN', districtIds: [] },
    { actor: SYSTEM_ACTOR, today },
  );
  return true;
}
