import { DUMMY_PASSWORD_HASH, userIdFor, verifyPassword } from '@tuijin/application';
import type { UserView } from '@tuijin/read-models';
import type { ApiRuntime } from '../runtime';
import { rateLimited, unauthenticated } from './auth-errors';
import type { AuthUser } from './auth-user';
import { TokenService } from './token-service';

export interface SignedIn {
  token: string;
  expiresAt: string;
  user: UserView;
}

const WRONG_CREDENTIALS = 'Wrong username or password';

/** Logins, bearer tokens, refresh and logout. */
export class AuthService {
  private readonly tokens: TokenService;

  constructor(private readonly runtime: ApiRuntime) {
    this.tokens = new TokenService(runtime.security.tokenSecret, runtime.security.tokenTtlSeconds);
  }

  /**
   * Each attempt is counted before the password is checked, so guesses sent at once are
   * checked no more often than guesses sent one by one. The count applies alike to names
   * that exist and names that do not, so it tells an attacker nothing.
   */
  async login(username: string, password: string): Promise<SignedIn> {
    const name = String(username).trim().toLowerCase();
    const { lockedUntil } = await this.runtime.loginAttempts.reserve(name, Date.now());
    if (lockedUntil !== undefined) throw rateLimited(new Date(lockedUntil));
    const credentials = await this.runtime.queries.credentials(userIdFor(name));
    const matches = await verifyPassword(String(password), credentials?.passwordHash ?? DUMMY_PASSWORD_HASH);
    if (!credentials || !credentials.active || !matches) throw unauthenticated(WRONG_CREDENTIALS);
    await this.runtime.loginAttempts.clear(name);
    return this.openSession(credentials.id);
  }

  /** The user a bearer token stands for; undefined without a token, UNAUTHENTICATED for a bad one. */
  async authenticate(authorization: string | undefined): Promise<AuthUser | undefined> {
    if (!authorization) return undefined;
    const [scheme, token] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token)
      throw unauthenticated('The Authorization header must be "Bearer <token>"');
    const claims = this.tokens.verify(token);
    if (!claims) throw unauthenticated('Your login has expired or is not valid; please sign in again');
    const [credentials, user] = await Promise.all([
      this.runtime.queries.credentials(claims.userId),
      this.runtime.queries.user(claims.userId),
    ]);
    const ended = credentials?.endedSessions.some((s) => s.sessionId === claims.sessionId);
    if (!credentials || !user || !credentials.active || ended || claims.issuedAt < Date.parse(credentials.validAfter)) {
      throw unauthenticated('Your login has ended; please sign in again');
    }
    return {
      userId: user.id,
      username: user.username,
      role: user.role,
      districtIds: user.districtIds,
      unitId: user.unitId,
      sessionId: claims.sessionId,
    };
  }

  /** A fresh token for the same session, so an active user is not logged out mid-work. */
  async refresh(user: AuthUser): Promise<SignedIn> {
    const { token, claims } = this.tokens.issue(user.userId, user.sessionId);
    return { token, expiresAt: new Date(claims.expiresAt * 1000).toISOString(), user: await this.profile(user.userId) };
  }

  async logout(user: AuthUser): Promise<void> {
    const actor = { userId: user.userId, role: user.role };
    const result = await this.runtime.commands.handle({
      type: 'RecordLogout',
      data: { userId: user.userId, sessionId: user.sessionId },
      metadata: { actor, today: this.runtime.today() },
    });
    await this.runtime.waitFor(result.position);
  }

  private async openSession(userId: string): Promise<SignedIn> {
    const profile = await this.profile(userId);
    const { token, claims } = this.tokens.issue(userId);
    const expiresAt = new Date(claims.expiresAt * 1000).toISOString();
    const actor = { userId, role: profile.role };
    const result = await this.runtime.commands.handle({
      type: 'RecordLogin',
      data: { userId, sessionId: claims.sessionId, expiresAt },
      metadata: { actor, today: this.runtime.today() },
    });
    await this.runtime.waitFor(result.position);
    return { token, expiresAt, user: profile };
  }

  private async profile(userId: string): Promise<UserView> {
    const user = await this.runtime.queries.user(userId);
    if (!user) throw unauthenticated(WRONG_CREDENTIALS);
    return user;
  }
}
