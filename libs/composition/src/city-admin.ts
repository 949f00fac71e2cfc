import { randomBytes } from 'crypto';
import { userIdFor, type AccountCommands } from '@tuijin/application';
import { DomainError } from '@tuijin/domain-kernel';

export const CITY_ADMIN_USERNAME = 'admin';
/** The actor of what the platform does by itself: first-start accounts, demo data. */
export const SYSTEM_ACTOR = { userId: 'system', role: 'SYSTEM' };

/** A random password that meets the password policy, for the first admin when none is configured. */
export const randomPassword = (): string =>
  `${randomBytes(12).toString('base64url')}-${(randomBytes(2).readUInt16BE() % 90) + 10}`;

/**
 * Creates the city admin `admin` when its account does not exist yet, asking the
 * event log rather than a read model, so it works where no read model is at hand.
 * Its password is `configured` (TUIJIN_ADMIN_PASSWORD) or a random one, returned
 * so it can be shown once: there is no default. `position` is set when it created
 * the account, for a caller that wants to read it back.
 */
export async function ensureCityAdmin(
  accounts: AccountCommands,
  configured: string | undefined,
  today: string,
): Promise<{ position?: number; generatedPassword?: string }> {
  try {
    await accounts.requireUser(userIdFor(CITY_ADMIN_USERNAME));
    return {};
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'NOT_FOUND')) throw error;
  }
  const password = configured ?? randomPassword();
  const { position } = await accounts.createUser(
    { username: CITY_ADMIN_USERNAME, displayName: '市级管理员', password, role: 'CITY_ADMIN', districtIds: [] },
    { actor: SYSTEM_ACTOR, today },
  );
  return configured ? { position } : { position, generatedPassword: password };
}
