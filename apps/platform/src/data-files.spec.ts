import { chmodSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { tokenSecret } from './secrets';
import { TestPlatform } from './testing/test-platform';

const mode = (path: string) => statSync(path).mode & 0o777;

/** A data directory made the way an operator might, readable by everyone. */
function openDirectory(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'tuijin-modes-')), 'data');
  mkdirSync(dir, { mode: 0o755 });
  chmodSync(dir, 0o755);
  return dir;
}

describe('the data directory holds password hashes and the token key: only its owner may read it', () => {
  it('makes the directory 0700 and the log with its -wal and -shm files 0600', async () => {
    const dir = openDirectory();
    const api = await TestPlatform.start(dir);
    try {
      await api.ok(`mutation { createDistrict(input: { code: "M1", name: "某区" }) { id } }`);
      expect(mode(dir)).toBe(0o700);
      for (const file of ['events.sqlite', 'events.sqlite-wal', 'events.sqlite-shm']) {
        expect([file, mode(join(dir, file)).toString(8)]).toEqual([file, '600']);
      }
    } finally {
      await api.stop();
    }
  });

  it('makes the token key 0600, also when it was left readable', () => {
    const dir = openDirectory();
    const secret = tokenSecret(dir, undefined);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(mode(join(dir, 'token-secret'))).toBe(0o600);
    expect(mode(dir)).toBe(0o700);
    writeFileSync(join(dir, 'token-secret'), secret, { mode: 0o644 });
    chmodSync(join(dir, 'token-secret'), 0o644);
    expect(tokenSecret(dir, undefined)).toBe(secret);
    expect(mode(join(dir, 'token-secret'))).toBe(0o600);
  });
});
