import type { NestExpressApplication } from '@nestjs/platform-express';
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

/**
 * The protections every HTTP entry point of Tuijin has: body size limit, security headers, CORS.
 * `imageOrigins` are the origins of a configured map tile layer: images may come from them too.
 */
export function secureHttpApp(app: NestExpressApplication, corsOrigins: string[], imageOrigins: string[] = []): void {
  app.disable('x-powered-by');
  // answers to GraphQL POSTs are never revalidated: hashing each one for an ETag is wasted work
  app.set('etag', false);
  app.useBodyParser('json', { limit: MAX_REQUEST_BYTES });
  const directives = { ...CONTENT_SECURITY_POLICY, imgSrc: [...CONTENT_SECURITY_POLICY.imgSrc, ...imageOrigins] };
  app.use(helmet({ contentSecurityPolicy: { directives } }));
  app.enableCors({ origin: corsOrigins, credentials: false });
}
