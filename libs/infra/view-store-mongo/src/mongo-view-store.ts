import { randomUUID } from 'crypto';
import { deserialize, serialize } from 'v8';
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
 * document when they fit, in journal chunks otherwise); only then are they applied, so
 * whoever next reads the checkpoint can finish an interrupted batch.
 */
interface Pending {
  batch: string;
  /** The writes, when they fit in one part (see `journalOf`). */
  journal?: mongo.Binary;
  /** The writes are in this many journal chunks, one part each. */
  chunks?: number;
  /** The writes as documents, as releases before the binary journal recorded them. */
  writes?: ViewWrite[];
}

interface CheckpointDoc {
  _id: string;
  position: number;
  /** The latest claim (see `ViewStore.claim`). */
  epoch?: number;
  pending?: Pending;
}

interface JournalChunk {
  /** `<batch>:<n>`, n counting from 0. */
  _id: string;
  batch: string;
  journal?: mongo.Binary;
  /** As releases before the binary journal recorded them. */
  writes?: ViewWrite[];
}

export interface MongoViewStoreOptions {
  /** Prefix of every collection this store owns; tests give each store its own. */
  prefix?: string;
  /** Collections to index at start-up. */
  collections?: readonly string[];
  /** Fields that queries filter on by equality (e.g. `INDEXED_FIELDS`). */
  indexedFields?: readonly string[];
}

/** An optional field left undefined stays absent (not null), whatever the connection's settings. */
const KEEP_ABSENT = { ignoreUndefined: true } as const;
/** A journal part holds up to this many bytes, well below MongoDB's 16 MiB document limit. */
const JOURNAL_PART_BYTES = 4 * 1024 * 1024;

/**
 * The writes as the journal keeps them: in V8's serialization format (which later Node.js
 * versions read), so that finishing a batch writes exactly the values the batch would have,
 * cut into parts of `JOURNAL_PART_BYTES`. The server keeps each part as one binary value,
 * as it is.
 */
function journalOf(writes: ViewWrite[]): Buffer[] {
  const bytes = serialize(writes);
  const parts: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += JOURNAL_PART_BYTES) parts.push(bytes.subarray(at, at + JOURNAL_PART_BYTES));
  return parts;
}

/** The writes of a journal, from its parts in order (or the documents an earlier release journalled). */
function writesOf(parts: { journal?: mongo.Binary; writes?: ViewWrite[] }[]): ViewWrite[] {
  if (parts.every((part) => part.journal === undefined)) return parts.flatMap((part) => part.writes ?? []);
  return deserialize(Buffer.concat(parts.map((part) => (part.journal as mongo.Binary).value()))) as ViewWrite[];
}

const asView = <T extends ViewDoc>(stored: Stored | null): T | undefined => {
  if (!stored) return undefined;
  const { _id, _epoch, ...doc } = stored;
  return doc as unknown as T;
};

const DUPLICATE_KEY = 11000;

/** A bulk write refused only because documents of those ids were there. */
function duplicatesOnly(error: unknown): boolean {
  if (!(error instanceof mongo.MongoBulkWriteError)) return false;
  const errors = [error.writeErrors].flat();
  return errors.length > 0 && errors.every((e) => e.code === DUPLICATE_KEY);
}

const partOf = (chunk: JournalChunk) => Number(chunk._id.slice(chunk._id.lastIndexOf(':') + 1));

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
    const parts = journalOf(writes);
    let pending: Pending;
    if (parts.length === 1) {
      pending = { batch, journal: new mongo.Binary(parts[0]) };
    } else {
      await this.journal.insertMany(
        parts.map((part, i) => ({ _id: `${batch}:${i}`, batch, journal: new mongo.Binary(part) })),
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
      const writes = writesOf(pending.chunks ? await this.journalled(pending.batch) : [pending]);
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
   * Writes the documents. Under a claim, each is stamped with its epoch and replaces only a
   * document of the same or an older one; a newer one makes the upsert collide on `_id`.
   * A document marked `created` is inserted; one that is there after all (a batch being
   * finished a second time wrote it) is then replaced as any other.
   */
  private async apply(writes: ViewWrite[], { name, epoch }: { name: string; epoch?: number }): Promise<void> {
    const byCollection = new Map<string, ViewWrite[]>();
    // the last write of a document in the batch wins, as it would applied in order
    const last = new Map<string, ViewWrite>();
    for (const write of writes) last.set(`${write.collection}\u0000${write.doc.id}`, write);
    for (const write of last.values()) {
      const group = byCollection.get(write.collection);
      if (group) group.push(write);
      else byCollection.set(write.collection, [write]);
    }
    /** What is stored for a document: its fields, and the epoch it was written under. */
    const stamped = (doc: ViewDoc): ViewDoc & { _epoch?: number } =>
      epoch === undefined ? { ...doc } : { ...doc, _epoch: epoch };
    const replace = async (docs: mongo.Collection<Stored>, replaced: ViewDoc[]) => {
      const operations = replaced.map((doc): mongo.AnyBulkWriteOperation<Stored> => ({
        replaceOne: {
          filter: epoch === undefined ? { _id: doc.id } : { _id: doc.id, _epoch: { $not: { $gt: epoch } } },
          replacement: stamped(doc) as Stored,
          upsert: true,
        },
      }));
      try {
        await docs.bulkWrite(operations, { ordered: false, ...KEEP_ABSENT });
      } catch (error) {
        throw epoch !== undefined && duplicatesOnly(error) ? new FencedError(name, epoch) : error;
      }
    };
    const write = async ([collection, group]: [string, ViewWrite[]]) => {
      const docs = this.collection(collection);
      const created = group.filter((w) => w.created).map((w) => w.doc);
      const replaced = group.filter((w) => !w.created).map((w) => w.doc);
      const found: ViewDoc[] = [];
      const insert = async () => {
        try {
          await docs.insertMany(
            created.map((doc) =>
              epoch === undefined ? { _id: doc.id, ...doc } : { _id: doc.id, ...doc, _epoch: epoch },
            ),
            { ordered: false, ...KEEP_ABSENT },
          );
        } catch (error) {
          if (!duplicatesOnly(error)) throw error;
          for (const { index } of [(error as mongo.MongoBulkWriteError).writeErrors].flat()) found.push(created[index]);
        }
      };
      await Promise.all([created.length > 0 && insert(), replaced.length > 0 && replace(docs, replaced)]);
      if (found.length > 0) await replace(docs, found);
    };
    // the last collection of a commit lands after all the others (see ViewStore.commit)
    const groups = [...byCollection];
    const lastGroup = groups.pop();
    await Promise.all(groups.map(write));
    if (lastGroup) await write(lastGroup);
  }

  /** A batch's journal chunks, in order. */
  private async journalled(batch: string): Promise<JournalChunk[]> {
    const chunks = await this.journal.find({ batch }).toArray();
    return chunks.sort((a, b) => partOf(a) - partOf(b));
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
