import Database from 'better-sqlite3';
import { chmodSync, closeSync, mkdirSync, openSync } from 'fs';

/** A directory only its owner may enter: the platform's data (password hashes among it) lives there. */
export function ownerOnlyDirectory(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * Opens a SQLite file that only its owner may read or write. The file is made (or set)
 * 0600 before SQLite opens it: SQLite gives its -wal and -shm files the database file's mode.
 * An in-memory database (`:memory:`, or `''` for a temporary one) has no file to protect.
 */
export function openOwnerOnly(filename: string): Database.Database {
  if (filename !== ':memory:' && filename !== '') {
    closeSync(openSync(filename, 'a', 0o600));
    chmodSync(filename, 0o600);
  }
  return new Database(filename);
}
