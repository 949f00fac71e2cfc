import type Database from 'better-sqlite3';
import { existsSync } from 'fs';
import { crc32 } from 'zlib';
import {
  containsText,
  FencedError,
  pageOfSorted,
  sortKeyOrder,
  type CheckpointWrite,
  type Scalar,
  type SortKey,
  type ViewDoc,
  type ViewPage,
  type ViewQuery,
  type ViewStore,
  type ViewWrite,
} from '@tuijin/application';
import { DocumentCache } from './document-cache';
import { sealFile, sealHolds } from './file-seal';
import { openOwnerOnly } from './owner-only';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS view_docs (
    collection TEXT    NOT NULL,
    id         TEXT    NOT NULL,
    doc        TEXT    NOT NULL,
    -- the document's CRC-32: a byte changed on disk is found before the document is served
    crc        INTEGER NOT NULL,
    PRIMARY KEY (collection, id)
  );
  CREATE TABLE IF NOT EXISTS view_checkpoints (
    name     TEXT    PRIMARY KEY,
    position INTEGER NOT NULL,
    epoch    INTEGER NOT NULL DEFAULT 0,
    -- which event the position stands at, as the store's owner names it
    mark     TEXT
  );
  CREATE TABLE IF NOT EXISTS view_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
`;

/** Sorted query results kept per collection; plenty for the lists people page through. */
const MAX_SORTED_LISTS = 200;
/**
 * The JSON kept parsed, in characters: a 5,000-project district's projects, facts and problems
 * are some 70 MB of it, so its bulletin and exports are read from memory after the first.
 */
const CACHED_JSON = 128 * 1024 * 1024;
/** Prepared statements kept: the queries' shapes are few, but a filter's list of values changes its SQL. */
const MAX_STATEMENTS = 1000;

/** A file that is not a whole read-model database, or a document not as it was written: changed outside the store. */
export class DamagedViews extends Error {
  constructor(detail: string) {
    super(`the read models' file is damaged: ${detail}`);
    this.name = 'DamagedViews';
  }
}

/** The file is held by another process that keeps read models in it, such as a running platform. */
export class ViewsInUse extends Error {
  constructor(filename: string) {
    super(`the read models' file ${filename} is in use by another process (a running platform?): stop it first`);
    this.name = 'ViewsInUse';
  }
}

/**
 * SQLite's own word that a file is damaged or not a database (SQLITE_CORRUPT, SQLITE_NOTADB…)
 * as `DamagedViews`; a file locked by another process is not damaged, and says so.
 */
function asDamage(error: unknown, filename: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new ViewsInUse(filename);
  return typeof code === 'string' && code.startsWith('SQLITE_') ? new DamagedViews((error as Error).message) : error;
}

export interface SqliteViewStoreOptions {
  /** The equality filters worth an index, e.g. a district or project id. */
  indexedFields?: readonly string[];
  /** Names the event at a checkpoint's position; stored with the checkpoint in the same transaction. */
  markOf?: (position: number) => Promise<string | null>;
  /**
   * Holds the file from opening to closing, so that another process opening it (a second
   * platform on the same data directory, a rebuild while the platform runs) is refused with
   * `ViewsInUse` instead of writing under a store that keeps documents in memory.
   */
  exclusive?: boolean;
}

/** Field names come from code; anything else is refused before it reaches SQL. */
function checkedName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a read-model field name: ${name}`);
  return name;
}

/** The column that holds an indexed field's value beside the document. */
const columnOf = (name: string) => `f_${checkedName(name)}`;

/** A top-level field of a stored document, read from its JSON. */
const jsonFieldSql = (name: string) => `json_extract(doc, '$.${checkedName(name)}')`;

/** A value as SQLite binds it: it has no booleans, and JSON's true and false read back as 1 and 0. */
const bindable = (value: Scalar | null): string | number | null => (typeof value === 'boolean' ? Number(value) : value);

/** A document's field as its column holds it: what `json_extract` reads from the document's JSON. */
function columnValue(value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  return bindable(value as Scalar);
}

/**
 * Read models kept in a SQLite file, for the embedded topology: they outlive a restart, so
 * start-up applies only the events after their checkpoint, and they are read from disk
 * rather than held in the heap. One process owns the file. Filters run in SQLite; each
 * indexed field is also kept in a column of its own, indexed, written from the document
 * as it is stored, so neither a write nor a filter parses the JSON for it. Sorting uses the
 * same order as every other store, in JavaScript, and a query's sorted ids are kept until
 * its collection next changes, so the pages of a list cost one filter and sort.
 */
export class SqliteViewStore implements ViewStore {
  private readonly db: Database.Database;
  /** The file was opened exactly as a clean close sealed it. */
  private readonly sealed: boolean;
  private readonly statements = new Map<string, Database.Statement>();
  /** collection → query → its sorted matches, until the collection next changes. */
  private readonly sortedLists = new Map<string, Map<string, SortKey[]>>();
  private readonly cached = new DocumentCache(CACHED_JSON);
  private readonly indexed: readonly string[];
  /** Stores a document with its checksum and indexed fields, replacing one of the same id. */
  private readonly putSql: string;

  constructor(
    private readonly filename: string,
    private readonly options: SqliteViewStoreOptions = {},
  ) {
    this.indexed = (options.indexedFields ?? []).map(checkedName);
    const columns = ['collection', 'id', 'doc', 'crc', ...this.indexed.map(columnOf)];
    const replaced = columns.slice(2).map((column) => `${column} = excluded.${column}`);
    this.putSql = `INSERT INTO view_docs (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
       ON CONFLICT (collection, id) DO UPDATE SET ${replaced.join(', ')}`;
    this.sealed = sealHolds(filename);
    this.db = openOwnerOnly(filename);
    try {
      // before the first access: from it on, the lock is held until the file is closed
      if (options.exclusive) this.db.pragma('locking_mode = EXCLUSIVE');
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      // a rebuild writes every document in one transaction: its journal is not kept at that size afterwards
      this.db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
      this.db.exec(SCHEMA);
      this.addIndexedColumns();
    } catch (error) {
      // a file that is not a database, or a damaged one: nothing stays open on it
      this.db.close();
      throw asDamage(error, filename);
    }
    this.db.function('contains_text', { deterministic: true }, (value: unknown, needle: unknown) =>
      containsText(value, String(needle)) ? 1 : 0,
    );
  }

  async get<T extends ViewDoc>(collection: string, id: string): Promise<T | undefined> {
    const hit = this.cached.get(collection, id);
    if (hit) return hit as T;
    const doc = this.statement('SELECT doc FROM view_docs WHERE collection = ? AND id = ?')
      .pluck()
      .get(collection, id) as string | undefined;
    return doc === undefined ? undefined : (this.cached.keep(collection, JSON.parse(doc) as ViewDoc, doc.length) as T);
  }

  async getMany<T extends ViewDoc>(collection: string, ids: string[]): Promise<T[]> {
    const found: ViewDoc[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const hit = this.cached.get(collection, id);
      if (hit) found.push(hit);
      else missing.push(id);
    }
    if (missing.length === 0) return found as T[];
    const rows = this.statement(
      'SELECT doc FROM view_docs WHERE collection = ? AND id IN (SELECT value FROM json_each(?))',
    )
      .pluck()
      .all(collection, JSON.stringify(missing)) as string[];
    for (const doc of rows) found.push(this.cached.keep(collection, JSON.parse(doc) as ViewDoc, doc.length));
    return found as T[];
  }

  async find<T extends ViewDoc>(collection: string, query: ViewQuery): Promise<ViewPage<T>> {
    // sort keys read a boolean back as SQLite's 1 or 0; so must the cursor
    const after = query.after && { ...query.after, value: bindable(query.after.value) };
    const sorted = this.sortedMatches(collection, query);
    const { rows, totalCount, hasNextPage } = pageOfSorted(sorted, { ...query, after }, (row) => row);
    const docs = new Map(
      (
        await this.getMany<T>(
          collection,
          rows.map((row) => row.id),
        )
      ).map((doc) => [doc.id, doc]),
    );
    return { items: rows.map((row) => docs.get(row.id) as T), totalCount, hasNextPage };
  }

  async all<T extends ViewDoc>(collection: string): Promise<T[]> {
    const rows = this.statement('SELECT doc FROM view_docs WHERE collection = ?').pluck().all(collection) as string[];
    return rows.map((doc) => JSON.parse(doc) as T);
  }

  async commit(writes: ViewWrite[], checkpoint: CheckpointWrite): Promise<void> {
    const mark = (await this.options.markOf?.(checkpoint.position)) ?? null;
    const rows = writes.map(({ collection, doc }) => {
      const json = JSON.stringify(doc);
      const fields = this.indexed.map((name) => columnValue((doc as unknown as Record<string, unknown>)[name]));
      return { params: [collection, doc.id, json, crc32(json), ...fields], length: json.length };
    });
    const put = this.statement(this.putSql);
    const keep = this.statement(
      `INSERT INTO view_checkpoints (name, position, mark) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET position = excluded.position, mark = excluded.mark`,
    );
    this.db.transaction(() => {
      this.fence(checkpoint.name, checkpoint.epoch);
      for (const row of rows) put.run(row.params);
      keep.run(checkpoint.name, checkpoint.position, mark);
    })();
    writes.forEach(({ collection, doc }, i) => {
      this.sortedLists.delete(collection);
      this.cached.written(collection, doc, rows[i].length);
    });
  }

  async checkpoint(name: string, epoch?: number): Promise<number> {
    this.fence(name, epoch);
    return this.checkpointRow(name)?.position ?? 0;
  }

  /** A checkpoint's position and the mark stored with it (see `markOf`). */
  markedCheckpoint(name: string): { position: number; mark: string | null } {
    const row = this.checkpointRow(name);
    return { position: row?.position ?? 0, mark: row?.mark ?? null };
  }

  async claim(name: string): Promise<number> {
    return this.statement(
      `INSERT INTO view_checkpoints (name, position, epoch) VALUES (?, 0, 1)
       ON CONFLICT (name) DO UPDATE SET epoch = epoch + 1 RETURNING epoch`,
    )
      .pluck()
      .get(name) as number;
  }

  async clear(): Promise<void> {
    this.db.exec('DELETE FROM view_docs; DELETE FROM view_checkpoints;');
    this.sortedLists.clear();
    this.cached.clear();
  }

  meta(key: string): string | undefined {
    return this.statement('SELECT value FROM view_meta WHERE key = ?').pluck().get(key) as string | undefined;
  }

  setMeta(key: string, value: string): void {
    this.statement(
      'INSERT INTO view_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
  }

  /**
   * Makes sure every document is as it was written, and says how: the file is the one a
   * clean close sealed (its CRC-32 read whole, in a fraction of the time), or else every
   * document is read and checked against its own checksum. Throws `DamagedViews` at the
   * first that fails, or when the file itself is damaged.
   */
  verify(): 'sealed' | 'documents' {
    if (this.sealed) return 'sealed';
    try {
      // the stored UTF-8 bytes, as the checksum was taken of them: no text is decoded
      const rows = this.db
        .prepare('SELECT collection, id, CAST(doc AS BLOB), crc FROM view_docs')
        .raw()
        .iterate() as IterableIterator<[string, string, Buffer, number]>;
      for (const [collection, id, doc, crc] of rows)
        if (crc32(doc) !== crc) throw new DamagedViews(`${collection}/${id} does not match its checksum`);
    } catch (error) {
      throw asDamage(error, this.filename);
    }
    return 'documents';
  }

  /**
   * Closes the file and, when SQLite has folded its journal in (nothing else has it open),
   * seals it, so that the next start need not check every document.
   */
  close(): void {
    if (!this.db.open) return;
    this.db.close();
    if (this.filename === ':memory:' || this.filename === '' || existsSync(`${this.filename}-wal`)) return;
    sealFile(this.filename);
  }

  /** A top-level field of a document as SQL: its column when it has one. */
  private fieldSql(name: string): string {
    if (name === 'id') return 'id';
    return this.indexed.includes(name) ? columnOf(name) : jsonFieldSql(name);
  }

  /**
   * Gives each indexed field its column and index. A file written before the field had a
   * column gets one filled from its documents, and loses the index that read the JSON.
   */
  private addIndexedColumns(): void {
    const present = new Set(
      this.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('view_docs') as string[],
    );
    for (const name of this.indexed) {
      const column = columnOf(name);
      if (!present.has(column)) {
        this.db.transaction(() => {
          this.db.exec(`ALTER TABLE view_docs ADD COLUMN ${column}`);
          this.db.exec(`UPDATE view_docs SET ${column} = ${jsonFieldSql(name)}`);
          this.db.exec(`DROP INDEX IF EXISTS view_docs_by_${name}`);
        })();
      }
      this.db.exec(`CREATE INDEX IF NOT EXISTS view_docs_by_${column} ON view_docs (collection, ${column})`);
    }
  }

  /** Every row a query matches, as its sort value and id, in the query's order. */
  private sortedMatches(collection: string, query: ViewQuery): SortKey[] {
    let lists = this.sortedLists.get(collection);
    if (!lists) this.sortedLists.set(collection, (lists = new Map()));
    const key = JSON.stringify([query.where, query.text, query.orderBy]);
    let matching = lists.get(key);
    if (!matching) {
      const conditions = ['collection = ?'];
      const params: (string | number | null)[] = [collection];
      for (const [name, expected] of Object.entries(query.where ?? {})) {
        if (expected === undefined) continue;
        const values = [expected].flat();
        conditions.push(`${this.fieldSql(name)} IN (${values.map(() => '?').join(', ')})`);
        params.push(...values.map(bindable));
      }
      if (query.text && query.text.contains !== '') {
        const fields = query.text.fields.map((name) => `contains_text(${this.fieldSql(name)}, ?)`);
        conditions.push(`(${fields.join(' OR ') || '0'})`);
        params.push(...query.text.fields.map(() => query.text?.contains.toLowerCase() ?? ''));
      }
      const sql = `SELECT ${this.fieldSql(query.orderBy.field)}, id FROM view_docs WHERE ${conditions.join(' AND ')}`;
      matching = (
        this.statement(sql)
          .raw()
          .all(...params) as [unknown, string][]
      ).map(([value, id]) => ({
        value,
        id,
      }));
      matching.sort(sortKeyOrder(query.orderBy.direction));
      if (lists.size >= MAX_SORTED_LISTS) lists.clear();
      lists.set(key, matching);
    }
    return matching;
  }

  private checkpointRow(name: string) {
    return this.statement('SELECT position, epoch, mark FROM view_checkpoints WHERE name = ?').get(name) as
      { position: number; epoch: number; mark: string | null } | undefined;
  }

  /** Refuses a writer whose claim on the checkpoint is no longer the latest. */
  private fence(name: string, epoch: number | undefined): void {
    if (epoch !== undefined && this.checkpointRow(name)?.epoch !== epoch) throw new FencedError(name, epoch);
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= MAX_STATEMENTS) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
