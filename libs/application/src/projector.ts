import type { StoredEvent, EventStore } from './ports/event-store';
import type { ViewDoc, ViewStore, ViewWrite } from './ports/view-store';

/** A read-model document by collection and id. */
export interface DocKey {
  collection: string;
  id: string;
}

/** What a projection may do while applying one event: the documents it declared are already loaded. */
export interface ViewSession {
  get<T extends ViewDoc>(collection: string, id: string): T | undefined;
  put<T extends ViewDoc>(collection: string, doc: T): void;
}

/**
 * Folds events into read-model documents. Must be deterministic: a replay gives the
 * same documents. A projection says up front which documents an event reads, so a
 * whole batch's documents are loaded at once (one query per collection on MongoDB)
 * and applying is plain synchronous code.
 */
export interface Projection {
  readonly name: string;
  reads(event: StoredEvent): DocKey[];
  apply(event: StoredEvent, views: ViewSession): void;
}

/** Read-model collection of the last version applied per stream: `{ id: streamId, version }`. */
export const APPLIED_VERSIONS = '_streams';

/** A batch's documents: loaded together before it is applied, written once each when it is committed. */
class BatchSession implements ViewSession {
  private readonly collections = new Map<string, Map<string, { doc: ViewDoc | undefined; dirty: boolean }>>();

  /** Loads every document the keys name that this session does not hold yet. */
  async load(store: ViewStore, keys: Iterable<DocKey>): Promise<void> {
    const wanted = new Map<string, Set<string>>();
    for (const { collection, id } of keys) {
      if (this.docs(collection).has(id)) continue;
      const ids = wanted.get(collection) ?? new Set<string>();
      ids.add(id);
      wanted.set(collection, ids);
    }
    await Promise.all(
      [...wanted].map(async ([collection, ids]) => {
        const docs = this.docs(collection);
        for (const id of ids) docs.set(id, { doc: undefined, dirty: false });
        for (const doc of await store.getMany(collection, [...ids])) docs.set(doc.id, { doc, dirty: false });
      }),
    );
  }

  get<T extends ViewDoc>(collection: string, id: string): T | undefined {
    const entry = this.docs(collection).get(id);
    if (!entry) throw new Error(`${collection}/${id} was read without being declared by the projection's reads()`);
    return entry.doc as T | undefined;
  }

  put<T extends ViewDoc>(collection: string, doc: T): void {
    this.docs(collection).set(doc.id, { doc, dirty: true });
  }

  /** The batch's writes, the applied stream versions last: whoever sees those sees the documents they stand for. */
  writes(): ViewWrite[] {
    const writes: ViewWrite[] = [];
    const collections = [...this.collections].sort(
      ([a], [b]) => Number(a === APPLIED_VERSIONS) - Number(b === APPLIED_VERSIONS),
    );
    for (const [collection, docs] of collections) {
      for (const entry of docs.values()) if (entry.dirty && entry.doc) writes.push({ collection, doc: entry.doc });
    }
    return writes;
  }

  private docs(collection: string) {
    let docs = this.collections.get(collection);
    if (!docs) {
      docs = new Map();
      this.collections.set(collection, docs);
    }
    return docs;
  }
}

/**
 * Applies events to the read models. It remembers the last version applied per
 * stream and skips anything at or below it, so redelivery and replay are
 * harmless; a batch's documents and the checkpoint are committed together.
 */
export class Projector {
  private applied = 0;
  private waiters: { position: number; resolve: () => void }[] = [];

  constructor(
    private readonly views: ViewStore,
    private readonly projections: Projection[],
    readonly name = 'projector',
  ) {}

  async start(): Promise<void> {
    this.applied = await this.views.checkpoint(this.name);
  }

  get appliedPosition(): number {
    return this.applied;
  }

  private queue: Promise<void> = Promise.resolve();

  /** Batches are applied one at a time, in arrival order, whoever delivers them. */
  readonly handle = (events: StoredEvent[]): Promise<void> => {
    const next = this.queue.then(() => this.apply(events));
    this.queue = next.catch(() => undefined);
    return next;
  };

  private async apply(events: StoredEvent[]): Promise<void> {
    const session = new BatchSession();
    await session.load(this.views, this.readsOf(events));
    let last = this.applied;
    const versions = new Map<string, number>();
    for (const event of events) {
      last = Math.max(last, event.position);
      const version =
        versions.get(event.streamId) ??
        session.get<{ id: string; version: number }>(APPLIED_VERSIONS, event.streamId)?.version ??
        0;
      if (event.version <= version) continue;
      for (const projection of this.projections) projection.apply(event, session);
      versions.set(event.streamId, event.version);
    }
    for (const [id, version] of versions) session.put(APPLIED_VERSIONS, { id, version });
    await this.views.commit(session.writes(), { name: this.name, position: last });
    this.applied = last;
    this.wakeWaiters();
  }

  private *readsOf(events: StoredEvent[]): Generator<DocKey> {
    for (const event of events) {
      yield { collection: APPLIED_VERSIONS, id: event.streamId };
      for (const projection of this.projections) yield* projection.reads(event);
    }
  }

  /** Replays the log from this projector's checkpoint straight from the store. */
  async catchUp(store: EventStore, batchSize = 5000): Promise<void> {
    for (;;) {
      const events = await store.readAll(this.applied, batchSize);
      if (events.length === 0) return;
      await this.handle(events);
    }
  }

  /** Resolves once the read models include `position`, so a client reads its own write. */
  waitFor(position: number, timeoutMs = 5000): Promise<void> {
    if (this.applied >= position) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`read models did not reach position ${position} within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push({ position, resolve: done });
    });
  }

  private wakeWaiters(): void {
    const ready = this.waiters.filter((w) => w.position <= this.applied);
    this.waiters = this.waiters.filter((w) => w.position > this.applied);
    for (const waiter of ready) waiter.resolve();
  }
}
