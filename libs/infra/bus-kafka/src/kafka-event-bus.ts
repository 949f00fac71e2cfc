import {
  EVENT_VERSIONS,
  type EventBatchHandler,
  type EventBus,
  type EventVersions,
  type LaneAssignmentHandler,
  type StoredEvent,
  type Subscription,
} from '@tuijin/application';
import {
  CompressionTypes,
  Kafka,
  logLevel,
  Partitioners,
  type Admin,
  type Consumer,
  type ICustomPartitioner,
  type logCreator,
  type Producer,
  type RetryOptions,
} from 'kafkajs';
import { log } from '@tuijin/logging';

export interface KafkaBusOptions {
  brokers: string[];
  /** The topic that carries the event log. */
  topic: string;
  /** Created up front with this many partitions: the most projector instances that can share the work. */
  partitions?: number;
  replicationFactor?: number;
  clientId?: string;
  /** Backoff for every request to the brokers (exponential, with jitter). */
  retry?: RetryOptions;
  /** A consumer not heard from for this long loses its partitions to the rest of its group. */
  sessionTimeoutMs?: number;
  /** How long a fetch waits for new events: the bound on an idle consumer's delivery delay. */
  maxWaitMs?: number;
  /**
   * How many partitions' batches a consumer hands its handler at once (each partition's
   * batches still one after another, in order): `partitions` unless set, so a consumer that
   * owns several partitions waits on its database for all of them at the same time.
   */
  concurrentPartitions?: number;
  /** kafkajs's own log level (rebalances are logged as errors by kafkajs; tests silence them). */
  logLevel?: logLevel;
  /** Called with each partition's remaining lag after a batch was handled (for metrics). */
  onLag?: (partition: number, lag: number) => void;
  /** The event types' versions and upcasters: the platform's own unless a test brings its own. */
  versions?: EventVersions;
}

/** kafkajs's own messages, as lines of the service's log. */
const intoServiceLog: logCreator =
  () =>
  ({ namespace, level, log: { message, ...details } }) => {
    const fields = { kafka: { namespace, ...details } };
    if (level <= logLevel.ERROR) log().error(fields, message);
    else if (level === logLevel.WARN) log().warn(fields, message);
    else if (level === logLevel.INFO) log().info(fields, message);
    else log().debug(fields, message);
  };

const DEFAULT_RETRY: RetryOptions = { initialRetryTime: 200, maxRetryTime: 10_000, retries: 10 };
/**
 * How much one fetch may bring, per partition and in all: eight times kafkajs's defaults. A
 * projector catching up commits once per partition's batch, so larger batches mean fewer
 * commits, and a document changed by many of a batch's events is written once. Steady
 * traffic brings small batches whatever the limit.
 */
export const FETCH_SIZES = { maxBytesPerPartition: 8 * 1024 * 1024, maxBytes: 80 * 1024 * 1024 } as const;
/** Messages per produce request, well below the broker's default 1 MB batch limit. */
const SEND_CHUNK = 500;

/**
 * Streams named `<kind>-<id>` that share an id share a partition, so views that
 * join them (a district and its rule book) see their events in log order. Within a
 * stream, order holds because all its events have the same key.
 */
export const partitionKeyOf = (streamId: string): string => streamId.slice(streamId.indexOf('-') + 1);

/** Kafka's default (murmur2) partitioner, applied to the partition key rather than the message key. */
const byPartitionKey: ICustomPartitioner = () => {
  const murmur2 = Partitioners.DefaultPartitioner();
  return ({ topic, partitionMetadata, message }) =>
    murmur2({ topic, partitionMetadata, message: { ...message, key: partitionKeyOf(String(message.key)) } });
};

export const encodeEvent = (event: StoredEvent) => ({
  key: event.streamId,
  value: JSON.stringify(event),
  headers: { type: event.type, position: String(event.position) },
});

/**
 * A message as today's code reads it. The topic keeps the log for good, so it holds
 * events in the shapes of every version that published them (those from before versions
 * were recorded carry none, and are version 1): each is upcast like a read from the store.
 */
export const decodeEvent = (value: Buffer | null, versions: EventVersions = EVENT_VERSIONS): StoredEvent =>
  versions.upcast(JSON.parse(String(value)) as StoredEvent);

/**
 * The event bus on Apache Kafka. The relay publishes with an idempotent producer,
 * keyed by stream id; consumers in a group split the partitions, and a partition's
 * offset is committed only once the handler has finished with its batch, so a
 * consumer that dies mid-batch leaves that batch to be delivered again.
 */
export class KafkaEventBus implements EventBus {
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly consumers = new Set<Consumer>();
  private producerReady?: Promise<void>;

  private constructor(private readonly options: KafkaBusOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId ?? 'tuijin',
      brokers: options.brokers,
      retry: options.retry ?? DEFAULT_RETRY,
      logLevel: options.logLevel ?? logLevel.ERROR,
      logCreator: intoServiceLog,
    });
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: byPartitionKey,
      allowAutoTopicCreation: false,
    });
  }

  /** Connects and creates the topic if it does not exist (with the configured partitions and replication). */
  static async start(options: KafkaBusOptions): Promise<KafkaEventBus> {
    const bus = new KafkaEventBus(options);
    await bus.ensureTopic();
    return bus;
  }

  get topic(): string {
    return this.options.topic;
  }

  async publish(events: StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    this.producerReady ??= this.producer.connect();
    await this.producerReady;
    for (let i = 0; i < events.length; i += SEND_CHUNK) {
      await this.producer.send({
        topic: this.options.topic,
        acks: -1,
        compression: CompressionTypes.None,
        messages: events.slice(i, i + SEND_CHUNK).map(encodeEvent),
      });
    }
  }

  async subscribe(
    group: string,
    handler: EventBatchHandler,
    onAssigned?: LaneAssignmentHandler,
  ): Promise<Subscription> {
    const sessionTimeout = this.options.sessionTimeoutMs ?? 10_000;
    const consumer = this.kafka.consumer({
      groupId: group,
      allowAutoTopicCreation: false,
      sessionTimeout,
      heartbeatInterval: Math.max(500, Math.floor(sessionTimeout / 5)),
      maxWaitTimeInMs: this.options.maxWaitMs ?? 100,
      ...FETCH_SIZES,
    });
    this.consumers.add(consumer);
    // emitted after each join, before the consumer fetches anything for its new partitions
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) =>
      onAssigned?.(
        Object.entries(payload.memberAssignment).flatMap(([topic, partitions]) =>
          partitions.map((partition) => `${topic}/${partition}`),
        ),
      ),
    );
    await consumer.connect();
    await consumer.subscribe({ topic: this.options.topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.concurrentPartitions ?? this.options.partitions ?? 6,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        if (batch.messages.length === 0 || !isRunning() || isStale()) return;
        // a consumer frozen past its session learns here that it left the group, and rejoins
        await heartbeat();
        await handler(
          batch.messages.map((message) => decodeEvent(message.value, this.options.versions)),
          `${batch.topic}/${batch.partition}`,
        );
        const next = (BigInt(batch.lastOffset()) + 1n).toString();
        await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: next }]);
        resolveOffset(batch.lastOffset());
        this.options.onLag?.(batch.partition, Number(batch.offsetLag()));
        await heartbeat();
      },
    });
    return {
      close: async () => {
        this.consumers.delete(consumer);
        await consumer.disconnect();
      },
    };
  }

  /** Committed offsets and end offsets of every partition, for consumer-lag metrics. */
  async lag(group: string): Promise<{ partition: number; lag: number }[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const [ends, [committed]] = await Promise.all([
        admin.fetchTopicOffsets(this.options.topic),
        admin.fetchOffsets({ groupId: group, topics: [this.options.topic] }),
      ]);
      return ends.map(({ partition, high, low }) => {
        const done = committed?.partitions.find((p) => p.partition === partition)?.offset ?? '-1';
        const from = Number(done) < 0 ? Number(low) : Number(done);
        return { partition, lag: Math.max(0, Number(high) - from) };
      });
    } finally {
      await admin.disconnect();
    }
  }

  async close(): Promise<void> {
    for (const consumer of this.consumers) await consumer.disconnect();
    this.consumers.clear();
    if (this.producerReady) await this.producer.disconnect();
  }

  private async ensureTopic(): Promise<void> {
    const admin: Admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = await admin.listTopics();
      if (!existing.includes(this.options.topic)) {
        await admin.createTopics({
          waitForLeaders: true,
          topics: [
            {
              topic: this.options.topic,
              numPartitions: this.options.partitions ?? 6,
              replicationFactor: this.options.replicationFactor ?? 1,
              // the topic is a copy of the event log, kept as long as the log
              configEntries: [{ name: 'retention.ms', value: '-1' }],
            },
          ],
        });
      }
    } finally {
      await admin.disconnect();
    }
  }
}
