import 'reflect-metadata';
import { Controller, Get, Module, type INestApplication, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { GraphqlApiModule, mapRouter, mountGraphiql, openDataRouter, type ApiRuntime } from '@tuijin/graphql-api';
import { mountAdminApp, prepareHttpApp, tileOrigins } from '@tuijin/composition';

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

/** The HTTP application over a runtime: GraphQL at /graphql, GraphiQL at /graphiql, open-data downloads, map uploads, health checks. */
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
  prepareHttpApp(app, runtime.security.corsOrigins, tileOrigins(runtime.publishing.mapTiles));
  app.use(openDataRouter(runtime));
  app.use(mapRouter(runtime));
  mountGraphiql(app.getHttpAdapter().getInstance());
  mountAdminApp(app.getHttpAdapter().getInstance());
  return app;
}
