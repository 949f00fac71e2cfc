import type { SecuritySettings } from '@tuijin/graphql-api';
import { listFrom, oneOf, portFrom, required, timeZoneFrom, tokenTtlMinutesFrom, wholeNumberFrom } from './env';

export interface MongoSettings {
  url: string;
  dbName: string;
}

export interface KafkaSettings {
  brokers: string[];
  topic: string;
  partitions: number;
  replicationFactor: number;
  /** The consumer group the projectors share. */
  projectorGroup: string;
  /** A projector not heard from for this long loses its partitions to the rest of the group. */
  sessionTimeoutMs: number;
}

/** What every process of the distributed topology reads from its environment. */
export interface DistributedConfig {
  port: number;
  host: string;
  timeZone: string;
  store: 'sqlite' | 'mongo';
  bus: 'memory' | 'kafka';
  mongo: MongoSettings;
  kafka: KafkaSettings;
  /** Base URL of the project-service, for the gateway's api role. */
  projectServiceUrl: string;
  /** How long a mutation waits for the read models to include its change. */
  waitTimeoutMs: number;
  /** How often the relay looks for appends made by other processes. */
  relayPollMs: number;
}

const needsMongo = 'to the MongoDB connection string (e.g. mongodb://mongo:27017/?replicaSet=rs0)';

export function distributedConfigFromEnv(env: NodeJS.ProcessEnv, defaultPort: number): DistributedConfig {
  const store = oneOf('TUIJIN_STORE', env['TUIJIN_STORE'], ['mongo', 'sqlite'] as const);
  const bus = oneOf('TUIJIN_BUS', env['TUIJIN_BUS'], ['kafka', 'memory'] as const);
  return {
    port: portFrom('PORT', env['PORT'], defaultPort),
    host: env['HOST'] ?? '127.0.0.1',
    timeZone: timeZoneFrom(env['TUIJIN_TIMEZONE']),
    store,
    bus,
    mongo: {
      url: store === 'mongo' ? required('MONGO_URL', env['MONGO_URL'], needsMongo) : '',
      dbName: env['MONGO_DB'] ?? 'tuijin',
    },
    kafka: {
      brokers: bus === 'kafka' ? listFrom(required('KAFKA_BROKERS', env['KAFKA_BROKERS'], 'to host:port[,…]')) : [],
      topic: env['KAFKA_TOPIC'] ?? 'tuijin.events',
      partitions: wholeNumberFrom('KAFKA_PARTITIONS', env['KAFKA_PARTITIONS'], 6),
      replicationFactor: wholeNumberFrom('KAFKA_REPLICATION_FACTOR', env['KAFKA_REPLICATION_FACTOR'], 1),
      projectorGroup: env['TUIJIN_PROJECTOR_GROUP'] ?? 'tuijin-projector',
      sessionTimeoutMs: wholeNumberFrom('KAFKA_SESSION_TIMEOUT_MS', env['KAFKA_SESSION_TIMEOUT_MS'], 10_000),
    },
    projectServiceUrl: env['PROJECT_SERVICE_URL'] ?? 'http://127.0.0.1:3100',
    waitTimeoutMs: wholeNumberFrom('TUIJIN_WAIT_TIMEOUT_MS', env['TUIJIN_WAIT_TIMEOUT_MS'], 10_000),
    relayPollMs: wholeNumberFrom('TUIJIN_RELAY_POLL_MS', env['TUIJIN_RELAY_POLL_MS'], 500),
  };
}

/** Login-token settings: every api instance must sign with the same secret, so it is required here. */
export function securityFromEnv(env: NodeJS.ProcessEnv): SecuritySettings {
  const tokenSecret = required(
    'TUIJIN_TOKEN_SECRET',
    env['TUIJIN_TOKEN_SECRET'],
    '(at least 32 characters) and be the same for every api instance',
  );
  if (tokenSecret.length < 32) throw new Error('TUIJIN_TOKEN_SECRET must be at least 32 characters');
  return {
    tokenSecret,
    tokenTtlSeconds: tokenTtlMinutesFrom(env['TUIJIN_TOKEN_TTL_MINUTES']) * 60,
    corsOrigins: listFrom(env['TUIJIN_CORS_ORIGINS']),
  };
}
