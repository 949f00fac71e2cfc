import {
  ConcurrencyError,
  EVENT_VERSIONS,
  type Actor,
  type AppendRequest,
  type AppendResult,
  type CommandAnswer,
  type EventStore,
  type EventVersions,
  type NewEvent,
  type RememberedCommand,
  type StoredEvent,
} from '@tuijin/application';
import { randomUUID } from 'crypto';
import { Schema, type Connection, type mongo } from 'mongoose';
import { isDuplicateKey } from './mongo-connection';

/**
 * One document per commit. `_id` is the global position of the commit's first event,
 * so two commits can never claim the same position; `version` is the stream version
 * of its first event, so two writers that read the same stream head collide on the
 * unique `{streamId, version}` index.
 */
export interface CommitDoc {
  _id: number;
  lastPosition: number;
  streamId: string;
  version: number;
  lastVersion: number;
  recordedAt: string;
  actor: Actor;
  /** The caller's scope and retry key as one value, unique across the log. */
  idempotencyKey?: string;
  /** What a retry with that key is answered. */
  remembered?: { digest: string; answer: CommandAnswer };
  events: CommitEvent[];
}

/** An event as a commit holds it. */
export interface CommitEvent extends NewEvent {
  /** The version of the data's shape; missing on events stored before versions were recorded, which are version 1. */
  schemaVersion?: number;
}

/** The commit schema, for documentation and for the indexes created at start-up (never implicitly). */
export const commitSchema = new Schema<CommitDoc>(
  {
    _id: Number,
    lastPosition: Number,
    streamId: String,
    version: Number,
    lastVersion: Number,
    recordedAt: String,
    actor: {
      userId: String,
      role: String,
      importedFrom: { _id: false, ledger: String, fileName: String, digest: String },
    },
    idempotencyKey: String,
    remembered: { _id: false, digest: String, answer: Schema.Types.Mixed },
    events: [
      { _id: false, type: { type: String }, schemaVersion: Number, occurredOn: String, data: Schema.Types.Mixed },
    ],
  },
  { versionKey: false, autoIndex: false, autoCreate: false },
);
commitSchema.index({ streamId: 1, version: 1 }, { unique: true });
commitSchema.index({ lastPosition: 1 }, { unique: true });
commitSchema.index({ idempotencyKey: 1 }, { unique: true, sparse: true });

/** A batch of appends made durable before any of it is written, so it can always be finished. */
interface BatchDoc {
  _id: string;
  requests: Omit<AppendRequest, 'idempotency'>[];
  recordedAt: string;
}

export interface MongoEventStoreOptions {
  /** Collection of commits; tests give each store its own. */
  collection?: string;
  now?: () => Date;
  /** The event types' versions and upcasters: the platform's own unless a test brings its own. */
  versions?: EventVersions;
}

/**
 * Writers that collide on the next position (another process appended first) try
 * again this often, after a short random pause so that two busy writers take turns.
 */
const POSITION_ATTEMPTS = 100;
const KNOWN_STREAMS = 50_000;

/** A commit's events as today's code reads them: each in the current shape of its type. */
function toStoredEvents(commit: CommitDoc, versions: EventVersions): StoredEvent[] {
  return commit.events.map((event, i) =>
    versions.upcast({
      position: commit._id + i,
      streamId: commit.streamId,
      version: commit.version + i,
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      occurredOn: event.occurredOn,
      recordedAt: commit.recordedAt,
      actor: commit.actor,
      data: event.data,
    }),
  );
}

const resultOf = (commit: CommitDoc, duplicate: boolean): AppendResult => ({
  streamId: commit.streamId,
  version: commit.lastVersion,
  position: commit.lastPosition,
  duplicate,
  ...(duplicate && commit.remembered ? { remembered: rememberedOf(commit) } : {}),
});

const rememberedOf = (commit: CommitDoc): RememberedCommand | undefined =>
  commit.remembered && { ...commit.remembered, position: commit.lastPosition };

/** One indexed value for a scope and key: JSON keeps the two apart whatever characters they hold. */
const idempotencyKeyOf = (scope: string, key: string) => JSON.stringify([scope, key]);

/**
 * The event log on MongoDB, portable to any MongoDB-wire server: no transactions,
 * sessions or change streams. Positions have no gaps: a commit takes the position
 * after the last commit it saw, and the unique `_id` makes a writer that raced
 * another one read the head again and retry, so a commit at position n is only
 * ever inserted after the one before it. Appends of one process are queued, so
 * they never race each other for a position.
 */
export class MongoEventStore implements EventStore {
  private readonly commits: mongo.Collection<CommitDoc>;
  private readonly batches: mongo.Collection<BatchDoc>;
  private readonly listeners: ((events: StoredEvent[]) => void)[] = [];
  private nextPosition: number | undefined;
  private writing: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;
  private readonly versions: EventVersions;
  /**
   * Stream heads this process wrote itself. A head known here is a commit boundary, so
   * a stale one is still caught by the unique `{streamId, version}` index: the read of
   * the head before an append is only a shortcut to a clear ConcurrencyError (see
   * `isCommitBoundary`).
   */
  private readonly knownVersions = new Map<string, number>();

  private constructor(
    private readonly connection: Connection,
    options: MongoEventStoreOptions,
  ) {
    this.commits = connection.db!.collection<CommitDoc>(options.collection ?? 'commits');
    this.batches = connection.db!.collection<BatchDoc>(`${this.commits.collectionName}.batches`);
    this.now = options.now ?? (() => new Date());
    this.versions = options.versions ?? EVENT_VERSIONS;
  }

  /** Opens the store on a connection and creates its indexes (idempotent). */
  static async open(connection: Connection, options: MongoEventStoreOptions = {}): Promise<MongoEventStore> {
    const store = new MongoEventStore(connection, options);
    const model = connection.model(
      `Commit:${store.commits.collectionName}`,
      commitSchema,
      store.commits.collectionName,
    );
    await model.createIndexes();
    await store.finishPendingBatches();
    return store;
  }

  async append(request: AppendRequest): Promise<AppendResult> {
    const { streamId, expectedVersion, events, actor, idempotency } = request;
    if (events.length === 0) throw new Error(`Nothing to append to ${streamId}`);
    const idempotencyKey = idempotency && idempotencyKeyOf(idempotency.scope, idempotency.key);
    const seen = await this.findByKey(idempotencyKey);
    if (seen) return resultOf(seen, true);
    if (!this.isCommitBoundary(streamId, expectedVersion)) {
      const head = await this.streamVersion(streamId);
      if (head !== expectedVersion) throw new ConcurrencyError(streamId, expectedVersion, head);
    }

    const commit = {
      streamId,
      version: expectedVersion + 1,
      lastVersion: expectedVersion + events.length,
      recordedAt: this.now().toISOString(),
      actor: {
        userId: actor.userId,
        role: actor.role,
        ...(actor.importedFrom ? { importedFrom: actor.importedFrom } : {}),
      },
      ...(idempotency === undefined
        ? {}
        : { idempotencyKey, remembered: { digest: idempotency.digest, answer: idempotency.answer } }),
      events: events.map(({ type, occurredOn, data }) => ({
        type,
        schemaVersion: this.versions.current(type),
        occurredOn,
        data,
      })),
    };
    const stored = await this.queued(() => this.insertAtNextPosition(commit, request, idempotencyKey)).catch(
      (error: unknown) => {
        this.knownVersions.delete(streamId);
        throw error;
      },
    );
    if (stored.duplicate) return stored;
    this.rememberVersion(streamId, stored.version);
    if (this.listeners.length > 0) {
      const appended = toStoredEvents(
        { ...commit, _id: stored.position - events.length + 1, lastPosition: stored.position },
        this.versions,
      );
      for (const listener of this.listeners) listener(appended);
    }
    return stored;
  }

  /**
   * Without transactions, a batch is first made durable as one document (a single insert is
   * atomic), then written stream by stream, each part under a retry key of the batch. A batch
   * found when the store is opened (its writer died half-way) is finished then: the parts
   * already written are recognised by their keys and not written twice. Every stream's head is
   * checked before the batch is recorded, so a batch that would be refused writes nothing.
   */
  async appendAll(requests: readonly AppendRequest[]): Promise<AppendResult[]> {
    const empty = requests.find((request) => request.events.length === 0);
    if (empty) throw new Error(`Nothing to append to ${empty.streamId}`);
    const firsts = new Map<string, number>();
    for (const { streamId, expectedVersion } of requests)
      if (!firsts.has(streamId)) firsts.set(streamId, expectedVersion);
    for (const [streamId, expectedVersion] of firsts) {
      const head = await this.streamVersion(streamId);
      if (head !== expectedVersion) throw new ConcurrencyError(streamId, expectedVersion, head);
    }
    const batch: BatchDoc = {
      _id: randomUUID(),
      requests: requests.map(({ streamId, expectedVersion, events, actor }) => ({
        streamId,
        expectedVersion,
        events,
        actor,
      })),
      recordedAt: this.now().toISOString(),
    };
    await this.batches.insertOne(batch);
    return this.finishBatch(batch);
  }

  private async finishBatch(batch: BatchDoc): Promise<AppendResult[]> {
    const results: AppendResult[] = [];
    for (const [index, request] of batch.requests.entries()) {
      const idempotency = {
        scope: `batch:${batch._id}`,
        key: String(index),
        digest: batch._id,
        answer: { id: request.streamId },
      };
      results.push(await this.append({ ...request, idempotency }));
    }
    await this.batches.deleteOne({ _id: batch._id });
    return results;
  }

  /** Batches whose writer stopped half-way, oldest first, finished as their writer would have. */
  private async finishPendingBatches(): Promise<void> {
    const pending = await this.batches.find({}).sort({ recordedAt: 1 }).toArray();
    for (const batch of pending) await this.finishBatch(batch);
  }

  async readStream(streamId: string, afterVersion = 0): Promise<StoredEvent[]> {
    const commits = await this.commits
      .find({ streamId, lastVersion: { $gt: afterVersion } })
      .sort({ streamId: 1, version: 1 })
      .toArray();
    return commits
      .flatMap((commit) => toStoredEvents(commit, this.versions))
      .filter((event) => event.version > afterVersion);
  }

  async readStreams(streamIds: readonly string[], types?: readonly string[]): Promise<StoredEvent[]> {
    const commits = await this.commits
      .find({ streamId: { $in: [...streamIds] }, ...(types ? { 'events.type': { $in: [...types] } } : {}) })
      .sort({ _id: 1 })
      .toArray();
    const events = commits.flatMap((commit) => toStoredEvents(commit, this.versions));
    return types ? events.filter((event) => types.includes(event.type)) : events;
  }

  async readAll(afterPosition: number, limit: number): Promise<StoredEvent[]> {
    // a commit holds at least one event, so `limit` commits hold at least `limit` events
    const commits = await this.commits
      .find({ lastPosition: { $gt: afterPosition } })
      .sort({ _id: 1 })
      .limit(limit)
      .toArray();
    return commits
      .flatMap((commit) => toStoredEvents(commit, this.versions))
      .filter((event) => event.position > afterPosition)
      .slice(0, limit);
  }

  async rememberedCommand(scope: string, key: string): Promise<RememberedCommand | undefined> {
    const commit = await this.findByKey(idempotencyKeyOf(scope, key));
    return commit ? rememberedOf(commit) : undefined;
  }

  async lastPosition(): Promise<number> {
    const [last] = await this.commits
      .find({}, { projection: { lastPosition: 1 } })
      .sort({ _id: -1 })
      .limit(1)
      .toArray();
    return last?.lastPosition ?? 0;
  }

  onAppended(listener: (events: StoredEvent[]) => void): void {
    this.listeners.push(listener);
  }

  /** The connection belongs to whoever opened it; the store holds nothing else. */
  async close(): Promise<void> {
    await this.writing;
  }

  /** Closes the connection too, for stores that own theirs. */
  async closeConnection(): Promise<void> {
    await this.close();
    await this.connection.close();
  }

  private async insertAtNextPosition(
    commit: Omit<CommitDoc, '_id' | 'lastPosition'>,
    request: AppendRequest,
    idempotencyKey: string | undefined,
  ): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      const position = this.nextPosition ?? (await this.lastPosition()) + 1;
      const doc: CommitDoc = { _id: position, lastPosition: position + request.events.length - 1, ...commit };
      try {
        await this.commits.insertOne(doc, { ignoreUndefined: true });
        this.nextPosition = doc.lastPosition + 1;
        return resultOf(doc, false);
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        this.nextPosition = undefined;
        // Which unique index refused it is told by reading, not by parsing the error.
        const seen = await this.findByKey(idempotencyKey);
        if (seen) return resultOf(seen, true);
        const head = await this.streamVersion(request.streamId);
        if (head !== request.expectedVersion)
          throw new ConcurrencyError(request.streamId, request.expectedVersion, head);
        if (attempt >= POSITION_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(attempt, 10)));
      }
    }
  }

  /**
   * Whether `version` is known to be where a commit of the stream ends (or the stream's start),
   * so that a commit after it collides on the unique `{streamId, version}` index with any commit
   * written there since: then the store need not read the stream's head before appending. A
   * stream's start always is; for a stream this process wrote, its own last commit is.
   */
  private isCommitBoundary(streamId: string, version: number): boolean {
    const known = this.knownVersions.get(streamId);
    return known === undefined ? version === 0 : known === version;
  }

  /** Bounded, least recently written first out, like the aggregate cache. */
  private rememberVersion(streamId: string, version: number): void {
    this.knownVersions.delete(streamId);
    this.knownVersions.set(streamId, version);
    if (this.knownVersions.size > KNOWN_STREAMS)
      this.knownVersions.delete(this.knownVersions.keys().next().value as string);
  }

  private findByKey(idempotencyKey: string | undefined): Promise<CommitDoc | null> {
    return idempotencyKey === undefined ? Promise.resolve(null) : this.commits.findOne({ idempotencyKey });
  }

  private async streamVersion(streamId: string): Promise<number> {
    const [head] = await this.commits
      .find({ streamId }, { projection: { lastVersion: 1 } })
      .sort({ streamId: 1, version: -1 })
      .limit(1)
      .toArray();
    return head?.lastVersion ?? 0;
  }

  /** Runs inserts one at a time, in call order, so this process's appends never race each other. */
  private queued<T>(insert: () => Promise<T>): Promise<T> {
    const next = this.writing.then(insert);
    this.writing = next.catch(() => undefined);
    return next;
  }
}
