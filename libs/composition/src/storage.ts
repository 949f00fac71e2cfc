import { join } from 'path';
import {
  RecordingClock,
  type CheckpointStore,
  type EventBus,
  type EventStore,
  type LoginAttempts,
  type ViewStore,
} from '@tuijin/application';
import { MemoryEventBus } from '@tuijin/bus-memory';
import { ownerOnlyDirectory, SqliteEventStore, SqliteLoginAttempts } from '@tuijin/event-store-sqlite';
import { COLLECTIONS, INDEXED_FIELDS } from '@tuijin/read-models';
import { MemoryViewStore } from '@tuijin/view-store-memory';
import { APPLIED_VERSIONS } from '@tuijin/application';
import type { DistributedConfig } from './distributed-config';

/** Where events and read models live, as `TUIJIN_STORE` chose. */
export interface Storage {
  store: EventStore;
  checkpoints: CheckpointStore;
  views: ViewStore;
  /** Failed logins, where every api instance counts them. */
  loginAttempts: LoginAttempts;
  /** The event store's clock: only the demo seed sets it to days past. */
  recording: RecordingClock;
  /** Answers when the storage can be used (for readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** `mongo`: the event store and the read models in one MongoDB database; `sqlite`: a log file and memory views. */
export async function openStorage(
  config: Pick<DistributedConfig, 'store' | 'mongo'>,
  dataDir = './data',
): Promise<Storage> {
  const recording = new RecordingClock();
  if (config.store === 'sqlite') {
    ownerOnlyDirectory(dataDir);
    const store = new SqliteEventStore(join(dataDir, 'events.sqlite'), { now: recording.now });
    const loginAttempts = new SqliteLoginAttempts(join(dataDir, 'events.sqlite'));
    return {
      store,
      checkpoints: store,
      views: new MemoryViewStore(INDEXED_FIELDS),
      loginAttempts,
      recording,
      ping: async () => undefined,
      close: async () => {
        await store.close();
        loginAttempts.close();
      },
    };
  }
  // the drivers load only when used: the embedded platform and the rebuild have no use for them
  const [{ connectMongo, MongoCheckpointStore, MongoEventStore, MongoLoginAttempts }, { MongoViewStore }] =
    await Promise.all([import('@tuijin/event-store-mongo'), import('@tuijin/view-store-mongo')]);
  const connection = await connectMongo(config.mongo.url, config.mongo.dbName);
  const store = await MongoEventStore.open(connection, { now: recording.now });
  const views = await MongoViewStore.open(connection, {
    collections: [...Object.values(COLLECTIONS), APPLIED_VERSIONS],
    indexedFields: INDEXED_FIELDS,
  });
  return {
    store,
    checkpoints: new MongoCheckpointStore(connection),
    views,
    loginAttempts: new MongoLoginAttempts(connection),
    recording,
    ping: async () => void (await connection.db!.command({ ping: 1 })),
    close: async () => {
      await store.close();
      await connection.close();
    },
  };
}

/** `kafka`: the topic is created up front if missing; `memory`: the in-process bus (one process only). */
export async function openBus(
  config: Pick<DistributedConfig, 'bus' | 'kafka'>,
  clientId: string,
  onLag?: (partition: number, lag: number) => void,
): Promise<EventBus> {
  if (config.bus === 'memory') return new MemoryEventBus();
  const { brokers, topic, partitions, replicationFactor, sessionTimeoutMs } = config.kafka;
  const { KafkaEventBus } = await import('@tuijin/bus-kafka');
  return KafkaEventBus.start({ brokers, topic, partitions, replicationFactor, sessionTimeoutMs, clientId, onLag });
}
