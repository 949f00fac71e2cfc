import type { Connection } from 'mongoose';
import { EventVersions } from '@tuijin/application';
import { integrationServer, runEventStoreContract, runLoginAttemptsContract, uniqueName } from '@tuijin/testing';
import { connectMongo } from './mongo-connection';
import { MongoCheckpointStore } from './mongo-checkpoint-store';
import { MongoEventStore, type CommitDoc } from './mongo-event-store';
import { MongoLoginAttempts } from './mongo-login-attempts';

const connections: Connection[] = [];
const connect = async (dbName: string) => {
  const connection = await connectMongo(integrationServer('MONGO_URL'), dbName);
  connections.push(connection);
  return connection;
};
afterAll(async () => {
  for (const connection of connections) await connection.close();
});

runEventStoreContract('MongoDB', async (versions) => {
  const dbName = uniqueName('events');
  return {
    store: await MongoEventStore.open(await connect(dbName), { versions }),
    openAnother: async (other) => MongoEventStore.open(await connect(dbName), { versions: other }),
  };
});

runLoginAttemptsContract('MongoDB', async (lockout) => {
  const dbName = uniqueName('logins');
  return {
    attempts: new MongoLoginAttempts(await connect(dbName), lockout),
    openAnother: async () => new MongoLoginAttempts(await connect(dbName), lockout),
  };
});

const actor = { userId: 'u', role: 'DISTRICT_ADMIN' };
const event = (n: number) => ({ type: 'Counted', occurredOn: '2025-01-01', data: { n } });

describe('MongoDB event store', () => {
  it('keeps every event and checkpoint for a store reopened over the same database', async () => {
    const dbName = uniqueName('events');
    const first = await MongoEventStore.open(await connect(dbName));
    await first.append({ streamId: 's', expectedVersion: 0, events: [event(1)], actor });
    await new MongoCheckpointStore(await connect(dbName)).save('relay', 1);
    const reopened = await MongoEventStore.open(await connect(dbName));
    expect(await reopened.readStream('s')).toHaveLength(1);
    expect(await new MongoCheckpointStore(await connect(dbName)).load('relay')).toBe(1);
    await reopened.append({ streamId: 's', expectedVersion: 1, events: [event(2)], actor });
    expect(await reopened.lastPosition()).toBe(2);
  });

  it('finishes, when opened, a batch whose writer died half-way, writing no part of it twice', async () => {
    const dbName = uniqueName('events');
    const connection = await connect(dbName);
    const store = await MongoEventStore.open(connection);
    // the writer dies once the batch's first part is written
    let alive = true;
    store.onAppended(() => {
      if (!alive) return;
      alive = false;
      throw new Error('killed');
    });
    await expect(
      store.appendAll([
        { streamId: 'a', expectedVersion: 0, events: [event(1)], actor },
        { streamId: 'b', expectedVersion: 0, events: [event(2), event(3)], actor },
      ]),
    ).rejects.toThrow('killed');
    expect((await store.readAll(0, 10)).map((e) => e.streamId)).toEqual(['a']);
    const reopened = await MongoEventStore.open(await connect(dbName));
    expect((await reopened.readAll(0, 10)).map((e) => [e.streamId, e.version])).toEqual([
      ['a', 1],
      ['b', 1],
      ['b', 2],
    ]);
    expect(await connection.db!.collection('commits.batches').countDocuments()).toBe(0);
  });

  it('refuses a stale writer whose expected version falls inside an earlier commit', async () => {
    const store = await MongoEventStore.open(await connect(uniqueName('events')));
    await store.append({ streamId: 's', expectedVersion: 0, events: [event(1), event(2), event(3)], actor });
    await expect(store.append({ streamId: 's', expectedVersion: 1, events: [event(4)], actor })).rejects.toMatchObject({
      actualVersion: 3,
    });
    expect((await store.readStream('s')).map((e) => e.version)).toEqual([1, 2, 3]);
  });

  it('reads the events of a commit stored before events recorded their schema version as version 1', async () => {
    const connection = await connect(uniqueName('events'));
    const versions = new EventVersions({ Counted: [(data: { n: number }) => ({ count: data.n })] });
    const store = await MongoEventStore.open(connection, { versions });
    const commits = connection.db!.collection<CommitDoc>('commits');
    await commits.insertOne({
      _id: 1,
      lastPosition: 2,
      streamId: 's',
      version: 1,
      lastVersion: 2,
      recordedAt: '2025-01-01T08:00:00.000Z',
      actor,
      events: [event(1), event(2)],
    });
    await store.append({ streamId: 's', expectedVersion: 2, events: [{ ...event(0), data: { count: 3 } }], actor });
    expect((await store.readStream('s')).map((e) => [e.schemaVersion, e.data])).toEqual([
      [2, { count: 1 }],
      [2, { count: 2 }],
      [2, { count: 3 }],
    ]);
    const [, latest] = await commits.find().sort({ _id: 1 }).toArray();
    expect(latest.events).toEqual([
      { type: 'Counted', schemaVersion: 2, occurredOn: '2025-01-01', data: { count: 3 } },
    ]);
  });
});
