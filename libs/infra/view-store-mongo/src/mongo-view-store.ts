import { randomUUID } from 'crypto';
import {
  FencedError,
  type CheckpointWrite,
  type ViewDoc,
  type ViewPage,
  type ViewQuery,
  type ViewStore,
  type ViewWrite,
} from '@tuijin/application';
import { mongo, type Connection } from 'mongoose';
import { keysetFilter, whereFilter, textFilter } from './mongo-view-query';

/** A stored document: written under a claim, it carries the claim's epoch (see `apply`). */
type Stored = ViewDoc & { _id: string; _epoch?: number };

/**
 * A batch that is being committed. Its writes are recorded first (in the checkpoint
 * document when they are few, in journal chunks otherwise); only then are they
 * applied, so whoever next reads the checkpoint can finish an interrupted batch.
 */
interface Pending {
  batch: string;
  writes?: ViewWrite[];
  chunks?: number;
}

interface CheckpointDoc {
  _id: string;
  position: number;
  /** The latest claim (see `ViewStore.claim`). */
  epoch?: number;
  pending?: Pending;
}

interface JournalChunk {
  _id: string;
  batch: string;
  writes: ViewWrite[];
}

export interface MongoViewStoreOptions {
  /** Prefix of every collection this store owns; tests give each store its own. */
  prefix?: string;
  /** Collections to index at start-up. */
  collections?: readonly string[];
  /** Fields that queries filter on by equality (e.g. `INDEXED_FIELDS`). */
  indexedFields?: readonly string[];
}

/** Writes up to this many documents are journalled inside the checkpoint document itself. */
const INLINE_WRITES = 100;
/** An optional field left undefined stays absent (not null), whatever the connection's settings. */
const KEEP_ABSENT = { ignoreUndefined: true } as const;
const CHUNK_WRITES = 500;

const asView = <T extends ViewDoc>(stored: Stored | null): T | undefined => {
  if (!stored) return undefined;
  const { _id, _epoch, ...doc } = stored;
  return doc as unknown as T;
};

const DUPLICATE_KEY = 11000;

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/**
 * Read models on MongoDB, without transactions: a commit is journalled, then applied,
 * then marked done, so a crash in between is finished by the next reader of that
 * checkpoint (every write replaces a whole document, so applying twice is harmless).
 * Only the owner of a checkpoint name finishes its batches: a projector per Kafka
 * partition keeps every name to one writer at a time.
 *
 * Fencing without transactions: a commit under a claim moves the checkpoint only if the
 * claim is still its latest (the commit point), and every document it writes is stamped
 * with the claim's epoch and replaces only a document of the same or an older epoch. A
 * writer frozen after its commit point and woken after a newer claim therefore overwrites
 * nothing the new owner wrote: the new owner finished the frozen batch itself, under its
 * own epoch, on its first read of the checkpoint.
 */
export class MongoViewStore implements ViewStore {
  private readonly db: mongo.Db;
  private readonly prefix: string;
  private readonly checkpoints: mongo.Collection<CheckpointDoc>;
  private readonly journal: mongo.Collection<JournalChunk>;

  private constructor(
    connection: Connection,
    private readonly options: MongoViewStoreOptions,
  ) {
    this.db = connection.db!;
    this.prefix = options.prefix ?? 'rm.';
    this.checkpoints = this.db.collection(`${this.prefix}_checkpoints`);
    this.journal = this.db.collection(`${this.prefix}_journal`);
  }

  /** Opens the store and creates its indexes explicitly (idempotent). */
  static async open(connection: Connection, options: MongoViewStoreOptions = {}): Promise<MongoViewStore> {
    const store = new MongoViewStore(connection, options);
    await store.createIndexes();
    return store;
  }

  async getMany<T extends ViewDoc>(collection: string, ids: string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    const stored = await this.collection(collection)
      .find({ _id: { $in: ids } })
      .toArray();
    return stored.map((doc) => asView<T>(doc) as T);
  }

  async get<T extends ViewDoc>(collection: string, id: string): Promise<T | undefined> {
    return asView<T>(await this.collection(collection).findOne({ _id: id }));
  }

  async find<T extends ViewDoc>(collection: string, query: ViewQuery): Promise<ViewPage<T>> {
    const { field, direction } = query.orderBy;
    const filter = { ...whereFilter(query.where), ...textFilter(query.text) };
    const page = query.after ? { $and: [filter, keysetFilter(field, direction, query.after)] } : filter;
    const sign = direction === 'ASC' ? 1 : -1;
    const docs = this.collection(collection);
    // the id breaks ties in ascending order whatever the direction, as the in-memory store does
    const [items, totalCount] = await Promise.all([
      docs
        .find(page)
        .sort({ [field]: sign, _id: 1 })
        .limit(query.limit + 1)
        .toArray(),
      docs.countDocuments(filter),
    ]);
    return {
      items: items.slice(0, query.limit).map((doc) => asView<T>(doc) as T),
      totalCount,
      hasNextPage: items.length > query.limit,
    };
  }

  async all<T extends ViewDoc>(collection: string): Promise<T[]> {
    const docs = await this.collection(collection).find({}).sort({ _id: 1 }).toArray();
    return docs.map((doc) => asView<T>(doc) as T);
  }

  async commit(writes: ViewWrite[], checkpoint: CheckpointWrite): Promise<void> {
    if (writes.length === 0) {
      await this.moveCheckpoint(checkpoint, {});
      return;
    }
    const batch = randomUUID();
    let pending: Pending;
    if (writes.length <= INLINE_WRITES) {
      pending = { batch, writes };
    } else {
      const parts = chunks(writes, CHUNK_WRITES);
      await this.journal.insertMany(
        parts.map((part, i) => ({ _id: `${batch}:${i}`, batch, writes: part })),
        KEEP_ABSENT,
      );
      pending = { batch, chunks: parts.length };
    }
    // the commit point: from here on the batch counts as written, whatever happens next
    try {
      await this.moveCheckpoint(checkpoint, { pending });
    } catch (error) {
      if (pending.chunks) await this.journal.deleteMany({ batch });
      throw error;
    }
    await this.apply(writes, checkpoint);
    await this.finish(checkpoint.name, pending);
  }

  async checkpoint(name: string, epoch?: number): Promise<number> {
    const doc = await this.checkpoints.findOne({ _id: name });
    if (epoch !== undefined && doc?.epoch !== epoch) throw new FencedError(name, epoch);
    if (doc?.pending) {
      const { pending } = doc;
      const writes = pending.writes ?? (await this.journalled(pending.batch));
      await this.apply(writes, { name, epoch });
      await this.finish(name, pending);
    }
    return doc?.position ?? 0;
  }

  async claim(name: string): Promise<number> {
    const claimed = await this.checkpoints.findOneAndUpdate(
      { _id: name },
      { $inc: { epoch: 1 }, $setOnInsert: { position: 0 } },
      { upsert: true, returnDocument: 'after' },
    );
    // an upsert that returns the document after the update always finds one
    return (claimed as CheckpointDoc).epoch as number;
  }

  async clear(): Promise<void> {
    const names = await this.db.listCollections({}, { nameOnly: true }).toArray();
    for (const { name } of names) if (name.startsWith(this.prefix)) await this.db.collection(name).deleteMany({});
  }

  /** Sets the checkpoint's position (and more); under a claim, only while the claim is the latest. */
  private async moveCheckpoint(
    { name, position, epoch }: CheckpointWrite,
    more: Partial<CheckpointDoc>,
  ): Promise<void> {
    const { matchedCount } = await this.checkpoints.updateOne(
      epoch === undefined ? { _id: name } : { _id: name, epoch },
      { $set: { position, ...more } },
      // a claim creates the document, so a fenced commit never needs to
      { upsert: epoch === undefined, ...KEEP_ABSENT },
    );
    if (epoch !== undefined && matchedCount === 0) throw new FencedError(name, epoch);
  }

  /**
   * Replaces the documents. Under a claim, each is stamped with its epoch and replaces only
   * a document of the same or an older one; a newer one makes the upsert collide on `_id`.
   */
  private async apply(writes: ViewWrite[], { name, epoch }: { name: string; epoch?: number }): Promise<void> {
    const byCollection = new Map<string, mongo.AnyBulkWriteOperation<Stored>[]>();
    // the last write of a document in the batch wins, as it would applied in order
    const last = new Map<string, ViewWrite>();
    for (const write of writes) last.set(`${write.collection}\u0000${write.doc.id}`, write);
    for (const { collection, doc } of last.values()) {
      const operations = byCollection.get(collection) ?? [];
      const replaceOne =
        epoch === undefined
          ? { filter: { _id: doc.id }, replacement: { ...doc } }
          : { filter: { _id: doc.id, _epoch: { $not: { $gt: epoch } } }, replacement: { ...doc, _epoch: epoch } };
      operations.push({ replaceOne: { ...replaceOne, upsert: true } as mongo.ReplaceOneModel<Stored> });
      byCollection.set(collection, operations);
    }
    const write = async ([collection, operations]: [string, mongo.AnyBulkWriteOperation<Stored>[]]) => {
      try {
        await this.collection(collection).bulkWrite(operations, { ordered: false, ...KEEP_ABSENT });
      } catch (error) {
        const fenced =
          epoch !== undefined &&
          error instanceof mongo.MongoBulkWriteError &&
          [error.writeErrors].flat().every((e) => e.code === DUPLICATE_KEY);
        throw fenced ? new FencedError(name, epoch) : error;
      }
    };
    // the last collection of a commit lands after all the others (see ViewStore.commit)
    const groups = [...byCollection];
    const lastGroup = groups.pop();
    await Promise.all(groups.map(write));
    if (lastGroup) await write(lastGroup);
  }

  private async journalled(batch: string): Promise<ViewWrite[]> {
    const parts = await this.journal.find({ batch }).sort({ _id: 1 }).toArray();
    return parts.flatMap((part) => part.writes);
  }

  private async finish(name: string, pending: Pending): Promise<void> {
    await this.checkpoints.updateOne({ _id: name, 'pending.batch': pending.batch }, { $unset: { pending: '' } });
    if (pending.chunks) await this.journal.deleteMany({ batch: pending.batch });
  }

  private async createIndexes(): Promise<void> {
    await this.journal.createIndex({ batch: 1 });
    for (const name of this.options.collections ?? []) {
      for (const field of this.options.indexedFields ?? [])
        await this.collection(name).createIndex({ [field]: 1, _id: 1 });
    }
  }

  private collection(name: string): mongo.Collection<Stored> {
    return this.db.collection<Stored>(`${this.prefix}${name}`);
  }
}
