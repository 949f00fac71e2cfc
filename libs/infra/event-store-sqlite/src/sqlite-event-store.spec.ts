import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import Database from 'better-sqlite3';
import { ConcurrencyError, EventVersions } from '@tuijin/application';
import { runEventStoreContract } from '@tuijin/testing';
import { SqliteEventStore } from './sqlite-event-store';

runEventStoreContract('SQLite', async (versions) => {
  const file = newFile();
  return {
    store: new SqliteEventStore(file, { versions }),
    openAnother: async (other) => new SqliteEventStore(file, { versions: other }),
  };
});

const newFile = () => join(mkdtempSync(join(tmpdir(), 'tuijin-events-')), 'events.sqlite');
const actor = { userId: 'u', role: 'DISTRICT_ADMIN' };
const event = (type: string) => ({ type, occurredOn: '2025-01-01', data: { type } });

/** Two appends in one turn of the event loop, and that turn's end: the store now groups appends. */
async function pileUp(store: SqliteEventStore) {
  await Promise.all([
    store.append({ streamId: 'x', expectedVersion: 0, events: [event('x1')], actor }),
    store.append({ streamId: 'y', expectedVersion: 0, events: [event('y1')], actor }),
  ]);
  await new Promise(setImmediate);
}

describe('SQLite event store', () => {
  it("commits a lone writer's appends at once, and those of a busy turn together, each on its own", async () => {
    const store = new SqliteEventStore(newFile());
    const told: string[][] = [];
    store.onAppended((events) => told.push(events.map((e) => e.type)));
    await store.append({ streamId: 'taken', expectedVersion: 0, events: [event('first')], actor });
    await pileUp(store);
    expect(told).toEqual([['first'], ['x1'], ['y1']]);

    const twoEvents = {
      streamId: 'b',
      expectedVersion: 0,
      events: [event('b1'), event('b2')],
      actor,
      idempotency: { scope: 'u', key: 'k', digest: 'd', answer: { id: 'b' } },
    };
    const [plain, conflict, pair, retry] = await Promise.allSettled([
      store.append({ streamId: 'a', expectedVersion: 0, events: [event('a1')], actor }),
      store.append({ streamId: 'taken', expectedVersion: 0, events: [event('late')], actor }),
      store.append(twoEvents),
      store.append(twoEvents),
    ]);

    expect(plain).toMatchObject({ status: 'fulfilled', value: { position: 4, duplicate: false } });
    expect(conflict).toMatchObject({ status: 'rejected', reason: expect.any(ConcurrencyError) });
    expect(pair).toMatchObject({ status: 'fulfilled', value: { version: 2, position: 6, duplicate: false } });
    expect(retry).toMatchObject({ status: 'fulfilled', value: { version: 2, position: 6, duplicate: true } });
    expect(told.at(-1)).toEqual(['a1', 'b1', 'b2']);
    expect((await store.readAll(0, 10)).map((e) => e.type)).toEqual(['first', 'x1', 'y1', 'a1', 'b1', 'b2']);
    await store.close();
  });

  it('stores what was still waiting for its turn when closed', async () => {
    const file = newFile();
    const store = new SqliteEventStore(file);
    await pileUp(store);
    const appended = store.append({ streamId: 's', expectedVersion: 0, events: [event('last')], actor });
    await store.close();
    await expect(appended).resolves.toMatchObject({ version: 1 });
    const reopened = new SqliteEventStore(file);
    expect((await reopened.readStream('s')).map((e) => e.type)).toEqual(['last']);
    await reopened.close();
  });

  it('keeps every event and checkpoint across a reopen of the file', async () => {
    const file = newFile();
    const first = new SqliteEventStore(file);
    await first.append({
      streamId: 's',
      expectedVersion: 0,
      events: [{ type: 'A', occurredOn: '2025-01-01', data: {} }],
      actor,
    });
    await first.save('relay', 1);
    await first.close();
    const reopened = new SqliteEventStore(file);
    expect(await reopened.readStream('s')).toHaveLength(1);
    expect(await reopened.load('relay')).toBe(1);
    await reopened.append({
      streamId: 's',
      expectedVersion: 1,
      events: [{ type: 'B', occurredOn: '2025-01-02', data: {} }],
      actor,
    });
    expect(await reopened.lastPosition()).toBe(2);
    await reopened.close();
  });

  it('opens a log written before events recorded their schema version, and reads its events as version 1', async () => {
    const file = newFile();
    const old = new Database(file);
    old.exec(`CREATE TABLE events (
      position INTEGER PRIMARY KEY, stream_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL,
      occurred_on TEXT NOT NULL, recorded_at TEXT NOT NULL, actor TEXT NOT NULL, data TEXT NOT NULL,
      UNIQUE (stream_id, version))`);
    old
      .prepare(
        'INSERT INTO events (stream_id, version, type, occurred_on, recorded_at, actor, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        's',
        1,
        'InvestmentNoted',
        '2025-01-01',
        '2025-01-01T08:00:00.000Z',
        JSON.stringify(actor),
        '{"investment":7}',
      );
    old.close();

    const versions = new EventVersions({
      InvestmentNoted: [(data: { investment: number }) => ({ amount: data.investment })],
    });
    const store = new SqliteEventStore(file, { versions });
    await store.append({
      streamId: 's',
      expectedVersion: 1,
      events: [{ type: 'InvestmentNoted', occurredOn: '2025-01-02', data: { amount: 8 } }],
      actor,
    });
    expect((await store.readAll(0, 10)).map((e) => [e.schemaVersion, e.data])).toEqual([
      [2, { amount: 7 }],
      [2, { amount: 8 }],
    ]);
    await store.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT schema_version FROM events ORDER BY position').pluck().all()).toEqual([1, 2]);
    raw.close();
  });
});
