import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runLoginAttemptsContract } from '@tuijin/testing';
import { SqliteLoginAttempts } from './sqlite-login-attempts';

const opened: SqliteLoginAttempts[] = [];
const open = (file: string, lockout: ConstructorParameters<typeof SqliteLoginAttempts>[1]) => {
  const attempts = new SqliteLoginAttempts(file, lockout);
  opened.push(attempts);
  return attempts;
};
afterAll(() => opened.forEach((attempts) => attempts.close()));

runLoginAttemptsContract('SQLite', async (lockout) => {
  const file = join(mkdtempSync(join(tmpdir(), 'tuijin-logins-')), 'events.sqlite');
  return { attempts: open(file, lockout), openAnother: async () => open(file, lockout) };
});
