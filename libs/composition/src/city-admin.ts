import { randomBytes } from 'crypto';
import { streamOf, userIdFor, type Commands, type EventStore } from '@tuijin/application';

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
  { commands, store }: { commands: Commands; store: EventStore },
  configured: string | undefined,
  today: string,
): Promise<{ position?: number; generatedPassword?: string }> {
  const created = await store.readStream(streamOf.user(userIdFor(CITY_ADMIN_USERNAME)));
  if (created.length > 0) return {};
  const password = configured ?? randomPassword();
  const { position } = await commands.handle({
    type: 'CreateUser',
    data: { username: CITY_ADMIN_USERNAME, displayName: '市级管理员', password, role: 'CITY_ADMIN', districtIds: [] },
    metadata: { actor: SYSTEM_ACTOR, today },
  });
  return configured ? { position } : { position, generatedPassword: password };
}
