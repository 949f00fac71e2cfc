import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import { requestLogging } from '@tuijin/logging';
import { secureHttpApp } from './http-hardening';

/**
 * The front of every Tuijin HTTP app that serves the API, in order: one log line per
 * request (with its id), compression of what is sent (brotli or gzip, whichever the
 * client takes; the admin app's files come compressed from the build), then the
 * protections of `secureHttpApp` (images may also come from `imageOrigins`, a map's tile hosts).
 */
export function prepareHttpApp(app: NestExpressApplication, corsOrigins: string[], imageOrigins: string[] = []): void {
  app.use(requestLogging());
  app.use(compression({ threshold: 1024 }));
  secureHttpApp(app, corsOrigins, imageOrigins);
}
