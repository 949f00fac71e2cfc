import Database from 'better-sqlite3';
import {
  ConcurrencyError,
  EVENT_VERSIONS,
  type Actor,
  type AppendRequest,
  type AppendResult,
  type CheckpointStore,
  type EventStore,
  type EventVersions,
  type RememberedCommand,
  type StoredEvent,
} from '@tuijin/application';
import { openOwnerOnly } from './owner-only';

/** A row of EVENT_COLUMNS, read as an array: cheaper than an object per row on a replay. */
type EventRow = [
  position: number,
  streamId: string,
  version: number,
  type: string,
  schemaVersion: number,
  occurredOn: string,
  recordedAt: string,
  actor: string,
  data: string,
];

const EVENT_COLUMNS = 'position, stream_id, version, type, schema_version, occurred_on, recorded_at, actor, data';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position    INTEGER PRIMARY KEY,
    stream_id   TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    -- the version of the data's shape; logs written before versions were recorded hold version 1
    schema_version INTEGER NOT NULL DEFAULT 1,
    occurred_on TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    UNIQUE (stream_id, version)
  );
  -- retry keys were once global, which let one user's key swallow another's write
  DROP TABLE IF EXISTS idempotency_keys;
  CREATE TABLE IF NOT EXISTS remembered_commands (
    scope     TEXT    NOT NULL,
    key       TEXT    NOT NULL,
    digest    TEXT    NOT NULL,
    answer    TEXT    NOT NULL,
    stream_id TEXT    NOT NULL,
    version   INTEGER NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (scope, key)
  );
  CREATE TABLE IF NOT EXISTS checkpoints (
    name     TEXT PRIMARY KEY,
    position INTEGER NOT NULL
  );
`;

/** Few users write most events: one parsed, frozen actor per distinct row value saves a million small objects on a rebuild. */
const actors = new Map<string, Actor>();
function actorOf(json: string): Actor {
  let actor = actors.get(json);
  if (!actor) {
    if (actors.size > 10_000) actors.clear();
    actor = Object.freeze(JSON.parse(json) as Actor);
    actors.set(json, actor);
  }
  return actor;
}

const toStoredEvent = ([
  position,
  streamId,
  version,
  type,
  schemaVersion,
  occurredOn,
  recordedAt,
  actor,
  data,
]: EventRow): StoredEvent => ({
  position,
  streamId,
  version,
  type,
  schemaVersion,
  occurredOn,
  recordedAt,
  actor: actorOf(actor),
  data: JSON.parse(data),
});

/** A log written before events recorded their schema version gets the column; its events are version 1. */
function addSchemaVersions(db: Database.Database): void {
  const columns = (db.pragma('table_info(events)') as { name: string }[]).map((column) => column.name);
  if (!columns.includes('schema_version')) {
    db.exec('ALTER TABLE events ADD COLUMN schema_version INTEGER NOT NULL DEFAULT 1');
  }
}

export interface SqliteEventStoreOptions {
  now?: () => Date;
  /** The event types' versions and upcasters: the platform's own unless a test brings its own. */
  versions?: EventVersions;
}

interface RememberedRow {
  digest: string;
  answer: string;
  stream_id: string;
  version: number;
  position: number;
}

interface PendingAppend {
  request: AppendRequest;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

interface Appended {
  result: AppendResult;
  stored: StoredEvent[];
}

type Outcome = Appended | { error: unknown };

const isUniqueViolation = (error: unknown): boolean =>
  (error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
  (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';

/**
 * The embedded event log: one SQLite file, WAL journal. The INTEGER PRIMARY KEY
 * is the global position; the unique (stream_id, version) index is what finally
 * rejects a concurrent writer, so the version cache below is only a shortcut.
 */
export class SqliteEventStore implements EventStore, CheckpointStore {
  private readonly db: Database.Database;
  private readonly listeners: ((events: StoredEvent[]) => void)[] = [];
  /** Stream versions this process has seen; a stale entry is caught by the unique index. */
  private readonly knownVersions = new Map<string, number>();
  private readonly statements;
  private readonly appendAtomically;
  private readonly appendTogether: (queued: PendingAppend[]) => Outcome[];
  private readonly appendBatch: (requests: readonly AppendRequest[]) => Appended[];
  private queued: PendingAppend[] = [];
  private appendsThisTurn = 0;
  private appendsLastTurn = 0;
  private readonly now: () => Date;
  private readonly versions: EventVersions;

  constructor(filename: string, options: SqliteEventStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.versions = options.versions ?? EVENT_VERSIONS;
    this.db = openOwnerOnly(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    addSchemaVersions(this.db);
    this.statements = {
      insert: this.db.prepare(
        'INSERT INTO events (stream_id, version, type, schema_version, occurred_on, recorded_at, actor, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      streamVersion: this.db.prepare('SELECT MAX(version) AS version FROM events WHERE stream_id = ?').pluck(),
      readStream: this.db
        .prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND version > ? ORDER BY version`)
        .raw(),
      readAll: this.db
        .prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`)
        .raw(),
      readStreams: this.db
        .prepare(
          `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id IN (SELECT value FROM json_each(?))
           AND (? IS NULL OR type IN (SELECT value FROM json_each(?))) ORDER BY position`,
        )
        .raw(),
      lastPosition: this.db.prepare('SELECT COALESCE(MAX(position), 0) FROM events').pluck(),
      findKey: this.db.prepare(
        'SELECT digest, answer, stream_id, version, position FROM remembered_commands WHERE scope = ? AND key = ?',
      ),
      saveKey: this.db.prepare(
        'INSERT INTO remembered_commands (scope, key, digest, answer, stream_id, version, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      loadCheckpoint: this.db.prepare('SELECT position FROM checkpoints WHERE name = ?').pluck(),
      saveCheckpoint: this.db.prepare(
        'INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position',
      ),
    };
    // inside appendTogether's transaction this is a savepoint: a request's events are stored all or none
    this.appendAtomically = this.db.transaction((request: AppendRequest) => this.appendRows(request));
    this.appendBatch = this.db.transaction((requests: readonly AppendRequest[]) =>
      requests.map((request) => this.appendRows(request)),
    );
    this.appendTogether = this.db.transaction((queued: PendingAppend[]) =>
      queued.map(({ request }): Outcome => {
        try {
          return this.appendOne(request);
        } catch (error) {
          // SQLite gave up the whole transaction (disk full, I/O error): the group fails as one
          if (!this.db.inTransaction) throw error;
          return { error };
        }
      }),
    );
  }

  /**
   * A lone writer's append is committed at once. Once appends pile up (more than one came
   * in the last turn of the event loop that had any), each waits for the end of its turn,
   * and all that arrived by then are committed in one transaction: under load one write to
   * the log serves many commands (group commit). Each append still stands or falls on its own.
   */
  append(request: AppendRequest): Promise<AppendResult> {
    if (request.events.length === 0) return Promise.reject(new Error(`Nothing to append to ${request.streamId}`));
    if (this.appendsThisTurn++ === 0) setImmediate(this.endTurn);
    if (this.appendsLastTurn > 1 || this.queued.length > 0) {
      return new Promise((resolve, reject) => this.queued.push({ request, resolve, reject }));
    }
    try {
      const appended = this.appendOne(request);
      this.committed([appended]);
      return Promise.resolve(appended.result);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** One transaction for the whole batch: SQLite stores it all or, whatever happens, nothing. */
  appendAll(requests: readonly AppendRequest[]): Promise<AppendResult[]> {
    const empty = requests.find((request) => request.events.length === 0);
    if (empty) return Promise.reject(new Error(`Nothing to append to ${empty.streamId}`));
    // appends already waiting for their turn keep their place in the log
    this.commitQueued();
    try {
      const appended = this.appendBatch(requests);
      this.committed(appended);
      return Promise.resolve(appended.map(({ result }) => result));
    } catch (error) {
      for (const { streamId } of requests) this.knownVersions.delete(streamId);
      return Promise.reject(error);
    }
  }

  private readonly endTurn = (): void => {
    this.appendsLastTurn = this.appendsThisTurn;
    this.appendsThisTurn = 0;
    this.commitQueued();
  };

  private commitQueued(): void {
    const queued = this.queued;
    if (queued.length === 0) return;
    this.queued = [];
    let outcomes: Outcome[];
    try {
      outcomes = this.appendTogether(queued);
    } catch (error) {
      for (const { reject } of queued) reject(error);
      return;
    }
    this.committed(outcomes.filter((outcome): outcome is Appended => 'result' in outcome));
    outcomes.forEach((outcome, i) =>
      'result' in outcome ? queued[i].resolve(outcome.result) : queued[i].reject(outcome.error),
    );
  }

  /** After a commit the version cache learns the new heads and the listeners hear of the events, in log order. */
  private committed(appends: Appended[]): void {
    const stored: StoredEvent[] = [];
    for (const { result, stored: events } of appends) {
      if (result.duplicate) continue;
      this.knownVersions.set(result.streamId, result.version);
      for (const event of events) stored.push(event);
    }
    if (stored.length > 0) for (const listener of this.listeners) listener(stored);
  }

  async readStream(streamId: string, afterVersion = 0): Promise<StoredEvent[]> {
    return (this.statements.readStream.all(streamId, afterVersion) as EventRow[]).map(this.toCurrent);
  }

  async readStreams(streamIds: readonly string[], types?: readonly string[]): Promise<StoredEvent[]> {
    const only = types ? JSON.stringify(types) : null;
    return (this.statements.readStreams.all(JSON.stringify(streamIds), only, only) as EventRow[]).map(this.toCurrent);
  }

  async readAll(afterPosition: number, limit: number): Promise<StoredEvent[]> {
    return (this.statements.readAll.all(afterPosition, limit) as EventRow[]).map(this.toCurrent);
  }

  /** A row as today's code reads it: in the current shape of its type. */
  private readonly toCurrent = (row: EventRow): StoredEvent => this.versions.upcast(toStoredEvent(row));

  async lastPosition(): Promise<number> {
    return this.statements.lastPosition.get() as number;
  }

  async rememberedCommand(scope: string, key: string): Promise<RememberedCommand | undefined> {
    return this.findRemembered(scope, key)?.remembered;
  }

  private findRemembered(
    scope: string,
    key: string,
  ): { result: AppendResult; remembered: RememberedCommand } | undefined {
    const row = this.statements.findKey.get(scope, key) as RememberedRow | undefined;
    if (!row) return undefined;
    const remembered = { digest: row.digest, answer: JSON.parse(row.answer), position: row.position };
    const result = { streamId: row.stream_id, version: row.version, position: row.position, duplicate: true };
    return { result: { ...result, remembered }, remembered };
  }

  onAppended(listener: (events: StoredEvent[]) => void): void {
    this.listeners.push(listener);
  }

  async load(name: string): Promise<number> {
    return (this.statements.loadCheckpoint.get(name) as number | undefined) ?? 0;
  }

  async save(name: string, position: number): Promise<void> {
    this.statements.saveCheckpoint.run(name, position);
  }

  async close(): Promise<void> {
    this.commitQueued();
    this.db.close();
  }

  private appendOne(request: AppendRequest): Appended {
    // one INSERT is atomic on its own
    const simple = request.events.length === 1 && request.idempotency === undefined;
    return simple ? this.appendRows(request) : this.appendAtomically(request);
  }

  private appendRows(request: AppendRequest): Appended {
    const { streamId, expectedVersion, events, actor, idempotency } = request;
    if (idempotency !== undefined) {
      const seen = this.findRemembered(idempotency.scope, idempotency.key);
      if (seen) return { result: seen.result, stored: [] };
    }
    if (this.knownVersions.get(streamId) !== expectedVersion) {
      const actual = (this.statements.streamVersion.get(streamId) as number | null) ?? 0;
      if (actual !== expectedVersion) throw new ConcurrencyError(streamId, expectedVersion, actual);
    }
    const recordedAt = this.now().toISOString();
    const actorJson = JSON.stringify(actor);
    let version = expectedVersion;
    let position = 0;
    const stored: StoredEvent[] = [];
    try {
      for (const event of events) {
        version += 1;
        const data = JSON.stringify(event.data);
        const { type, occurredOn } = event;
        const schemaVersion = this.versions.current(type);
        const columns = [streamId, version, type, schemaVersion, occurredOn, recordedAt, actorJson, data] as const;
        position = Number(this.statements.insert.run(...columns).lastInsertRowid);
        if (this.listeners.length > 0) stored.push(toStoredEvent([position, ...columns]));
      }
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      this.knownVersions.delete(streamId);
      const actual = (this.statements.streamVersion.get(streamId) as number | null) ?? 0;
      throw new ConcurrencyError(streamId, expectedVersion, actual);
    }
    if (idempotency !== undefined) {
      const { scope, key, digest, answer } = idempotency;
      this.statements.saveKey.run(scope, key, digest, JSON.stringify(answer), streamId, version, position);
    }
    return { result: { streamId, version, position, duplicate: false }, stored };
  }
}
