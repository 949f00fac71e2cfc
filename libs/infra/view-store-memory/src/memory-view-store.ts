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

type Collection = Map<string, ViewDoc>;

/** Sorted query results kept per collection; plenty for the lists people page through. */
const MAX_SORTED_LISTS = 200;

const field = (doc: ViewDoc, name: string): unknown => (doc as unknown as Record<string, unknown>)[name];

/** A test for the equality filters that are set, built once per query rather than once per document. */
function whereTest(where: ViewQuery['where']): (doc: ViewDoc) => boolean {
  const conditions = Object.entries(where ?? {}).filter(([, expected]) => expected !== undefined);
  return (doc) =>
    conditions.every(([name, expected]) => {
      const actual = field(doc, name) as Scalar;
      return Array.isArray(expected) ? expected.includes(actual) : actual === expected;
    });
}

const matchesText = (doc: ViewDoc, text: ViewQuery['text']): boolean => {
  if (!text || text.contains === '') return true;
  const needle = text.contains.toLowerCase();
  return text.fields.some((name) => containsText(field(doc, name), needle));
};

/**
 * Read models held in memory: for a rebuild, a question asked as of a past instant, and
 * the tests.
 * Stored documents are frozen and handed out without copying: they are
 * read-only to every caller, and projections build new documents instead.
 */
export class MemoryViewStore implements ViewStore {
  private readonly collections = new Map<string, Collection>();
  private readonly checkpoints = new Map<string, number>();
  /** The latest claim per checkpoint. */
  private readonly epochs = new Map<string, number>();
  /** collection → query → its sorted matches, until the collection next changes. */
  private readonly sortedLists = new Map<string, Map<string, ViewDoc[]>>();
  /** collection → field → value → ids, for the fields named at construction. */
  private readonly indexes = new Map<string, Map<string, Map<unknown, Set<string>>>>();

  /** `indexedFields` are the equality filters worth an index, e.g. a district or project id. */
  constructor(private readonly indexedFields: readonly string[] = []) {}

  async get<T extends ViewDoc>(collection: string, id: string): Promise<T | undefined> {
    return this.collection(collection).get(id) as T | undefined;
  }

  async getMany<T extends ViewDoc>(collection: string, ids: string[]): Promise<T[]> {
    const docs = this.collection(collection);
    const found: T[] = [];
    for (const id of ids) {
      const doc = docs.get(id);
      if (doc) found.push(doc as T);
    }
    return found;
  }

  async find<T extends ViewDoc>(collection: string, query: ViewQuery): Promise<ViewPage<T>> {
    const sortField = query.orderBy.field;
    const key = (doc: ViewDoc) => ({ value: field(doc, sortField), id: doc.id });
    const { rows, totalCount, hasNextPage } = pageOfSorted(this.sortedMatches(collection, query, key), query, key);
    return { items: rows as T[], totalCount, hasNextPage };
  }

  /**
   * Every document a query matches, in its order. Kept until the collection next changes,
   * so the pages of a list, and the same list asked for again, cost one filter and sort.
   */
  private sortedMatches(collection: string, query: ViewQuery, sortKey: (doc: ViewDoc) => SortKey): ViewDoc[] {
    let lists = this.sortedLists.get(collection);
    if (!lists) this.sortedLists.set(collection, (lists = new Map()));
    const key = JSON.stringify([query.where, query.text, query.orderBy]);
    let matching = lists.get(key);
    if (!matching) {
      const matchesWhere = whereTest(query.where);
      matching = this.candidates(collection, query.where).filter(
        (doc) => matchesWhere(doc) && matchesText(doc, query.text),
      );
      const order = sortKeyOrder(query.orderBy.direction);
      matching.sort((a, b) => order(sortKey(a), sortKey(b)));
      if (lists.size >= MAX_SORTED_LISTS) lists.clear();
      lists.set(key, matching);
    }
    return matching;
  }

  async all<T extends ViewDoc>(collection: string): Promise<T[]> {
    return [...this.collection(collection).values()] as T[];
  }

  async commit(writes: ViewWrite[], checkpoint: CheckpointWrite): Promise<void> {
    this.fence(checkpoint.name, checkpoint.epoch);
    for (const { collection, doc } of writes) this.put(collection, [doc]);
    this.checkpoints.set(checkpoint.name, checkpoint.position);
  }

  /** Stores documents of one collection, frozen, and keeps its indexes. */
  private put(collection: string, docs: readonly ViewDoc[]): void {
    this.sortedLists.delete(collection);
    const stored = this.collection(collection);
    for (const doc of docs) {
      const previous = stored.get(doc.id);
      stored.set(doc.id, Object.freeze(doc));
      for (const name of this.indexedFields) {
        const value = field(doc, name);
        const before = previous && field(previous, name);
        if (previous && before === value) continue;
        const index = this.index(collection, name);
        if (previous) index.get(before)?.delete(doc.id);
        if (value === undefined) continue;
        const ids = index.get(value) ?? new Set<string>();
        ids.add(doc.id);
        index.set(value, ids);
      }
    }
  }

  async checkpoint(name: string, epoch?: number): Promise<number> {
    this.fence(name, epoch);
    return this.checkpoints.get(name) ?? 0;
  }

  async claim(name: string): Promise<number> {
    const epoch = (this.epochs.get(name) ?? 0) + 1;
    this.epochs.set(name, epoch);
    return epoch;
  }

  async clear(): Promise<void> {
    this.collections.clear();
    this.checkpoints.clear();
    this.epochs.clear();
    this.indexes.clear();
    this.sortedLists.clear();
  }

  /** Refuses a writer whose claim on the checkpoint is no longer the latest (memory commits cannot be interrupted). */
  private fence(name: string, epoch: number | undefined): void {
    if (epoch !== undefined && this.epochs.get(name) !== epoch) throw new FencedError(name, epoch);
  }

  /** The documents a query can match: narrowed by an index when it filters on an indexed field. */
  private candidates(collection: string, where: ViewQuery['where']): ViewDoc[] {
    const docs = this.collection(collection);
    const indexed = this.indexedFields.find((name) => where?.[name] !== undefined && !Array.isArray(where[name]));
    if (!indexed) return [...docs.values()];
    const ids = this.index(collection, indexed).get(where?.[indexed]) ?? new Set<string>();
    return [...ids].map((id) => docs.get(id) as ViewDoc);
  }

  private index(collection: string, name: string): Map<unknown, Set<string>> {
    let byField = this.indexes.get(collection);
    if (!byField) {
      byField = new Map();
      this.indexes.set(collection, byField);
    }
    let index = byField.get(name);
    if (!index) {
      index = new Map();
      byField.set(name, index);
    }
    return index;
  }

  private collection(name: string): Collection {
    let collection = this.collections.get(name);
    if (!collection) {
      collection = new Map();
      this.collections.set(name, collection);
    }
    return collection;
  }
}
