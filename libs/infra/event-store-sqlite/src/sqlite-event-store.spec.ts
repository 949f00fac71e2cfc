import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ConcurrencyError } from '@tuijin/application';
import { runEventStoreContract } from '@tuijin/testing';
import { SqliteEventStore } from './sqlite-event-store';

runEventStoreContract('SQLite', async () => {
  const file = newFile();
  return { store: new SqliteEventStore(file), openAnother: async () => new SqliteEventStore(file) };
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
});
