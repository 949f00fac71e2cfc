import type { StoredEvent, EventStore } from './ports/event-store';
import type { ViewDoc, ViewStore, ViewWrite } from './ports/view-store';

/** Names a read-model document an event needs, by collection and id. */
export type Need = (collection: string, id: string) => void;

/** What a projection may do while applying one event: the documents it declared are already loaded. */
export interface ViewSession {
  /** The document as the batch has it so far; read-only. */
  get<T extends ViewDoc>(collection: string, id: string): Readonly<T> | undefined;
  /** Stores a whole new document, which the batch owns from then on. */
  put<T extends ViewDoc>(collection: string, doc: T): void;
  /**
   * The document as a draft the batch owns, to change in place: its fields and the
   * elements of its top-level arrays. The objects inside are shared with the stored
   * document, so replace them rather than change them.
   */
  edit<T extends ViewDoc>(collection: string, id: string): T | undefined;
}

/**
 * Folds events into read-model documents. Must be deterministic: a replay gives the
 * same documents. A projection says up front which documents an event reads, so a
 * whole batch's documents are loaded at once (one query per collection on MongoDB)
 * and applying is plain synchronous code.
 */
export interface Projection {
  readonly name: string;
  /** Calls `need` for every document applying the event reads or changes. */
  reads(event: StoredEvent, need: Need): void;
  apply(event: StoredEvent, views: ViewSession): void;
}

/** Read-model collection of the last version applied per stream: `{ id: streamId, version }`. */
export const APPLIED_VERSIONS = '_streams';

interface AppliedVersion {
  version: number;
  moved: boolean;
  /** The read models are known to hold no applied version of the stream yet. */
  absent: boolean;
}

interface AppliedVersionDoc {
  id: string;
  version: number;
}

interface Held {
  doc: ViewDoc | undefined;
  /** The batch made this object, so changing it in place touches no stored document. */
  owned: boolean;
  /** The read models are known to hold no document of this id: the batch looked, or they are empty (a rebuild). */
  absent: boolean;
}

/** A document that does not exist. */
const ABSENT: Readonly<Held> = Object.freeze({ doc: undefined, owned: false, absent: true });

/** A copy one level deep: what `edit` promises may be changed in place. */
function draftOf(doc: ViewDoc): ViewDoc {
  const draft: Record<string, unknown> = { ...doc };
  for (const key in draft) {
    const value = draft[key];
    if (Array.isArray(value)) draft[key] = value.slice();
  }
  return draft as unknown as ViewDoc;
}

/**
 * The documents a batch holds, grouped by id: an aggregate's documents in the different
 * collections (a project, its history, its facts) share its id, so the projections of one
 * event reach them all with one lookup, the first, and the rest with none.
 */
class HeldDocs {
  private readonly slots = new Map<string, number>();
  private readonly collections: string[] = [];
  private readonly byId = new Map<string, (Held | undefined)[]>();
  private last: { id: string; group: (Held | undefined)[] } | undefined;

  get(collection: string, id: string): Held | undefined {
    return this.group(id, false)?.[this.slot(collection)];
  }

  set(collection: string, id: string, held: Held): void {
    (this.group(id, true) as (Held | undefined)[])[this.slot(collection)] = held;
  }

  *entries(): Generator<[collection: string, held: Held]> {
    for (const group of this.byId.values()) {
      for (let slot = 0; slot < group.length; slot++) {
        const held = group[slot];
        if (held) yield [this.collections[slot], held];
      }
    }
  }

  private slot(collection: string): number {
    let slot = this.slots.get(collection);
    if (slot === undefined) {
      slot = this.collections.push(collection) - 1;
      this.slots.set(collection, slot);
    }
    return slot;
  }

  private group(id: string, create: boolean): (Held | undefined)[] | undefined {
    if (this.last?.id === id) return this.last.group;
    let group = this.byId.get(id);
    if (!group && create) this.byId.set(id, (group = []));
    if (group) this.last = { id, group };
    return group;
  }
}

/**
 * A batch's documents: loaded together before its events are applied, copied at most
 * once however many of its events change them, and written once each when it is committed.
 * Stored documents are never changed in place, so a batch that fails leaves no trace.
 */
class Batch implements ViewSession {
  private readonly docs = new HeldDocs();
  /** Per stream of the batch: the last version applied so far, and whether this batch moved it. */
  private readonly streams = new Map<string, AppliedVersion>();
  lastPosition: number;

  /**
   * `fromScratch`: the read models are empty and nothing else writes them meanwhile
   * (a rebuild), so there is nothing to load: every document the batch finds, it made.
   */
  constructor(
    appliedPosition: number,
    private readonly fromScratch = false,
  ) {
    this.lastPosition = appliedPosition;
  }

  /** Loads the applied versions of the events' streams and every document the projections need that this batch does not hold yet. */
  async load(store: ViewStore, events: StoredEvent[], projections: Projection[]): Promise<void> {
    if (this.fromScratch) return;
    const newStreams: string[] = [];
    const wanted = new Map<string, string[]>();
    const need: Need = (collection, id) => {
      if (this.docs.get(collection, id)) return;
      this.docs.set(collection, id, { doc: undefined, owned: false, absent: true });
      let ids = wanted.get(collection);
      if (!ids) wanted.set(collection, (ids = []));
      ids.push(id);
    };
    for (const event of events) {
      if (!this.streams.has(event.streamId)) {
        this.streams.set(event.streamId, { version: 0, moved: false, absent: true });
        newStreams.push(event.streamId);
      }
      for (const projection of projections) projection.reads(event, need);
    }
    const loadVersions = async () => {
      if (newStreams.length === 0) return;
      const docs = await store.getMany<AppliedVersionDoc>(APPLIED_VERSIONS, newStreams);
      for (const { id, version } of docs) {
        const stream = this.stream(id);
        stream.version = version;
        stream.absent = false;
      }
    };
    const loadDocs = async ([collection, ids]: [string, string[]]) => {
      for (const doc of await store.getMany(collection, ids)) {
        const held = this.docs.get(collection, doc.id) as Held;
        held.doc = doc;
        held.absent = false;
      }
    };
    await Promise.all([loadVersions(), ...[...wanted].map(loadDocs)]);
  }

  /** The applied version of one of the batch's streams. */
  stream(streamId: string): AppliedVersion {
    let stream = this.streams.get(streamId);
    if (!stream) this.streams.set(streamId, (stream = { version: 0, moved: false, absent: this.fromScratch }));
    return stream;
  }

  get<T extends ViewDoc>(collection: string, id: string): T | undefined {
    return this.held(collection, id).doc as T | undefined;
  }

  put<T extends ViewDoc>(collection: string, doc: T): void {
    // a document the projection did not declare may exist for all the batch knows
    const absent = this.docs.get(collection, doc.id)?.absent ?? this.fromScratch;
    this.docs.set(collection, doc.id, { doc, owned: true, absent });
  }

  edit<T extends ViewDoc>(collection: string, id: string): T | undefined {
    const held = this.held(collection, id);
    if (held.doc && !held.owned) {
      held.doc = draftOf(held.doc);
      held.owned = true;
    }
    return held.doc as T | undefined;
  }

  /**
   * The batch's writes, the applied stream versions last: whoever sees those sees the documents
   * they stand for. Documents the read models are known not to hold are marked `created`.
   */
  writes(): ViewWrite[] {
    const writes: ViewWrite[] = [];
    for (const [collection, { doc, owned, absent }] of this.docs.entries()) {
      if (owned && doc) writes.push(absent ? { collection, doc, created: true } : { collection, doc });
    }
    for (const [id, { version, moved, absent }] of this.streams) {
      if (!moved) continue;
      const doc = { id, version } as AppliedVersionDoc;
      writes.push(
        absent ? { collection: APPLIED_VERSIONS, doc, created: true } : { collection: APPLIED_VERSIONS, doc },
      );
    }
    return writes;
  }

  private held(collection: string, id: string): Held {
    const held = this.docs.get(collection, id);
    if (held) return held;
    if (this.fromScratch) return ABSENT;
    throw new Error(`${collection}/${id} was read without being declared by the projection's reads()`);
  }
}

export interface CatchUpOptions {
  /** Events read from the store at a time; without `fromScratch`, also committed at a time. */
  readSize?: number;
  /**
   * The read models are empty and nothing else writes them until the catch-up ends (a
   * rebuild, or in-memory read models at start-up): nothing is loaded, and the whole log
   * is one batch, committed once, so every document is built in place.
   */
  fromScratch?: boolean;
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
    /** The claim this projector holds on its checkpoint, when others may take it over (see `ViewStore.claim`). */
    private readonly epoch?: number,
  ) {}

  async start(): Promise<void> {
    this.applied = await this.views.checkpoint(this.name, this.epoch);
  }

  get appliedPosition(): number {
    return this.applied;
  }

  private queue: Promise<void> = Promise.resolve();

  /** Work on the read models runs one piece at a time, in arrival order, whoever asks. */
  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Applies one delivered batch and commits it. */
  readonly handle = (events: StoredEvent[]): Promise<void> =>
    this.enqueue(async () => {
      const batch = new Batch(this.applied);
      await this.applyTo(batch, events);
      await this.commit(batch);
    });

  /** Replays the log from this projector's checkpoint straight from the store. */
  catchUp(store: EventStore, { readSize = 5000, fromScratch = false }: CatchUpOptions = {}): Promise<void> {
    return this.enqueue(async () => {
      let batch = new Batch(this.applied, fromScratch);
      for (;;) {
        const events = await store.readAll(batch.lastPosition, readSize);
        if (events.length === 0) break;
        await this.applyTo(batch, events);
        if (!fromScratch) {
          await this.commit(batch);
          batch = new Batch(this.applied);
        }
      }
      if (batch.lastPosition > this.applied) await this.commit(batch);
    });
  }

  private async applyTo(batch: Batch, events: StoredEvent[]): Promise<void> {
    await batch.load(this.views, events, this.projections);
    for (const event of events) {
      batch.lastPosition = Math.max(batch.lastPosition, event.position);
      const stream = batch.stream(event.streamId);
      if (event.version <= stream.version) continue;
      for (const projection of this.projections) projection.apply(event, batch);
      stream.version = event.version;
      stream.moved = true;
    }
  }

  private async commit(batch: Batch): Promise<void> {
    await this.views.commit(batch.writes(), { name: this.name, position: batch.lastPosition, epoch: this.epoch });
    this.applied = batch.lastPosition;
    this.wakeWaiters();
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
