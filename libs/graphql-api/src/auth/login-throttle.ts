/**
 * Slows down password guessing: after `maxFailures` failed logins for one username
 * within `windowMs`, that username is locked until the window has passed since the
 * last failure. It applies alike to names that exist and names that do not, so it
 * tells an attacker nothing.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 15 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** When the username may try again, or undefined if it may now. */
  lockedUntil(username: string): Date | undefined {
    const recent = this.recent(username);
    if (recent.length < this.maxFailures) return undefined;
    return new Date(recent[recent.length - 1] + this.windowMs);
  }

  recordFailure(username: string): void {
    this.failures.set(username, [...this.recent(username), this.now()]);
  }

  recordSuccess(username: string): void {
    this.failures.delete(username);
  }

  private recent(username: string): number[] {
    const horizon = this.now() - this.windowMs;
    const recent = (this.failures.get(username) ?? []).filter((at) => at > horizon);
    if (recent.length === 0) this.failures.delete(username);
    return recent;
  }
}
