import Database from 'better-sqlite3';
import {
  ConcurrencyError,
  type Actor,
  type AppendRequest,
  type AppendResult,
  type CheckpointStore,
  type EventStore,
  type StoredEvent,
} from '@tuijin/application';

/** A row of EVENT_COLUMNS, read as an array: cheaper than an object per row on a replay. */
type EventRow = [
  position: number,
  streamId: string,
  version: number,
  type: string,
  occurredOn: string,
  recordedAt: string,
  actor: string,
  data: string,
];

const EVENT_COLUMNS = 'position, stream_id, version, type, occurred_on, recorded_at, actor, data';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position    INTEGER PRIMARY KEY,
    stream_id   TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    occurred_on TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    UNIQUE (stream_id, version)
  );
  CREATE TABLE IF NOT EXISTS idempotency_keys (
    key       TEXT PRIMARY KEY,
    stream_id TEXT    NOT NULL,
    version   INTEGER NOT NULL,
    position  INTEGER NOT NULL
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
  occurredOn,
  recordedAt,
  actor,
  data,
]: EventRow): StoredEvent => ({
  position,
  streamId,
  version,
  type,
  occurredOn,
  recordedAt,
  actor: actorOf(actor),
  data: JSON.parse(data),
});

interface QueuedAppend {
  request: AppendRequest;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; result: AppendResult; stored: StoredEvent[] } | { ok: false; error: unknown };

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
  private readonly commitTogether: (queued: QueuedAppend[]) => Outcome[];
  private queued: QueuedAppend[] = [];

  constructor(
    filename: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    this.statements = {
      insert: this.db.prepare(
        'INSERT INTO events (stream_id, version, type, occurred_on, recorded_at, actor, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      streamVersion: this.db.prepare('SELECT MAX(version) AS version FROM events WHERE stream_id = ?').pluck(),
      readStream: this.db
        .prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND version > ? ORDER BY version`)
        .raw(),
      readAll: this.db
        .prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`)
        .raw(),
      lastPosition: this.db.prepare('SELECT COALESCE(MAX(position), 0) FROM events').pluck(),
      findKey: this.db.prepare('SELECT stream_id, version, position FROM idempotency_keys WHERE key = ?'),
      saveKey: this.db.prepare('INSERT INTO idempotency_keys (key, stream_id, version, position) VALUES (?, ?, ?, ?)'),
      loadCheckpoint: this.db.prepare('SELECT position FROM checkpoints WHERE name = ?').pluck(),
      saveCheckpoint: this.db.prepare(
        'INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position',
      ),
    };
    // inside commitTogether's transaction this is a savepoint: a request's events are stored all or none
    this.appendAtomically = this.db.transaction((request: AppendRequest) => this.appendRows(request));
    this.commitTogether = this.db.transaction((queued: QueuedAppend[]) => this.appendEach(queued));
  }

  /**
   * Appends wait for the event loop's next turn, and every append that arrived by then
   * is committed in one transaction: under load one WAL write serves many commands.
   * Each append still stands or falls on its own.
   */
  append(request: AppendRequest): Promise<AppendResult> {
    if (request.events.length === 0) return Promise.reject(new Error(`Nothing to append to ${request.streamId}`));
    return new Promise((resolve, reject) => {
      if (this.queued.push({ request, resolve, reject }) === 1) setImmediate(this.commitQueued);
    });
  }

  private readonly commitQueued = (): void => {
    const queued = this.queued;
    if (queued.length === 0) return;
    this.queued = [];
    let outcomes: Outcome[];
    try {
      // a lone append needs no transaction around it: it is one already
      outcomes = queued.length === 1 ? this.appendEach(queued) : this.commitTogether(queued);
    } catch (error) {
      // the commit itself failed, so none of them was stored
      for (const { reject } of queued) reject(error);
      return;
    }
    const stored: StoredEvent[] = [];
    for (const outcome of outcomes) {
      if (!outcome.ok || outcome.result.duplicate) continue;
      this.knownVersions.set(outcome.result.streamId, outcome.result.version);
      for (const event of outcome.stored) stored.push(event);
    }
    if (stored.length > 0) for (const listener of this.listeners) listener(stored);
    outcomes.forEach((outcome, i) =>
      outcome.ok ? queued[i].resolve(outcome.result) : queued[i].reject(outcome.error),
    );
  };

  async readStream(streamId: string, afterVersion = 0): Promise<StoredEvent[]> {
    return (this.statements.readStream.all(streamId, afterVersion) as EventRow[]).map(toStoredEvent);
  }

  async readAll(afterPosition: number, limit: number): Promise<StoredEvent[]> {
    return (this.statements.readAll.all(afterPosition, limit) as EventRow[]).map(toStoredEvent);
  }

  async lastPosition(): Promise<number> {
    return this.statements.lastPosition.get() as number;
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

  private appendEach(queued: QueuedAppend[]): Outcome[] {
    return queued.map(({ request }): Outcome => {
      try {
        // one INSERT is atomic on its own
        const simple = request.events.length === 1 && request.idempotencyKey === undefined;
        const { stored, ...result } = simple ? this.appendRows(request) : this.appendAtomically(request);
        return { ok: true, result, stored };
      } catch (error) {
        // SQLite gave up the whole transaction (disk full, I/O error), or there was none: all fail as one
        if (!this.db.inTransaction) throw error;
        return { ok: false, error };
      }
    });
  }

  private appendRows(request: AppendRequest): AppendResult & { stored: StoredEvent[] } {
    const { streamId, expectedVersion, events, actor, idempotencyKey } = request;
    if (idempotencyKey !== undefined) {
      const seen = this.statements.findKey.get(idempotencyKey) as
        { stream_id: string; version: number; position: number } | undefined;
      if (seen) {
        return {
          streamId: seen.stream_id,
          version: seen.version,
          position: seen.position,
          duplicate: true,
          stored: [],
        };
      }
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
        position = Number(
          this.statements.insert.run(streamId, version, type, occurredOn, recordedAt, actorJson, data).lastInsertRowid,
        );
        if (this.listeners.length > 0) {
          stored.push(toStoredEvent([position, streamId, version, type, occurredOn, recordedAt, actorJson, data]));
        }
      }
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      this.knownVersions.delete(streamId);
      const actual = (this.statements.streamVersion.get(streamId) as number | null) ?? 0;
      throw new ConcurrencyError(streamId, expectedVersion, actual);
    }
    if (idempotencyKey !== undefined) this.statements.saveKey.run(idempotencyKey, streamId, version, position);
    return { streamId, version, position, duplicate: false, stored };
  }
}
