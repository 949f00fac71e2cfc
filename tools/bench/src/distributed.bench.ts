import {
  CommandDispatcher,
  commandMessage,
  Relay,
  type Commands,
  type EventBus,
  type StoredEvent,
} from '@tuijin/application';
import { FETCH_SIZES, KafkaEventBus } from '@tuijin/bus-kafka';
import { LaneProjectors, StreamWaiter } from '@tuijin/composition';
import {
  commitSchema,
  connectMongo,
  MongoCheckpointStore,
  MongoEventStore,
  type CommitDoc,
} from '@tuijin/event-store-mongo';
import { COLLECTIONS, INDEXED_FIELDS } from '@tuijin/read-models';
import { MongoViewStore } from '@tuijin/view-store-mongo';
import { APPLIED_VERSIONS } from '@tuijin/application';
import { Kafka, logLevel } from 'kafkajs';
import type { Connection } from 'mongoose';
import { benchServers } from './bench-servers';
import { atMost, compare, rate, ratioAtLeast, round, type Comparison } from './measure';

const APPENDS = 5_000;
const STREAMS = 500;
const INSERT_BATCH = 1_000;
const LAG_SAMPLES = 300;
/** Lag samples and raw round trips take turns this many at a time. */
const LAG_ROUND = 30;
/** Whole-topic reads by the raw consumer and by the projector, taking turns. */
const READS = 3;
const PROJECTS = 1_000;
const REPORTS_PER_PROJECT = 12;
const ctx = { actor: { userId: 'bench', role: 'SYSTEM' }, today: '2025-12-31' };
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}`;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

const WARM_UP = 1_000;
const ROUND = 100;

/**
 * The MongoDB event store's appends against the raw driver's inserts of the same commit
 * documents. Both first run a while on collections of their own, so that neither is
 * measured while the server (and this process) still compiles its code paths; then the
 * appends and the raw inserts one at a time take turns in rounds, so that both run
 * under the same load of a shared machine.
 */
async function appends(connection: Connection): Promise<Comparison[]> {
  const data = (i: number) => ({
    month: '2025-06',
    investment: i % 1000,
    progressPercent: 40,
    submittedOn: '2025-07-03',
  });
  const append = (store: MongoEventStore, i: number) =>
    store.append({
      streamId: `project-${i % STREAMS}`,
      expectedVersion: Math.floor(i / STREAMS),
      events: [{ type: 'MonthlyReportSubmitted', occurredOn: '2025-07-03', data: data(i) }],
      actor: ctx.actor,
    });
  const rawCollection = async (name: string) => {
    await connection.model(name, commitSchema, name).createIndexes();
    return connection.db!.collection<CommitDoc>(name);
  };
  const docs: CommitDoc[] = Array.from({ length: APPENDS }, (_, i) => ({
    _id: i + 1,
    lastPosition: i + 1,
    streamId: `project-${i % STREAMS}`,
    version: Math.floor(i / STREAMS) + 1,
    lastVersion: Math.floor(i / STREAMS) + 1,
    recordedAt: new Date().toISOString(),
    actor: ctx.actor,
    events: [{ type: 'MonthlyReportSubmitted', occurredOn: '2025-07-03', data: data(i) }],
  }));

  const warmStore = await MongoEventStore.open(connection, { collection: 'bench_warm_commits' });
  await rate(WARM_UP, (i) => append(warmStore, i));
  const warmRaw = await rawCollection('bench_warm_raw_commits');
  await rate(WARM_UP, (i) => warmRaw.insertOne({ ...docs[i] }));

  const store = await MongoEventStore.open(connection, { collection: 'bench_commits' });
  const rawCommits = await rawCollection('bench_raw_commits');
  let storeMillis = 0;
  let rawMillis = 0;
  for (let from = 0; from < APPENDS; from += ROUND) {
    const round = Array.from({ length: Math.min(ROUND, APPENDS - from) }, (_, i) => from + i);
    storeMillis += (round.length / (await rate(round.length, (i) => append(store, round[i])))) * 1000;
    rawMillis += (round.length / (await rate(round.length, (i) => rawCommits.insertOne(docs[round[i]])))) * 1000;
  }
  const storeRate = (APPENDS / storeMillis) * 1000;
  const oneByOne = (APPENDS / rawMillis) * 1000;
  const manyCommits = await rawCollection('bench_raw_many_commits');
  const started = performance.now();
  for (let i = 0; i < docs.length; i += INSERT_BATCH) await manyCommits.insertMany(docs.slice(i, i + INSERT_BATCH));
  const rawRate = (docs.length / (performance.now() - started)) * 1000;
  const row = {
    name: 'MongoDB event store appends (1 event per commit)',
    unit: 'events/s',
    value: round(storeRate),
    notes: `${APPENDS} appends over ${STREAMS} streams, one at a time (the stream head is read only when this process did not write it last, nor is it a new stream), after ${WARM_UP} of each to warm up; same server, same indexes`,
  };
  return [
    compare({ ...row, baselineName: `raw driver insertMany, ${INSERT_BATCH} per call`, baseline: round(rawRate) }),
    compare({
      ...row,
      baselineName: `raw driver insertOne, one at a time, taking turns with the appends ${ROUND} at a time`,
      baseline: round(oneByOne),
      target: ratioAtLeast(storeRate / oneByOne, 0.8),
    }),
  ];
}

async function registerProjects(commands: Commands, count: number): Promise<string[]> {
  const district = await commands.handle(
    commandMessage('CreateDistrict', { code: unique('BENCH'), name: '基准县' }, ctx),
  );
  const unit = await commands.handle(
    commandMessage('CreateUnit', { districtId: district.id, code: 'FGW', name: '发改委', kind: 'DEPARTMENT' }, ctx),
  );
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const project = await commands.handle(
      commandMessage(
        'RegisterProject',
        {
          districtId: district.id,
          code: `B-${n}`,
          name: `基准项目${n}`,
          category: 'INDUSTRIAL',
          leadUnitId: unit.id,
          totalInvestment: 10_000,
          stage: 'UNDER_CONSTRUCTION',
          occurredOn: '2025-01-10',
        },
        ctx,
      ),
    );
    ids.push(project.id);
  }
  return ids;
}

const report = (projectId: string, month: number, amount: number) => ({
  projectId,
  month: `2025-${String(month).padStart(2, '0')}`,
  investment: amount,
  progressPercent: 50,
  submittedOn: `2025-${String(Math.min(month + 1, 12)).padStart(2, '0')}-03`,
});

/**
 * A raw produce → consume round trip on the same broker, the floor of any Kafka pipeline:
 * `next()` times one more.
 */
async function rawRoundTrips(brokers: string[]): Promise<{ next(): Promise<number>; close(): Promise<void> }> {
  const kafka = new Kafka({ clientId: 'bench-raw', brokers, logLevel: logLevel.NOTHING });
  const topic = unique('bench.raw-rtt');
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: unique('bench-raw'), maxWaitTimeInMs: 100 });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topic, fromBeginning: true });
  const waiting = new Map<string, () => void>();
  await consumer.run({ eachMessage: async ({ message }) => waiting.get(String(message.key))?.() });
  let sent = 0;
  const next = async () => {
    const key = String(sent++);
    const started = performance.now();
    const received = new Promise<void>((resolve) => waiting.set(key, resolve));
    await producer.send({ topic, acks: -1, messages: [{ key, value: JSON.stringify({ key }) }] });
    await received;
    return performance.now() - started;
  };
  return { next, close: () => Promise.all([producer.disconnect(), consumer.disconnect()]).then(() => undefined) };
}

/** Counts a consumer's batches: from the arrival of its first to the end of handling its last. */
interface Meter {
  /** A batch arrived, before it is handled. */
  arrived(): void;
  /** A batch of that many events was handled. */
  handled(events: number): void;
}

/**
 * Reads a whole topic with a new consumer group; returns events per second from the
 * arrival of the first batch to the end of handling the last, however many batches are
 * handled at once (joining the group is not counted).
 */
async function consumeRate(total: number, subscribe: (meter: Meter) => Promise<() => Promise<void>>): Promise<number> {
  let first = 0;
  let seen = 0;
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const stop = await subscribe({
    arrived: () => {
      if (first === 0) first = performance.now();
    },
    handled: (events) => {
      seen += events;
      if (seen >= total) done();
    },
  });
  await finished;
  const millis = performance.now() - first;
  await stop();
  return (seen / millis) * 1000;
}

/** The bus as it is, but telling `meter` when each batch arrives, before its handler runs. */
const metered = (bus: EventBus, meter: Meter): EventBus => ({
  publish: (events) => bus.publish(events),
  subscribe: (group, handler, onAssigned) =>
    bus.subscribe(
      group,
      (events, lane) => {
        meter.arrived();
        return handler(events, lane);
      },
      onAssigned,
    ),
  close: () => bus.close(),
});

/**
 * The distributed pipeline on the real servers: MongoDB event store appends, command →
 * readable lag through relay, Kafka and projector, and projector throughput.
 */
export async function distributedBenchmark(): Promise<Comparison[]> {
  const servers = benchServers();
  const connection = await connectMongo(servers.mongoUrl, unique('bench'));
  try {
    const rows = await appends(connection);

    const store = await MongoEventStore.open(connection);
    const views = await MongoViewStore.open(connection, {
      collections: [...Object.values(COLLECTIONS), APPLIED_VERSIONS],
      indexedFields: INDEXED_FIELDS,
    });
    const topic = unique('bench.events');
    const bus = await KafkaEventBus.start({
      brokers: servers.kafkaBrokers,
      topic,
      partitions: 6,
      logLevel: logLevel.NOTHING,
    });
    const relay = new Relay(store, bus, new MongoCheckpointStore(connection));
    await relay.start();
    const projection = await new LaneProjectors(views).subscribe(bus, unique('bench-projector'));
    const commands = new CommandDispatcher(store);
    const waiter = new StreamWaiter(store, views, 30_000);

    const projects = await registerProjects(commands, 20);
    const raw = await rawRoundTrips(servers.kafkaBrokers);
    const lagOf = async (i: number) => {
      const started = performance.now();
      const { position } = await commands.handle(
        commandMessage(
          'SubmitMonthlyReport',
          report(projects[i % projects.length], (Math.floor(i / projects.length) % 12) + 1, i),
          ctx,
        ),
      );
      await waiter.waitFor(position);
      return performance.now() - started;
    };
    // the first ones include the consumer groups' start
    for (let i = 0; i < 10; i++) await Promise.all([lagOf(i), raw.next()]);
    const lags: number[] = [];
    const rawLags: number[] = [];
    for (let i = 0; i < 2 * LAG_SAMPLES; i++) {
      if (Math.floor(i / LAG_ROUND) % 2 === 0) lags.push(await lagOf(10 + lags.length));
      else rawLags.push(await raw.next());
    }
    await raw.close();
    await projection.close();
    for (const [label, q] of [
      ['median', 0.5],
      ['p99', 0.99],
    ] as const) {
      const lag = round(quantile(lags, q), 1);
      rows.push(
        compare({
          name: `Command → readable lag, ${label} (MongoDB + Kafka)`,
          unit: 'ms',
          value: lag,
          baselineName: 'raw kafkajs produce → consume round trip',
          baseline: round(quantile(rawLags, q), 1),
          target: label === 'p99' ? atMost(lag, 40, 'ms') : undefined,
          notes: `${lags.length} monthly reports one after another, each waited for as the gateway does, taking turns ${LAG_ROUND} at a time with as many raw round trips; lower is better (ratio = Tuijin / baseline)`,
        }),
      );
    }

    // a bigger topic for the throughput comparison
    for (const id of await registerProjects(commands, PROJECTS)) {
      for (let month = 1; month <= REPORTS_PER_PROJECT; month++)
        await commands.handle(commandMessage('SubmitMonthlyReport', report(id, month, month), ctx));
    }
    await relay.wake();
    const total = await store.lastPosition();
    const kafka = new Kafka({ clientId: 'bench-raw', brokers: servers.kafkaBrokers, logLevel: logLevel.NOTHING });
    const rawRead = () =>
      consumeRate(total, async (meter) => {
        // fetching as much at a time as the projector's consumer does
        const consumer = kafka.consumer({ groupId: unique('bench-raw-read'), maxWaitTimeInMs: 100, ...FETCH_SIZES });
        await consumer.connect();
        await consumer.subscribe({ topic, fromBeginning: true });
        await consumer.run({
          eachBatch: async ({ batch }) => {
            meter.arrived();
            meter.handled(batch.messages.map((m) => JSON.parse(String(m.value)) as StoredEvent).length);
          },
        });
        return () => consumer.disconnect();
      });
    const projectorRead = async (read: number) => {
      const freshViews = await MongoViewStore.open(connection, {
        prefix: `rm${read + 2}.`,
        collections: [...Object.values(COLLECTIONS), APPLIED_VERSIONS],
        indexedFields: INDEXED_FIELDS,
      });
      return consumeRate(total, async (meter) => {
        const lanes = new LaneProjectors(freshViews, meter.handled);
        const subscription = await lanes.subscribe(metered(bus, meter), unique('bench-projector-read'));
        return () => subscription.close();
      });
    };
    const rawRates: number[] = [];
    const projectorRates: number[] = [];
    for (let read = 0; read < READS; read++) {
      rawRates.push(await rawRead());
      projectorRates.push(await projectorRead(read));
    }
    rows.push(
      compare({
        name: 'Projector throughput (Kafka → MongoDB read models)',
        unit: 'events/s',
        value: round(quantile(projectorRates, 0.5)),
        baselineName: 'raw kafkajs consumer reading the same topic, fetching as much at a time',
        baseline: round(quantile(rawRates, 0.5)),
        target: ratioAtLeast(quantile(projectorRates, 0.5) / quantile(rawRates, 0.5), 0.3),
        notes: `${total} events, 6 partitions read by one consumer into empty read models, timed from the arrival of the first batch to the end of the last; the median of ${READS} reads each, taking turns`,
      }),
    );
    await relay.stop();
    await bus.close();
    return rows;
  } finally {
    // a long-lived server (MONGO_URL) would otherwise keep every run's data in its memory
    await connection.dropDatabase();
    await connection.close();
    servers.stop();
  }
}
