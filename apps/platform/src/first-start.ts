import { userIdFor } from '@tuijin/application';
import type { EmbeddedRuntime } from './embedded-runtime';
import { randomPassword } from './secrets';

export const SYSTEM_ACTOR = { userId: 'system', role: 'SYSTEM' };
export const ADMIN_USERNAME = 'admin';

/**
 * Makes sure the city admin `admin` exists. Its password is TUIJIN_ADMIN_PASSWORD,
 * or a random one that is returned so it can be shown once: there is no default.
 */
export async function ensureAdmin(
  runtime: EmbeddedRuntime,
  configured?: string,
): Promise<{ generatedPassword?: string }> {
  if (await runtime.queries.user(userIdFor(ADMIN_USERNAME))) return {};
  const password = configured ?? randomPassword();
  const result = await runtime.accounts.createUser(
    { username: ADMIN_USERNAME, displayName: '市级管理员', password, role: 'CITY_ADMIN', districtIds: [] },
    { actor: SYSTEM_ACTOR, today: runtime.today() },
  );
  await runtime.waitFor(result.position);
  return configured ? {} : { generatedPassword: password };
}
