import Database from 'better-sqlite3';
import { LOGIN_LOCKOUT, type LoginAttempts, type LoginLockout } from '@tuijin/application';
import { openOwnerOnly } from './owner-only';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS login_attempts (
    username TEXT    NOT NULL,
    at       INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS login_attempts_by_username ON login_attempts (username, at);
  CREATE INDEX IF NOT EXISTS login_attempts_by_time ON login_attempts (at);
`;

/**
 * Login attempts in the platform's SQLite file, beside the log. A reservation is one
 * IMMEDIATE transaction, which holds the file's write lock from its first statement, so
 * concurrent logins (in this process or another on the same file) are counted one at a time.
 */
export class SqliteLoginAttempts implements LoginAttempts {
  private readonly db: Database.Database;
  private readonly reserveNow: (username: string, now: number) => { lockedUntil?: number };
  private readonly forget: Database.Statement;

  constructor(
    filename: string,
    private readonly lockout: LoginLockout = LOGIN_LOCKOUT,
  ) {
    this.db = openOwnerOnly(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
    const expire = this.db.prepare('DELETE FROM login_attempts WHERE at <= ?');
    const recent = this.db.prepare(
      'SELECT COUNT(*) AS count, MIN(at) AS oldest FROM login_attempts WHERE username = ?',
    );
    const insert = this.db.prepare('INSERT INTO login_attempts (username, at) VALUES (?, ?)');
    this.forget = this.db.prepare('DELETE FROM login_attempts WHERE username = ?');
    const reserve = this.db.transaction((username: string, now: number) => {
      expire.run(now - this.lockout.windowMs);
      const { count, oldest } = recent.get(username) as { count: number; oldest: number | null };
      if (count >= this.lockout.maxAttempts) return { lockedUntil: (oldest ?? now) + this.lockout.windowMs };
      insert.run(username, now);
      return {};
    });
    this.reserveNow = (username, now) => reserve.immediate(username, now);
  }

  async reserve(username: string, now: number): Promise<{ lockedUntil?: number }> {
    return this.reserveNow(username, now);
  }

  async clear(username: string): Promise<void> {
    this.forget.run(username);
  }

  close(): void {
    this.db.close();
  }
}
