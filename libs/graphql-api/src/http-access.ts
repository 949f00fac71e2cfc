import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { Logger } from '@nestjs/common';
import { DomainError } from '@tuijin/domain-kernel';
import type { FieldPolicy } from './auth/access-policy';
import { checkAccess } from './auth/access-check';
import { AuthService } from './auth/auth.service';
import type { AuthUser } from './auth/auth-user';
import type { ApiRuntime } from './runtime';

const logger = new Logger('HTTP');

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

/**
 * Routes outside GraphQL (downloads, uploads) sign the caller in from the same bearer
 * token and decide access with the same check as every GraphQL field.
 */
export class HttpAccess {
  private readonly auth: AuthService;

  constructor(private readonly runtime: ApiRuntime) {
    this.auth = new AuthService(runtime);
  }

  /** The caller, once the policy lets them reach what `args` name; throws otherwise. */
  async authorize(req: Request, route: string, policy: FieldPolicy, args: Record<string, unknown>): Promise<AuthUser> {
    let user: AuthUser | undefined;
    let authError: Error | undefined;
    try {
      user = await this.auth.authenticate(req.headers.authorization);
    } catch (error) {
      authError = error as Error;
    }
    await checkAccess(route, policy, user, authError, args, this.runtime);
    return user as AuthUser;
  }
}

/** A refusal or fault as JSON with a stable code, as the GraphQL API words it; never a stack trace. */
export function sendError(res: Response, error: unknown): void {
  let code = 'INTERNAL_SERVER_ERROR';
  let message = 'Internal error: the request could not be completed';
  let field: string | undefined;
  if (error instanceof DomainError) ({ code, message, field } = error);
  else if (error instanceof GraphQLError) {
    code = String(error.extensions['code'] ?? code);
    message = error.message;
  } else if ((error as { type?: string })?.type === 'entity.too.large') {
    code = 'PAYLOAD_TOO_LARGE';
    message = 'The file is too large';
  } else logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(STATUS[code] ?? 500).json({ error: { code, message, ...(field ? { field } : {}) } });
}
