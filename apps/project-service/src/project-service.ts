import type { Server } from 'http';
import type { AddressInfo } from 'net';
import express from 'express';
import { CommandDispatcher, Relay, type EventBus } from '@tuijin/application';
import {
  commandRouter,
  openBus,
  openStorage,
  opsRouter,
  ServiceMetrics,
  type DistributedConfig,
  type Storage,
} from '@tuijin/composition';
import { log, requestLogging } from '@tuijin/logging';

export const RELAY_CHECKPOINT = 'relay';

/**
 * Commands, the event store and the relay: the only writer of the event log.
 * Commands arrive from the gateway on the internal endpoint; the relay publishes
 * every append to Kafka in log order from its checkpoint (the store is the outbox,
 * so nothing is published that was not stored, and nothing stored is skipped).
 */
export class ProjectService {
  readonly metrics = new ServiceMetrics('project-service');
  private server?: Server;
  private poll?: NodeJS.Timeout;
  private relayStarted = false;

  private constructor(
    readonly config: DistributedConfig,
    readonly storage: Storage,
    readonly bus: EventBus,
    readonly commands: CommandDispatcher,
  ) {
    this.relay = this.newRelay();
  }

  /** The relay now running; a restarted relay is a new one that resumes from the checkpoint. */
  relay: Relay;

  static async start(config: DistributedConfig, dataDir?: string): Promise<ProjectService> {
    const storage = await openStorage(config, dataDir);
    const bus = await openBus(config, 'project-service');
    const service = new ProjectService(config, storage, bus, new CommandDispatcher(storage.store));
    await service.listen();
    await service.startRelay();
    return service;
  }

  get url(): string {
    const { port } = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  private async listen(): Promise<void> {
    const { metrics, storage } = this;
    let last = await storage.store.lastPosition();
    storage.store.onAppended((events) => {
      const position = events[events.length - 1].position;
      metrics.eventsAppended.inc(Math.max(0, position - last));
      last = Math.max(last, position);
    });
    metrics.relayLag(async () => (await storage.store.lastPosition()) - this.relay.publishedPosition);
    const app = express();
    app.disable('x-powered-by');
    app.use(requestLogging());
    app.use(
      opsRouter(metrics, async () => {
        await storage.ping();
        return this.relayStarted ? undefined : 'the relay has not started';
      }),
    );
    app.use(
      commandRouter(this.commands, (command, outcome, seconds) =>
        metrics.commandDuration.observe({ command, outcome }, seconds),
      ),
    );
    await new Promise<void>((resolve, reject) => {
      this.server = app.listen(this.config.port, this.config.host, (error) => (error ? reject(error) : resolve()));
    });
  }

  /** Starts the relay from its checkpoint; it also looks for appends made by other processes. */
  async startRelay(): Promise<void> {
    if (this.relayStarted) return;
    this.relay = this.newRelay();
    await this.relay.start();
    this.relayStarted = true;
    this.poll = setInterval(() => void this.relay.wake().catch(logRelayError), this.config.relayPollMs);
  }

  /** Stops the relay only (it resumes from its checkpoint on `startRelay`), as a restart would. */
  async stopRelay(): Promise<void> {
    clearInterval(this.poll);
    await this.relay.stop();
    this.relayStarted = false;
  }

  private newRelay(): Relay {
    return new Relay(this.storage.store, this.bus, this.storage.checkpoints, RELAY_CHECKPOINT);
  }

  async stop(): Promise<void> {
    await this.stopRelay();
    await new Promise((resolve) => this.server?.close(resolve));
    await this.bus.close();
    await this.storage.close();
  }
}

const logRelayError = (error: unknown) =>
  log().error({ err: error }, 'relay: looking for new appends failed; will retry');
