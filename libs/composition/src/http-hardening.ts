import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** GraphQL requests are small; anything larger is refused before it is parsed. */
export const MAX_REQUEST_BYTES = '100kb';

/** Scripts only from this server; Ant Design sets inline styles, so styles may be inline. */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  // districts often serve the app over plain HTTP on their own network; helmet's default would break it
  upgradeInsecureRequests: null,
};

/** What a client is told of a body the JSON parser could not read, by the parser's error type. */
const UNREADABLE_BODIES = new Map([
  ['entity.parse.failed', 'The request body is not valid JSON'],
  ['entity.too.large', `The request body is larger than ${MAX_REQUEST_BYTES}`],
]);

/**
 * A body that cannot be read is answered in GraphQL's shape, with the parser's status and a
 * fixed message: the parser's own message would repeat part of the request.
 */
function answerUnreadableBody(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown };
  if (typeof type !== 'string' || typeof status !== 'number' || status < 400 || status > 499) return next(error);
  const message = UNREADABLE_BODIES.get(type) ?? 'The request body could not be read';
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

/**
 * The protections every HTTP entry point of Tuijin has: body size limit, security headers, CORS.
 * `imageOrigins` are the origins of a configured map tile layer: images may come from them too.
 */
export function secureHttpApp(app: NestExpressApplication, corsOrigins: string[], imageOrigins: string[] = []): void {
  app.disable('x-powered-by');
  // answers to GraphQL POSTs are never revalidated: hashing each one for an ETag is wasted work
  app.set('etag', false);
  app.useBodyParser('json', { limit: MAX_REQUEST_BYTES });
  app.use(answerUnreadableBody);
  const directives = { ...CONTENT_SECURITY_POLICY, imgSrc: [...CONTENT_SECURITY_POLICY.imgSrc, ...imageOrigins] };
  app.use(helmet({ contentSecurityPolicy: { directives } }));
  app.enableCors({ origin: corsOrigins, credentials: false });
}
