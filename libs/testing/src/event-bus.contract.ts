import type { EventBus, StoredEvent } from '@tuijin/application';

const stored = (position: number, streamId = `s-${position % 3}`): StoredEvent => ({
  position,
  streamId,
  version: position,
  type: 'Something',
  schemaVersion: 1,
  occurredOn: '2025-01-01',
  recordedAt: '2025-01-01T00:00:00.000Z',
  actor: { userId: 'u', role: 'DISTRICT_ADMIN' },
  data: { position },
});

/** Waits until `condition` holds, for adapters that deliver asynchronously. */
export async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The behaviour every bus adapter must show. `open` gives a bus on a fresh topic. */
export function runEventBusContract(name: string, open: () => Promise<EventBus>): void {
  describe(`${name} event bus contract`, () => {
    let bus: EventBus;
    beforeEach(async () => {
      bus = await open();
    });
    afterEach(() => bus.close());

    it('delivers every published event to each group, each stream in order', async () => {
      const seen: Record<string, StoredEvent[]> = { projector: [], audit: [] };
      for (const group of Object.keys(seen)) {
        await bus.subscribe(group, async (events) => void seen[group].push(...events));
      }
      await bus.publish([stored(1), stored(2), stored(3)]);
      await bus.publish([stored(4)]);
      await eventually(() => seen.projector.length === 4 && seen.audit.length === 4);
      for (const events of Object.values(seen)) {
        const stream0 = events.filter((e) => e.streamId === 's-0').map((e) => e.position);
        const stream1 = events.filter((e) => e.streamId === 's-1').map((e) => e.position);
        expect(stream0).toEqual([3]);
        expect(stream1).toEqual([1, 4]);
        expect(events[0]).toEqual(stored(events[0].position));
      }
    });

    it('shares a group between its subscribers, so each event is handled once in the group', async () => {
      const first: number[] = [];
      const second: number[] = [];
      await bus.subscribe('projector', async (events) => void first.push(...events.map((e) => e.position)));
      await bus.subscribe('projector', async (events) => void second.push(...events.map((e) => e.position)));
      await bus.publish([1, 2, 3, 4, 5, 6].map((p) => stored(p)));
      await eventually(() => first.length + second.length === 6);
      expect([...first, ...second].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it('tells each subscriber of a group its lanes before it hands it their batches, no lane to two', async () => {
      const owned = [new Set<string>(), new Set<string>()];
      const strays: string[] = [];
      const delivered: number[] = [];
      for (const member of [0, 1]) {
        await bus.subscribe(
          'projector',
          async (events, lane) => {
            if (!owned[member].has(lane)) strays.push(lane);
            delivered.push(...events.map((e) => e.position));
          },
          (lanes) => void (owned[member] = new Set(lanes)),
        );
      }
      await bus.publish([1, 2, 3, 4, 5, 6].map((p) => stored(p)));
      await eventually(() => delivered.length >= 6);
      expect(strays).toEqual([]);
      expect(owned[0].size + owned[1].size).toBeGreaterThan(0);
      expect([...owned[0]].filter((lane) => owned[1].has(lane))).toEqual([]);
    });

    it('stops delivering to a closed subscription', async () => {
      const seen: number[] = [];
      const subscription = await bus.subscribe('g', async (events) => void seen.push(...events.map((e) => e.position)));
      await bus.publish([stored(1)]);
      await eventually(() => seen.length === 1);
      await subscription.close();
      await bus.publish([stored(2)]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen).toEqual([1]);
    });
  });
}
