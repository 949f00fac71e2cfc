import {
  ConcurrencyError,
  EventVersions,
  type Actor,
  type EventStore,
  type NewEvent,
  type StoredEvent,
} from '@tuijin/application';

export interface EventStoreFixture {
  store: EventStore;
  /** A second store over the same data, as another process would open it (a later build: with other versions). */
  openAnother(versions?: EventVersions): Promise<EventStore>;
}

/**
 * A made-up event in three shapes, as a type would evolve over three releases: version 1
 * stored `investment`, version 2 renamed it `amount`, version 3 added its unit.
 */
const renamed = (data: { investment: number }) => ({ amount: data.investment });
const withUnit = (data: { amount: number }) => ({ ...data, unit: '万元' });
const RELEASES = {
  first: new EventVersions({ InvestmentNoted: [] }),
  second: new EventVersions({ InvestmentNoted: [renamed] }),
  third: new EventVersions({ InvestmentNoted: [renamed, withUnit] }),
};
const noted = (data: object): NewEvent => ({ type: 'InvestmentNoted', occurredOn: '2025-03-01', data });

const actor: Actor = { userId: 'u-1', role: 'UNIT_REPORTER' };
const event = (n: number, occurredOn = '2025-03-01'): NewEvent => ({
  type: 'Something',
  occurredOn,
  data: { n, text: '铜梁区 <b>' },
});

/** The behaviour every event-store adapter must show; run it from each adapter's spec. */
export function runEventStoreContract(
  name: string,
  open: (versions?: EventVersions) => Promise<EventStoreFixture>,
): void {
  describe(`${name} event store contract`, () => {
    let fixture: EventStoreFixture;
    let store: EventStore;
    beforeEach(async () => {
      fixture = await open();
      store = fixture.store;
    });
    afterEach(() => store.close());

    it('reads back a stream in version order with both times, the actor and the data', async () => {
      const before = Date.now();
      await store.append({ streamId: 's-1', expectedVersion: 0, events: [event(1), event(2, '2025-04-02')], actor });
      const events = await store.readStream('s-1');
      expect(events.map((e) => [e.version, e.type, e.occurredOn, e.data])).toEqual([
        [1, 'Something', '2025-03-01', { n: 1, text: '铜梁区 <b>' }],
        [2, 'Something', '2025-04-02', { n: 2, text: '铜梁区 <b>' }],
      ]);
      expect(events[0].actor).toEqual(actor);
      expect(events[0].schemaVersion).toBe(1);
      expect(Date.parse(events[0].recordedAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(events[0].recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
    });

    it('reads a stream from after a given version', async () => {
      await store.append({ streamId: 's', expectedVersion: 0, events: [event(1), event(2), event(3)], actor });
      expect((await store.readStream('s', 1)).map((e) => e.version)).toEqual([2, 3]);
      expect(await store.readStream('s', 3)).toEqual([]);
    });

    it('reads several streams at once, in log order, and nothing of the others', async () => {
      await store.append({ streamId: 'a', expectedVersion: 0, events: [event(1)], actor });
      await store.append({ streamId: 'b', expectedVersion: 0, events: [event(2), event(3)], actor });
      await store.append({ streamId: 'c', expectedVersion: 0, events: [event(4)], actor });
      await store.append({ streamId: 'a', expectedVersion: 1, events: [event(5)], actor });
      const read = await store.readStreams(['a', 'b', 'nothing']);
      expect(read.map((e) => [e.streamId, e.version, (e.data as { n: number }).n])).toEqual([
        ['a', 1, 1],
        ['b', 1, 2],
        ['b', 2, 3],
        ['a', 2, 5],
      ]);
      expect(await store.readStreams([])).toEqual([]);
      await store.append({
        streamId: 'b',
        expectedVersion: 2,
        events: [{ ...event(6), type: 'Other' }, event(7)],
        actor,
      });
      const only = await store.readStreams(['a', 'b'], ['Other']);
      expect(only.map((e) => [e.streamId, e.version, e.type])).toEqual([['b', 3, 'Other']]);
    });

    it('gives every event a global position that grows across streams', async () => {
      const a = await store.append({ streamId: 'a', expectedVersion: 0, events: [event(1)], actor });
      const b = await store.append({ streamId: 'b', expectedVersion: 0, events: [event(2), event(3)], actor });
      const c = await store.append({ streamId: 'a', expectedVersion: 1, events: [event(4)], actor });
      expect(a.position).toBeLessThan(b.position);
      expect(b.position).toBeLessThan(c.position);
      expect(await store.lastPosition()).toBe(c.position);
      const all = await store.readAll(0, 100);
      expect(all.map((e) => (e.data as { n: number }).n)).toEqual([1, 2, 3, 4]);
      expect(all.map((e) => e.streamId)).toEqual(['a', 'b', 'b', 'a']);
      const page = await store.readAll(all[1].position, 2);
      expect(page.map((e) => (e.data as { n: number }).n)).toEqual([3, 4]);
    });

    it('starts empty: an unknown stream has no events and the log has position 0', async () => {
      expect(await store.readStream('nothing')).toEqual([]);
      expect(await store.lastPosition()).toBe(0);
      expect(await store.readAll(0, 10)).toEqual([]);
    });

    it('rejects an append whose expected version is stale, and appends nothing', async () => {
      await store.append({ streamId: 's', expectedVersion: 0, events: [event(1)], actor });
      await expect(
        store.append({ streamId: 's', expectedVersion: 0, events: [event(2)], actor }),
      ).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(
        store.append({ streamId: 's', expectedVersion: 5, events: [event(2)], actor }),
      ).rejects.toMatchObject({
        actualVersion: 1,
      });
      expect(await store.readStream('s')).toHaveLength(1);
    });

    it('lets exactly one of many concurrent writers to one stream win', async () => {
      await store.append({ streamId: 's', expectedVersion: 0, events: [event(0)], actor });
      const attempts = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) =>
          store.append({ streamId: 's', expectedVersion: 1, events: [event(i + 1)], actor }),
        ),
      );
      expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
      const losers = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
      expect(losers.every((l) => l.reason instanceof ConcurrencyError)).toBe(true);
      expect((await store.readStream('s')).map((e) => e.version)).toEqual([1, 2]);
    });

    it('sees a write made through another connection and refuses to overwrite it', async () => {
      await store.append({ streamId: 's', expectedVersion: 0, events: [event(1)], actor });
      const other = await fixture.openAnother();
      try {
        await other.append({ streamId: 's', expectedVersion: 1, events: [event(2)], actor });
        await expect(
          store.append({ streamId: 's', expectedVersion: 1, events: [event(3)], actor }),
        ).rejects.toBeInstanceOf(ConcurrencyError);
        await store.append({ streamId: 's', expectedVersion: 2, events: [event(3)], actor });
        expect((await other.readStream('s')).map((e) => (e.data as { n: number }).n)).toEqual([1, 2, 3]);
      } finally {
        await other.close();
      }
    });

    it('refuses to start a stream another process started first, and appends nothing', async () => {
      const other = await fixture.openAnother();
      try {
        await other.append({ streamId: 's', expectedVersion: 0, events: [event(1), event(2)], actor });
        await expect(
          store.append({ streamId: 's', expectedVersion: 0, events: [event(3)], actor }),
        ).rejects.toMatchObject({ actualVersion: 2 });
        expect(await store.readStream('s')).toHaveLength(2);
        expect(await store.lastPosition()).toBe(2);
        await store.append({ streamId: 's', expectedVersion: 2, events: [event(3)], actor });
        expect((await other.readStream('s')).map((e) => (e.data as { n: number }).n)).toEqual([1, 2, 3]);
      } finally {
        await other.close();
      }
    });

    it('numbers the log without gaps or repeats while two processes append to many streams at once', async () => {
      const other = await fixture.openAnother();
      try {
        const writers = [store, other];
        await Promise.all(
          writers.flatMap((writer, w) =>
            Array.from({ length: 20 }, async (_, s) => {
              for (let v = 0; v < 5; v++) {
                await writer.append({
                  streamId: `w${w}-s${s}`,
                  expectedVersion: 2 * v,
                  events: [event(v), event(v)],
                  actor,
                });
              }
            }),
          ),
        );
        const all = await store.readAll(0, 10_000);
        expect(all.map((e) => e.position)).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
        expect(await other.lastPosition()).toBe(400);
        for (const streamId of ['w0-s3', 'w1-s19']) {
          expect((await other.readStream(streamId)).map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        }
      } finally {
        await other.close();
      }
    });

    it('applies a retried command with the same retry key only once, and remembers its answer', async () => {
      const idempotency = { scope: 'u-1', key: 'k-1', digest: 'digest-1', answer: { id: 's', version: 7 } };
      const request = { streamId: 's', expectedVersion: 0, events: [event(1), event(2)], actor, idempotency };
      const first = await store.append(request);
      expect(first.duplicate).toBe(false);
      expect(await store.rememberedCommand('u-1', 'k-1')).toEqual({
        digest: 'digest-1',
        answer: { id: 's', version: 7 },
        position: first.position,
      });
      const retry = await store.append(request);
      expect(retry).toEqual({
        ...first,
        duplicate: true,
        remembered: { digest: 'digest-1', answer: { id: 's', version: 7 }, position: first.position },
      });
      expect(await store.readStream('s')).toHaveLength(2);
      const fresh = await store.append({ ...request, expectedVersion: 2, idempotency: { ...idempotency, key: 'k-2' } });
      expect(fresh).toMatchObject({ version: 4, duplicate: false });
    });

    it("keeps each caller's keys apart: the same key from another caller is a new command", async () => {
      const claim = (scope: string) => ({ scope, key: 'same-key', digest: 'd', answer: { id: scope } });
      await store.append({ streamId: 'a', expectedVersion: 0, events: [event(1)], actor, idempotency: claim('u-1') });
      const other = await store.append({
        streamId: 'b',
        expectedVersion: 0,
        events: [event(2)],
        actor,
        idempotency: claim('u-2'),
      });
      expect(other.duplicate).toBe(false);
      expect(await store.readStream('b')).toHaveLength(1);
      expect((await store.rememberedCommand('u-2', 'same-key'))?.answer).toEqual({ id: 'u-2' });
      expect(await store.rememberedCommand('u-3', 'same-key')).toBeUndefined();
    });

    it('records a key only with its events: a refused append leaves the key free', async () => {
      await store.append({ streamId: 's', expectedVersion: 0, events: [event(1)], actor });
      const idempotency = { scope: 'u-1', key: 'k', digest: 'd', answer: { id: 's' } };
      await expect(
        store.append({ streamId: 's', expectedVersion: 0, events: [event(2)], actor, idempotency }),
      ).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await store.rememberedCommand('u-1', 'k')).toBeUndefined();
      await store.append({ streamId: 's', expectedVersion: 1, events: [event(2)], actor, idempotency });
      expect((await store.rememberedCommand('u-1', 'k'))?.position).toBe(await store.lastPosition());
    });

    it('lets one of two processes racing with one key append, and tells the other what it recorded', async () => {
      const other = await fixture.openAnother();
      try {
        const claim = (digest: string) => ({ scope: 'u-1', key: 'raced', digest, answer: { id: digest } });
        const [mine, theirs] = await Promise.all([
          store.append({ streamId: 'x', expectedVersion: 0, events: [event(1)], actor, idempotency: claim('x') }),
          other.append({ streamId: 'y', expectedVersion: 0, events: [event(2)], actor, idempotency: claim('y') }),
        ]);
        expect([mine.duplicate, theirs.duplicate].sort()).toEqual([false, true]);
        const loser = mine.duplicate ? mine : theirs;
        const winner = mine.duplicate ? 'y' : 'x';
        expect(loser.remembered).toMatchObject({ digest: winner, answer: { id: winner } });
        expect((await store.readAll(0, 10)).map((e) => e.streamId)).toEqual([winner]);
      } finally {
        await other.close();
      }
    });

    it('tells listeners the events of each append, as the log gives them', async () => {
      const seen: StoredEvent[][] = [];
      store.onAppended((events) => seen.push(events));
      const result = await store.append({ streamId: 's', expectedVersion: 0, events: [event(1), event(2)], actor });
      const idempotency = { scope: 'u-1', key: 'k', digest: 'd', answer: { id: 's' } };
      await store.append({ streamId: 's', expectedVersion: 2, events: [event(3)], actor, idempotency });
      await store.append({ streamId: 's', expectedVersion: 2, events: [event(3)], actor, idempotency });
      expect(seen).toHaveLength(2);
      expect(seen[0].map((e) => e.position)).toEqual([result.position - 1, result.position]);
      expect(seen.flat()).toEqual(await store.readAll(0, 10));
    });

    it('appends a batch to several streams as one, in order, and tells the listeners', async () => {
      await store.append({ streamId: 'a', expectedVersion: 0, events: [event(1)], actor });
      const seen: StoredEvent[] = [];
      store.onAppended((events) => seen.push(...events));
      // a ledger import names the file on every event it writes
      const importer = {
        ...actor,
        importedFrom: { ledger: 'projects', fileName: '台账2025.xlsx', digest: 'ab'.repeat(32) },
      };
      const results = await store.appendAll([
        { streamId: 'a', expectedVersion: 1, events: [event(2)], actor: importer },
        { streamId: 'b', expectedVersion: 0, events: [event(3), event(4)], actor: importer },
        { streamId: 'a', expectedVersion: 2, events: [event(5)], actor: importer },
      ]);
      expect(results.map((r) => [r.streamId, r.version])).toEqual([
        ['a', 2],
        ['b', 2],
        ['a', 3],
      ]);
      const all = await store.readAll(0, 10);
      expect(all.map((e) => [e.streamId, e.version, (e.data as { n: number }).n])).toEqual([
        ['a', 1, 1],
        ['a', 2, 2],
        ['b', 1, 3],
        ['b', 2, 4],
        ['a', 3, 5],
      ]);
      expect(seen).toEqual(all.slice(1));
      expect(all.map((e) => e.actor)).toEqual([actor, importer, importer, importer, importer]);
    });

    it('writes nothing of a batch when one of its streams moved on', async () => {
      await store.append({ streamId: 'b', expectedVersion: 0, events: [event(1)], actor });
      await expect(
        store.appendAll([
          { streamId: 'a', expectedVersion: 0, events: [event(2)], actor },
          { streamId: 'b', expectedVersion: 0, events: [event(3)], actor },
        ]),
      ).rejects.toBeInstanceOf(ConcurrencyError);
      expect((await store.readAll(0, 10)).map((e) => e.streamId)).toEqual(['b']);
      // and the streams it named take appends as before
      await store.append({ streamId: 'a', expectedVersion: 0, events: [event(4)], actor });
      expect(await store.readStream('a')).toHaveLength(1);
    });
  });

  describe(`${name} event store: events stored by older releases`, () => {
    const amounts = (events: StoredEvent[]) => events.map((e) => [e.schemaVersion, e.data]);

    it("reads every event in today's shape, however old the release that stored it", async () => {
      const first = await open(RELEASES.first);
      const second = await first.openAnother(RELEASES.second);
      const third = await first.openAnother(RELEASES.third);
      try {
        await first.store.append({ streamId: 's', expectedVersion: 0, events: [noted({ investment: 120 })], actor });
        await second.append({ streamId: 's', expectedVersion: 1, events: [noted({ amount: 80 })], actor });
        expect(amounts(await second.readStream('s'))).toEqual([
          [2, { amount: 120 }],
          [2, { amount: 80 }],
        ]);
        const told: StoredEvent[] = [];
        third.onAppended((events) => told.push(...events));
        await third.append({ streamId: 's', expectedVersion: 2, events: [noted({ amount: 5, unit: '万元' })], actor });

        const today = [
          [3, { amount: 120, unit: '万元' }],
          [3, { amount: 80, unit: '万元' }],
          [3, { amount: 5, unit: '万元' }],
        ];
        expect(amounts(await third.readStream('s'))).toEqual(today);
        expect(amounts(await third.readStream('s', 1))).toEqual(today.slice(1));
        expect(amounts(await third.readAll(0, 10))).toEqual(today);
        expect(amounts(told)).toEqual(today.slice(2));
      } finally {
        await second.close();
        await third.close();
        await first.store.close();
      }
    });

    it('refuses to read an event stored by a newer release than itself, rather than misread it', async () => {
      const third = await open(RELEASES.third);
      const first = await third.openAnother(RELEASES.first);
      try {
        await third.store.append({
          streamId: 's',
          expectedVersion: 0,
          events: [noted({ amount: 5, unit: '万元' })],
          actor,
        });
        await expect(first.readStream('s')).rejects.toThrow(
          'An event of type InvestmentNoted is stored at schema version 3, but this build knows versions 1 to 1 only',
        );
        await expect(first.readAll(0, 10)).rejects.toThrow('schema version 3');
      } finally {
        await first.close();
        await third.store.close();
      }
    });
  });
}
