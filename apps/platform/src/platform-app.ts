import 'reflect-metadata';
import { Controller, Get, Module, type INestApplication, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { GraphqlApiModule, mountGraphiql, type ApiRuntime } from '@tuijin/graphql-api';
import helmet from 'helmet';
import { mountAdminApp } from './admin-app';

/** GraphQL requests are small; anything larger is refused before it is parsed. */
const MAX_REQUEST_BYTES = '100kb';

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
};

@Controller()
class HealthController {
  @Get('health/live')
  live() {
    return { status: 'ok' };
  }

  @Get('health/ready')
  ready() {
    return { status: 'ok' };
  }
}

/** The HTTP application over a runtime: GraphQL at /graphql, GraphiQL at /graphiql, health checks. */
export async function createPlatformApp(
  runtime: ApiRuntime,
  logger: LoggerService | LogLevel[] | false = false,
): Promise<INestApplication> {
  @Module({ imports: [GraphqlApiModule.forRuntime(runtime)], controllers: [HealthController] })
  class PlatformModule {}

  const app = await NestFactory.create<NestExpressApplication>(PlatformModule, {
    logger,
    bodyParser: false,
    forceCloseConnections: true,
  });
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: MAX_REQUEST_BYTES });
  app.use(helmet({ contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY } }));
  app.enableCors({ origin: runtime.security.corsOrigins, credentials: false });
  mountGraphiql(app.getHttpAdapter().getInstance());
  mountAdminApp(app.getHttpAdapter().getInstance());
  app.enableShutdownHooks();
  return app;
}
