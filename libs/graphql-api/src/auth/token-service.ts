import { createSecretKey, randomUUID, type KeyObject } from 'crypto';
import jwt from 'jsonwebtoken';

export interface TokenClaims {
  userId: string;
  sessionId: string;
  /** Milliseconds since the epoch: finer than the JWT's seconds, so a password change cuts cleanly. */
  issuedAt: number;
  /** Seconds since the epoch. */
  expiresAt: number;
}

/** Signs and checks the bearer tokens (HS256 JWTs) that stand for a login session. */
export class TokenService {
  /** Made once: given a plain string, the JWT library would build a key object on every request. */
  private readonly key: KeyObject;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    if (secret.length < 32) throw new Error('The token secret must be at least 32 characters');
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  issue(userId: string, sessionId: string = randomUUID()): { token: string; claims: TokenClaims } {
    const token = jwt.sign({ sid: sessionId, ims: Date.now() }, this.key, {
      algorithm: 'HS256',
      subject: userId,
      expiresIn: this.ttlSeconds,
      issuer: 'tuijin',
    });
    const payload = jwt.decode(token) as jwt.JwtPayload;
    return { token, claims: { userId, sessionId, issuedAt: payload['ims'], expiresAt: payload.exp as number } };
  }

  /** Tokens whose signature was checked: a signature stays good, so only the expiry is checked again. */
  private readonly verified = new Map<string, TokenClaims>();

  /** The claims of a good token, or undefined for a forged, expired or malformed one. */
  verify(token: string): TokenClaims | undefined {
    const known = this.verified.get(token);
    if (known) return known.expiresAt * 1000 > Date.now() ? known : undefined;
    const claims = this.checkSignature(token);
    if (claims) {
      if (this.verified.size >= 10_000) this.verified.clear();
      this.verified.set(token, claims);
    }
    return claims;
  }

  private checkSignature(token: string): TokenClaims | undefined {
    try {
      const payload = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: 'tuijin' }) as jwt.JwtPayload;
      if (typeof payload.sub !== 'string' || typeof payload['sid'] !== 'string' || typeof payload['ims'] !== 'number') {
        return undefined;
      }
      return {
        userId: payload.sub,
        sessionId: payload['sid'],
        issuedAt: payload['ims'],
        expiresAt: payload.exp as number,
      };
    } catch {
      return undefined;
    }
  }
}
