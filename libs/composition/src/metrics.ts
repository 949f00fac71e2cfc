import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The Prometheus metrics of a Tuijin service (`/metrics`). Each service registers
 * what it has: the project-service appends and relays, a projector consumes, an
 * api instance answers; the process metrics come with every one.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly eventsAppended = new Counter({
    name: 'tuijin_events_appended_total',
    help: 'Events appended to the event store by this process',
    registers: [this.registry],
  });
  readonly commandDuration = new Histogram({
    name: 'tuijin_command_duration_seconds',
    help: 'Time to decide and append a command, by command and outcome (ok, rejected, failed)',
    labelNames: ['command', 'outcome'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly consumerLag = new Gauge({
    name: 'tuijin_consumer_lag_events',
    help: 'Events in a partition not yet applied to the read models by this consumer group',
    labelNames: ['partition'],
    registers: [this.registry],
  });
  readonly eventsProjected = new Counter({
    name: 'tuijin_events_projected_total',
    help: 'Events delivered to this projector (events already applied are skipped)',
    registers: [this.registry],
  });
  readonly readYourWriteWait = new Histogram({
    name: 'tuijin_read_your_write_wait_seconds',
    help: 'How long a mutation waited for the read models to include its own change',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }

  /** Relay lag: events in the log not yet published to the bus, measured when scraped. */
  relayLag(measure: () => Promise<number>): void {
    new Gauge({
      name: 'tuijin_relay_lag_events',
      help: 'Events appended to the log but not yet published to the bus',
      registers: [this.registry],
      async collect() {
        this.set(await measure());
      },
    });
  }
}
