import type { CommandAnswer, IdempotencyClaim } from '../commands/command-metadata';

/** Who caused an event. Recorded on every event so history can say who did what. */
export interface Actor {
  userId: string;
  role: string;
  /** The ledger (台账) file the person imported, when the change came from one rather than from a form. */
  importedFrom?: LedgerSource;
}

/** A ledger file as an import names it: which ledger, the file's name and its SHA-256. */
export interface LedgerSource {
  ledger: string;
  fileName: string;
  digest: string;
}

export interface NewEvent {
  type: string;
  /** Business date (YYYY-MM-DD) of the fact. */
  occurredOn: string;
  data: unknown;
}

/** An event as the log holds it. `position` orders the whole log; `version` orders one stream from 1. */
export interface StoredEvent<Data = unknown> {
  position: number;
  streamId: string;
  version: number;
  type: string;
  /**
   * The version of the data's shape (see EventVersions). Readers get every event in
   * today's shape, so this is the current version of its type; the log keeps the version
   * each event was written at.
   */
  schemaVersion: number;
  occurredOn: string;
  /** ISO-8601 instant the store appended it. */
  recordedAt: string;
  actor: Actor;
  data: Data;
}

/** A command's retry key as the log keeps it, stored in the same commit as the command's events. */
export interface IdempotencyRecord extends IdempotencyClaim {
  /** What the command answered, so that a retry gets the same answer. */
  answer: CommandAnswer;
}

/** A command the log remembers by its retry key. */
export interface RememberedCommand {
  digest: string;
  answer: CommandAnswer;
  /** Global position of the command's last event. */
  position: number;
}

export interface AppendRequest {
  streamId: string;
  /** The version the caller last saw: 0 means the stream must not exist yet. */
  expectedVersion: number;
  events: NewEvent[];
  actor: Actor;
  /** Recorded atomically with the events; a second append with the same scope and key appends nothing. */
  idempotency?: IdempotencyRecord;
}

export interface AppendResult {
  streamId: string;
  /** The stream's version after the append. */
  version: number;
  /** Global position of the last event appended. */
  position: number;
  /** True when the scope and key had been recorded already and nothing new was appended. */
  duplicate: boolean;
  /** For a duplicate: the command recorded first under that key. */
  remembered?: RememberedCommand;
}

/**
 * The event log, the only source of truth. Implementations must pass
 * `runEventStoreContract` from `@tuijin/testing`: among other things, each stores an
 * event with its type's current schema version and upcasts it on every read.
 */
export interface EventStore {
  append(request: AppendRequest): Promise<AppendResult>;
  /**
   * Appends to several streams as one: every request is stored, or none is (a stream moved on
   * since it was read, the store failed, the process died half-way). A ledger import writes
   * its commands this way. Requests to one stream follow each other's versions.
   */
  appendAll(requests: readonly AppendRequest[]): Promise<AppendResult[]>;
  /** The stream's events in version order, only those after `afterVersion` when given. */
  readStream(streamId: string, afterVersion?: number): Promise<StoredEvent[]>;
  /**
   * The events of several streams at once (a district's projects, for a bulletin), in log
   * order; with `types`, only the events of those types.
   */
  readStreams(streamIds: readonly string[], types?: readonly string[]): Promise<StoredEvent[]>;
  /** Events with a position greater than `afterPosition`, in order, at most `limit` of them. */
  readAll(afterPosition: number, limit: number): Promise<StoredEvent[]>;
  lastPosition(): Promise<number>;
  /** The command recorded under a caller's retry key, if any. */
  rememberedCommand(scope: string, key: string): Promise<RememberedCommand | undefined>;
  /**
   * Called after every successful append with the events it stored, exactly as reading
   * the log would give them: a relay in the same process need neither poll nor read back.
   */
  onAppended(listener: (events: StoredEvent[]) => void): void;
  close(): Promise<void>;
}

/** The stream moved on since the caller read it. */
export class ConcurrencyError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(`Stream ${streamId} is at version ${actualVersion}, not the expected ${expectedVersion}`);
    this.name = 'ConcurrencyError';
  }
}
