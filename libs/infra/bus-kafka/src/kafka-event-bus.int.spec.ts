import type { StoredEvent } from '@tuijin/application';
import { eventually, integrationServer, runEventBusContract, uniqueName } from '@tuijin/testing';
import { logLevel } from 'kafkajs';
import { KafkaEventBus } from './kafka-event-bus';

const open = (partitions = 3) =>
  KafkaEventBus.start({
    brokers: integrationServer('KAFKA_BROKERS').split(','),
    topic: uniqueName('events'),
    partitions,
    logLevel: logLevel.NOTHING,
  });

runEventBusContract('Kafka', () => open());

const stored = (position: number, streamId: string): StoredEvent => ({
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

describe('Kafka event bus', () => {
  it('delivers a batch again when its handler failed, and goes on after it succeeded', async () => {
    const bus = await open(1);
    try {
      const attempts: number[][] = [];
      await bus.subscribe('projector', async (events) => {
        attempts.push(events.map((e) => e.position));
        if (attempts.length === 1) throw new Error('read-model store unavailable');
      });
      await bus.publish([stored(1, 's-a'), stored(2, 's-a')]);
      await eventually(() => attempts.length >= 2, 30_000);
      expect(attempts[0]).toEqual([1, 2]);
      expect(attempts[1]).toEqual([1, 2]);
    } finally {
      await bus.close();
    }
  });

  it('resumes a group after the last batch it finished when a consumer restarts', async () => {
    const bus = await open(1);
    try {
      const first: number[] = [];
      const subscription = await bus.subscribe(
        'projector',
        async (events) => void first.push(...events.map((e) => e.position)),
      );
      await bus.publish([1, 2, 3].map((p) => stored(p, 's-a')));
      await eventually(() => first.length === 3);
      await subscription.close();
      await bus.publish([4, 5].map((p) => stored(p, 's-a')));
      const second: number[] = [];
      await bus.subscribe('projector', async (events) => void second.push(...events.map((e) => e.position)));
      await eventually(() => second.length === 2);
      expect(second).toEqual([4, 5]);
      expect(await bus.lag('projector')).toEqual([{ partition: 0, lag: 0 }]);
    } finally {
      await bus.close();
    }
  });

  it('hands a consumer catching up several megabytes of a lane in one batch, so its projector commits once', async () => {
    const bus = await open(1);
    try {
      // about 3 MB of events, three times what a fetch brings by kafkajs's default
      const padding = 'x'.repeat(1_000);
      const backlog = Array.from({ length: 3_000 }, (_, i) => ({ ...stored(i + 1, 's-a'), data: { padding } }));
      await bus.publish(backlog);
      const batches: number[] = [];
      await bus.subscribe('projector', async (events) => void batches.push(events.length));
      await eventually(() => batches.reduce((sum, n) => sum + n, 0) === backlog.length, 30_000);
      expect(batches).toEqual([backlog.length]);
    } finally {
      await bus.close();
    }
  });

  it("handles batches of several lanes at once, each lane's one after another", async () => {
    const bus = await open(3);
    try {
      const busy = new Set<string>();
      const handled: string[] = [];
      let together = 0;
      let overlapped = false;
      let release = () => undefined as void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await bus.subscribe('projector', async (events, lane) => {
        if (busy.has(lane)) overlapped = true;
        busy.add(lane);
        together = Math.max(together, busy.size);
        // the first batches wait for each other: they finish only once several are handled at once
        if (busy.size > 1) release();
        await Promise.race([released, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        busy.delete(lane);
        handled.push(...events.map((e) => e.streamId));
      });
      const streams = Array.from({ length: 12 }, (_, i) => `s-${i}`);
      await bus.publish(streams.map((streamId, i) => stored(i + 1, streamId)));
      await eventually(() => handled.length === 12, 30_000);
      expect(together).toBeGreaterThan(1);
      expect(overlapped).toBe(false);
      expect([...handled].sort()).toEqual([...streams].sort());
    } finally {
      await bus.close();
    }
  });

  it('puts a district and its rule book in one lane, in log order', async () => {
    const bus = await open(6);
    try {
      const lanes = new Map<string, number[]>();
      await bus.subscribe('projector', async (events, lane) => {
        lanes.set(lane, [...(lanes.get(lane) ?? []), ...events.map((e) => e.position)]);
      });
      const ids = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8'];
      await bus.publish(
        ids.flatMap((id, i) => [stored(2 * i + 1, `district-${id}`), stored(2 * i + 2, `rulebook-${id}`)]),
      );
      await eventually(() => [...lanes.values()].flat().length === 16);
      for (const positions of lanes.values()) {
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        for (const p of positions) expect(positions).toContain(p % 2 === 1 ? p + 1 : p - 1);
      }
    } finally {
      await bus.close();
    }
  });
});
