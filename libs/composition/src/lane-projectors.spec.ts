import { APPLIED_VERSIONS, FencedError, type StoredEvent } from '@tuijin/application';
import { MemoryEventBus } from '@tuijin/bus-memory';
import { MemoryViewStore } from '@tuijin/view-store-memory';
import { LaneProjectors } from './lane-projectors';

const event = (position: number): StoredEvent => ({
  position,
  streamId: 'note-1',
  version: position,
  type: 'Noted',
  occurredOn: '2025-01-01',
  recordedAt: '2025-01-01T00:00:00.000Z',
  actor: { userId: 'u', role: 'SYSTEM' },
  data: {},
  schemaVersion: 1,
});

describe('lane projectors', () => {
  it('claim each lane they are given, and write nothing of a lane another projector has claimed since', async () => {
    const views = new MemoryViewStore();
    const bus = new MemoryEventBus();
    await new LaneProjectors(views).subscribe(bus, 'projector');
    await bus.publish([event(1)]);
    expect(await views.get(APPLIED_VERSIONS, 'note-1')).toEqual({ id: 'note-1', version: 1 });

    await views.claim('projector/all');
    await expect(bus.publish([event(2)])).rejects.toThrow(FencedError);
    expect(await views.get(APPLIED_VERSIONS, 'note-1')).toEqual({ id: 'note-1', version: 1 });
    expect(await views.checkpoint('projector/all')).toBe(1);
  });
});
