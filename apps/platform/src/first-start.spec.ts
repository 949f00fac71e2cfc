import { mkdtempSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EmbeddedRuntime } from './embedded-runtime';
import { ensureAdmin } from './first-start';
import { tokenSecret } from './secrets';
import { TEST_SECURITY } from './testing/test-platform';
import { AuthService } from '@tuijin/graphql-api';

const fresh = () => mkdtempSync(join(tmpdir(), 'tuijin-first-'));

describe('first start', () => {
  it('creates the city admin with a random password shown once, and never again', async () => {
    const runtime = new EmbeddedRuntime(fresh(), () => '2025-06-01', TEST_SECURITY);
    await runtime.start();
    const first = await ensureAdmin(runtime);
    expect(first.generatedPassword).toMatch(/^.{10,}$/);
    expect(await ensureAdmin(runtime)).toEqual({});
    const auth = new AuthService(runtime);
    await expect(auth.login('admin', first.generatedPassword!)).resolves.toMatchObject({
      user: { role: 'CITY_ADMIN' },
    });
    await runtime.close();
  });

  it('uses TUIJIN_ADMIN_PASSWORD when it is set, and prints nothing', async () => {
    const runtime = new EmbeddedRuntime(fresh(), () => '2025-06-01', TEST_SECURITY);
    await runtime.start();
    expect(await ensureAdmin(runtime, 'Chosen-pass-2025')).toEqual({});
    await expect(new AuthService(runtime).login('admin', 'Chosen-pass-2025')).resolves.toBeTruthy();
    await runtime.close();
  });

  it('keeps a generated token secret in the data directory, readable by its owner only', () => {
    const dir = fresh();
    const secret = tokenSecret(dir, undefined);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(tokenSecret(dir, undefined)).toBe(secret);
    expect(statSync(join(dir, 'token-secret')).mode & 0o777).toBe(0o600);
    expect(tokenSecret(dir, 'x'.repeat(40))).toBe('x'.repeat(40));
    expect(() => tokenSecret(dir, 'short')).toThrow(/at least 32/);
  });
});
