import type { LoginAttempts, LoginLockout } from '@tuijin/application';

export interface LoginAttemptsFixture {
  attempts: LoginAttempts;
  /** Another instance over the same data, as a second api instance would open it. */
  openAnother(): Promise<LoginAttempts>;
}

const LOCKOUT: LoginLockout = { maxAttempts: 3, windowMs: 60_000 };
const T0 = Date.parse('2025-06-01T08:00:00Z');

/** The behaviour every login-attempts adapter must show; run it from each adapter's spec. */
export function runLoginAttemptsContract(
  name: string,
  open: (lockout: LoginLockout) => Promise<LoginAttemptsFixture>,
): void {
  describe(`${name} login attempts contract`, () => {
    let fixture: LoginAttemptsFixture;
    let attempts: LoginAttempts;
    beforeEach(async () => {
      fixture = await open(LOCKOUT);
      attempts = fixture.attempts;
    });

    it('reserves the allowed attempts, then locks the username until its oldest attempt leaves the window', async () => {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await attempts.reserve('wang', T0 + i * 1000));
      expect(answers).toEqual([{}, {}, {}, { lockedUntil: T0 + LOCKOUT.windowMs }]);
      expect(await attempts.reserve('li', T0 + 5000)).toEqual({});
      expect(await attempts.reserve('wang', T0 + LOCKOUT.windowMs - 1)).toEqual({ lockedUntil: T0 + LOCKOUT.windowMs });
      expect(await attempts.reserve('wang', T0 + LOCKOUT.windowMs)).toEqual({});
      expect(await attempts.reserve('wang', T0 + LOCKOUT.windowMs + 1)).toEqual({
        lockedUntil: T0 + 1000 + LOCKOUT.windowMs,
      });
    });

    it('forgets a username’s attempts when it signs in', async () => {
      for (let i = 0; i < 3; i++) await attempts.reserve('wang', T0 + i);
      await attempts.clear('wang');
      expect(await attempts.reserve('wang', T0 + 10)).toEqual({});
    });

    it('reserves no more than the allowed attempts when many arrive at once, on two instances', async () => {
      const other = await fixture.openAnother();
      const all = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? attempts : other).reserve('zhao', T0 + i)),
      );
      expect(all.filter((answer) => answer.lockedUntil === undefined)).toHaveLength(LOCKOUT.maxAttempts);
      expect(all.filter((answer) => answer.lockedUntil !== undefined)).toHaveLength(40 - LOCKOUT.maxAttempts);
      expect(await other.reserve('zhao', T0 + 100)).toMatchObject({ lockedUntil: expect.any(Number) });
    });
  });
}
