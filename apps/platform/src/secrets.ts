import { randomBytes } from 'crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'fs';
import { ownerOnlyDirectory } from '@tuijin/event-store-sqlite';
import { join } from 'path';

/**
 * The key that signs login tokens: `TUIJIN_TOKEN_SECRET` if set, otherwise a random
 * key made on first start and kept in the data directory (readable by its owner
 * only). Replacing it ends every login at once.
 */
export function tokenSecret(dataDir: string, fromEnv: string | undefined): string {
  if (fromEnv !== undefined) {
    if (fromEnv.length < 32) throw new Error('TUIJIN_TOKEN_SECRET must be at least 32 characters');
    return fromEnv;
  }
  const file = join(dataDir, 'token-secret');
  ownerOnlyDirectory(dataDir);
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  chmodSync(file, 0o600);
  return readFileSync(file, 'utf8').trim();
}
