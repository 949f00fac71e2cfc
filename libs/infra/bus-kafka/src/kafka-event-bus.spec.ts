import { EventVersions, type StoredEvent } from '@tuijin/application';
import { decodeEvent, encodeEvent } from './kafka-event-bus';

const versions = new EventVersions({
  InvestmentNoted: [(data: { investment: number }) => ({ amount: data.investment })],
});
const event: StoredEvent = {
  position: 7,
  streamId: 'project-1',
  version: 3,
  type: 'InvestmentNoted',
  schemaVersion: 2,
  occurredOn: '2025-03-01',
  recordedAt: '2025-03-02T08:00:00.000Z',
  actor: { userId: 'u', role: 'UNIT_REPORTER' },
  data: { amount: 120 },
};

describe('Kafka messages of the event log', () => {
  it('carry the schema version of each event', () => {
    const message = encodeEvent(event);
    expect(JSON.parse(message.value)).toMatchObject({ schemaVersion: 2 });
    expect(decodeEvent(Buffer.from(message.value), versions)).toEqual(event);
  });

  it("are read in today's shape when an older release published them, with or without a version", () => {
    const { schemaVersion: _, ...unversioned } = { ...event, data: { investment: 120 } };
    const published = [unversioned, { ...unversioned, schemaVersion: 1 }];
    for (const old of published) {
      expect(decodeEvent(Buffer.from(JSON.stringify(old)), versions)).toEqual(event);
    }
  });
});
