import type { EventStore, StoredEvent } from './ports/event-store';
import type { ViewDoc, ViewStore, ViewWrite } from './ports/view-store';
import { APPLIED_VERSIONS, Projector, type Projection } from './projector';

/** Read models in a map that remember every batch of writes committed to them. */
class RecordingViews implements Pick<ViewStore, 'getMany' | 'commit' | 'checkpoint'> {
  readonly docs = new Map<string, ViewDoc>();
  readonly batches: ViewWrite[][] = [];
  private position = 0;

  async getMany<T extends ViewDoc>(collection: string, ids: string[]): Promise<T[]> {
    return ids.flatMap((id) => this.docs.get(`${collection}/${id}`) ?? []) as T[];
  }

  async commit(writes: ViewWrite[], { position }: { position: number }): Promise<void> {
    this.batches.push(writes);
    for (const { collection, doc } of writes) this.docs.set(`${collection}/${doc.id}`, doc);
    this.position = position;
  }

  async checkpoint(): Promise<number> {
    return this.position;
  }
}

const event = (position: number, streamId: string, version: number): StoredEvent => ({
  position,
  streamId,
  version,
  type: 'Counted',
  schemaVersion: 1,
  occurredOn: '2025-01-01',
  recordedAt: '2025-01-01T00:00:00.000Z',
  actor: { userId: 'u', role: 'SYSTEM' },
  data: {},
});

/** Counts a stream's events in `counts`, and keeps a log of every event in `log` without declaring it. */
const counting: Projection = {
  name: 'counting',
  reads: (stored, need) => need('counts', stored.streamId),
  apply: (stored, views) => {
    const count = views.edit<ViewDoc & { n: number }>('counts', stored.streamId);
    if (count) count.n += 1;
    else views.put('counts', { id: stored.streamId, n: 1 });
    views.put('log', { id: String(stored.position) });
  },
};

const marks = (writes: ViewWrite[]) =>
  Object.fromEntries(writes.map((w) => [`${w.collection}/${w.doc.id}`, w.created ?? false]));

describe('projector', () => {
  it('marks the documents it found absent as created, and no other', async () => {
    const views = new RecordingViews();
    const projector = new Projector(views as unknown as ViewStore, [counting]);
    await projector.start();
    await projector.handle([event(1, 's-a', 1), event(2, 's-a', 2)]);
    await projector.handle([event(3, 's-a', 3), event(4, 's-b', 1)]);

    const [first, second] = views.batches;
    expect(marks(first)).toEqual({
      'counts/s-a': true,
      // a document the projection did not declare may be there for all the projector knows
      'log/1': false,
      'log/2': false,
      [`${APPLIED_VERSIONS}/s-a`]: true,
    });
    expect(marks(second)).toEqual({
      'counts/s-a': false,
      'counts/s-b': true,
      'log/3': false,
      'log/4': false,
      [`${APPLIED_VERSIONS}/s-a`]: false,
      [`${APPLIED_VERSIONS}/s-b`]: true,
    });
    expect(views.docs.get('counts/s-a')).toEqual({ id: 's-a', n: 3 });
  });

  it('marks every document created when it builds empty read models from scratch', async () => {
    const views = new RecordingViews();
    const log = [event(1, 's-a', 1), event(2, 's-b', 1), event(3, 's-a', 2)];
    const store = {
      readAll: async (after: number, limit: number) => log.filter((e) => e.position > after).slice(0, limit),
    };
    const projector = new Projector(views as unknown as ViewStore, [counting]);
    await projector.start();
    await projector.catchUp(store as unknown as EventStore, { fromScratch: true });

    expect(views.batches).toHaveLength(1);
    expect(Object.values(marks(views.batches[0]))).toEqual(Array(7).fill(true));
    expect(views.docs.get('counts/s-a')).toEqual({ id: 's-a', n: 2 });
  });
});
