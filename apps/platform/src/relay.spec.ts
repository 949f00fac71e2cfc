import { Relay, type EventBus, type StoredEvent } from '@tuijin/application';
import { SqliteEventStore } from '@tuijin/event-store-sqlite';
import { configureLogging } from '@tuijin/logging';
import { eventually } from '@tuijin/testing';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const actor = { userId: 'u', role: 'DISTRICT_ADMIN' };
const append = (store: SqliteEventStore, streamId: string, expectedVersion: number) =>
  store.append({
    streamId,
    expectedVersion,
    events: [{ type: 'Something', occurredOn: '2025-01-01', data: {} }],
    actor,
  });

/** A bus that is down for its first `failures` publishes. */
function flakyBus(failures: number): EventBus & { published: StoredEvent[] } {
  let left = failures;
  const published: StoredEvent[] = [];
  return {
    published,
    async publish(events) {
      if (left-- > 0) throw new Error('broker unavailable');
      published.push(...events);
    },
    subscribe: async () => ({ close: async () => undefined }),
    close: async () => undefined,
  };
}

describe('the relay from the event log to the bus', () => {
  it('publishes in log order from its checkpoint, so a restarted relay neither skips nor floods', async () => {
    const store = new SqliteEventStore(':memory:');
    await append(store, 'a', 0);
    await append(store, 'b', 0);
    const bus = flakyBus(0);
    const first = new Relay(store, bus, store, 'relay', 1);
    await first.start();
    expect(bus.published.map((e) => e.position)).toEqual([1, 2]);
    await first.stop();
    await append(store, 'a', 1);
    const restarted = new Relay(store, bus, store, 'relay', 1);
    await restarted.start();
    expect(bus.published.map((e) => e.position)).toEqual([1, 2, 3]);
    await restarted.stop();
  });

  it('starts after what its subscribers already hold, however far behind its own checkpoint is', async () => {
    const store = new SqliteEventStore(':memory:');
    for (const stream of ['a', 'b', 'c']) await append(store, stream, 0);
    const bus = flakyBus(0);
    // a log copied in without the relay's checkpoint, its read models already built from it
    const relay = new Relay(store, bus, store, 'relay', 1);
    await relay.start(2);
    expect(bus.published.map((e) => e.position)).toEqual([3]);
    await append(store, 'a', 1);
    await eventually(() => bus.published.length === 2);
    await relay.stop();
    expect(bus.published.map((e) => e.position)).toEqual([3, 4]);
    expect(await store.load('relay')).toBe(4);
  });

  it('keeps the process up when the bus is down and catches up once it is back', async () => {
    const store = new SqliteEventStore(':memory:');
    const bus = flakyBus(2);
    const relay = new Relay(store, bus, store, 'relay', 100, 20);
    await relay.start();
    const logged: string[] = [];
    configureLogging({
      service: 'platform',
      env: { TUIJIN_LOG_LEVEL: 'error' },
      destination: { write: (line: string) => void logged.push(line) },
    });
    await append(store, 'a', 0);
    await append(store, 'a', 1);
    await eventually(() => bus.published.length === 2);
    expect(bus.published.map((e) => e.version)).toEqual([1, 2]);
    expect(logged.map((line) => JSON.parse(line))).toContainEqual(
      expect.objectContaining({
        level: 'error',
        relay: 'relay',
        msg: expect.stringMatching(/publishing failed, retrying/),
        err: expect.objectContaining({ message: 'broker unavailable' }),
      }),
    );
    await relay.stop();
  });

  it('publishes what each append stored as it is told, without reading it back, and saves its checkpoint soon after', async () => {
    const store = new SqliteEventStore(':memory:');
    await append(store, 'a', 0);
    const bus = flakyBus(0);
    const relay = new Relay(store, bus, store, 'relay', 100, 1000, 20);
    await relay.start();
    const reads = jest.spyOn(store, 'readAll');
    for (let version = 1; version <= 5; version++) await append(store, 'a', version);
    await eventually(() => bus.published.length === 6);
    expect(reads).not.toHaveBeenCalled();
    expect(bus.published.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(bus.published.slice(1)).toEqual(await store.readAll(1, 10));
    await eventually(async () => (await store.load('relay')) === 6, 2000);
    await relay.stop();
  });

  it('publishes in log order what another writer appended in between, read from the log', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tuijin-relay-')), 'events.sqlite');
    const ours = new SqliteEventStore(file);
    const theirs = new SqliteEventStore(file);
    const bus = flakyBus(0);
    const relay = new Relay(ours, bus, ours);
    await relay.start();
    await append(ours, 'a', 0);
    await append(theirs, 'b', 0);
    await append(theirs, 'b', 1);
    await append(ours, 'a', 1);
    await eventually(() => bus.published.length === 4);
    expect(bus.published.map((e) => `${e.streamId}${e.version}`)).toEqual(['a1', 'b1', 'b2', 'a2']);
    expect(bus.published.map((e) => e.position)).toEqual([1, 2, 3, 4]);
    await append(theirs, 'b', 2);
    await relay.wake(); // as a poll does: nothing in this process told it about that one
    expect(bus.published.map((e) => `${e.streamId}${e.version}`)).toEqual(['a1', 'b1', 'b2', 'a2', 'b3']);
    await relay.stop();
    await theirs.close();
    await ours.close();
  });
});
