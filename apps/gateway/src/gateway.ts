import 'reflect-metadata';
import type { AddressInfo } from 'net';
import type { Server } from 'http';
import { Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import {
  mountAdminApp,
  openStorage,
  opsRouter,
  prepareHttpApp,
  publishingFrom,
  tileOrigins,
  ServiceMetrics,
  type DistributedConfig,
  type Storage,
} from '@tuijin/composition';
import {
  GraphqlApiModule,
  mapRouter,
  mountGraphiql,
  openDataRouter,
  type PublishingSettings,
  type SecuritySettings,
} from '@tuijin/graphql-api';
import { frameworkLogger, requestLogging } from '@tuijin/logging';
import { DistributedApiRuntime } from './distributed-api-runtime';
import { ProjectorRole } from './projector-role';

export type GatewayRole = 'api' | 'projector';

/**
 * The gateway: with the `api` role it serves GraphQL (and GraphiQL) over the read
 * models; with the `projector` role it consumes the event topic into them. Both
 * roles answer /health/live, /health/ready and /metrics.
 */
export class Gateway {
  private constructor(
    readonly storage: Storage,
    readonly metrics: ServiceMetrics,
    private readonly server: Server,
    private readonly nest?: INestApplication,
    readonly projector?: ProjectorRole,
  ) {}

  static async start(
    config: DistributedConfig,
    roles: GatewayRole[],
    security?: SecuritySettings,
    publishing: PublishingSettings = publishingFrom({}),
  ): Promise<Gateway> {
    const metrics = new ServiceMetrics(`gateway-${roles.join('+')}`);
    const storage = await openStorage(config);
    const projector = roles.includes('projector') ? await ProjectorRole.start(config, storage, metrics) : undefined;
    const ready = async () => {
      await storage.ping();
      return undefined;
    };
    if (!roles.includes('api')) {
      const app = express();
      app.disable('x-powered-by');
      app.use(requestLogging());
      app.use(opsRouter(metrics, ready));
      const server = await new Promise<Server>((resolve, reject) => {
        const listening = app.listen(config.port, config.host, (error) => (error ? reject(error) : resolve(listening)));
      });
      return new Gateway(storage, metrics, server, undefined, projector);
    }
    if (!security) throw new Error('the api role needs the login-token settings');
    const runtime = new DistributedApiRuntime(storage, config, security, metrics, publishing);
    @Module({ imports: [GraphqlApiModule.forRuntime(runtime)] })
    class GatewayApiModule {}
    const nest = await NestFactory.create<NestExpressApplication>(GatewayApiModule, {
      logger: frameworkLogger,
      bodyParser: false,
      forceCloseConnections: true,
    });
    prepareHttpApp(nest, security.corsOrigins, tileOrigins(publishing.mapTiles));
    nest.use(opsRouter(metrics, ready));
    nest.use(openDataRouter(runtime));
    nest.use(mapRouter(runtime));
    mountGraphiql(nest.getHttpAdapter().getInstance());
    mountAdminApp(nest.getHttpAdapter().getInstance());
    await nest.listen(config.port, config.host);
    return new Gateway(storage, metrics, nest.getHttpServer() as Server, nest, projector);
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await this.projector?.stop();
    if (this.nest) await this.nest.close();
    else await new Promise((resolve) => this.server.close(resolve));
    await this.storage.close();
  }
}
