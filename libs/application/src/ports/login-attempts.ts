/** How many logins a username may try within a window before it is locked until the oldest try leaves the window. */
export interface LoginLockout {
  maxAttempts: number;
  windowMs: number;
}

/** Five tries within 15 minutes, then 15 minutes' wait. */
export const LOGIN_LOCKOUT: LoginLockout = { maxAttempts: 5, windowMs: 15 * 60 * 1000 };

/**
 * The failed logins of every username, shared by every api instance. An attempt is
 * reserved before its password is checked, atomically, so that however many guesses
 * arrive at once, at most `maxAttempts` are checked within the window. Implementations
 * must pass `runLoginAttemptsContract` from `@tuijin/testing`.
 */
export interface LoginAttempts {
  /** Reserves an attempt at `now` (ms), or answers when the username may try again. */
  reserve(username: string, now: number): Promise<{ lockedUntil?: number }>;
  /** A correct password: the username's attempts are forgotten. */
  clear(username: string): Promise<void>;
}
