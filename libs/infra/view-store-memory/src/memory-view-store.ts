import type { Scalar, ViewDoc, ViewPage, ViewQuery, ViewStore, ViewWrite } from '@tuijin/application';

type Collection = Map<string, ViewDoc>;

const field = (doc: ViewDoc, name: string): unknown => (doc as unknown as Record<string, unknown>)[name];

const compareValues = (a: unknown, b: unknown): number => {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1;
  if (b === undefined || b === null) return 1;
  return (a as Scalar) < (b as Scalar) ? -1 : 1;
};

const matchesWhere = (doc: ViewDoc, where: ViewQuery['where']): boolean =>
  Object.entries(where ?? {}).every(([name, expected]) => {
    if (expected === undefined) return true;
    const actual = field(doc, name) as Scalar;
    return Array.isArray(expected) ? expected.includes(actual) : actual === expected;
  });

const matchesText = (doc: ViewDoc, text: ViewQuery['text']): boolean => {
  if (!text || text.contains === '') return true;
  const needle = text.contains.toLowerCase();
  return text.fields.some((name) =>
    String(field(doc, name) ?? '')
      .toLowerCase()
      .includes(needle),
  );
};

/**
 * Read models held in memory, for the embedded topology: they are rebuilt from
 * the event log at start-up, which is both fast and always exactly the log.
 * Documents are cloned on the way in and out so callers cannot alter them.
 */
export class MemoryViewStore implements ViewStore {
  private readonly collections = new Map<string, Collection>();
  private readonly checkpoints = new Map<string, number>();

  async get<T extends ViewDoc>(collection: string, id: string): Promise<T | undefined> {
    const doc = this.collection(collection).get(id);
    return doc && (structuredClone(doc) as T);
  }

  async find<T extends ViewDoc>(collection: string, query: ViewQuery): Promise<ViewPage<T>> {
    const { field: sortField, direction } = query.orderBy;
    const sign = direction === 'ASC' ? 1 : -1;
    const order = (a: ViewDoc, b: ViewDoc) =>
      sign * compareValues(field(a, sortField), field(b, sortField)) || compareValues(a.id, b.id);
    const matching = [...this.collection(collection).values()].filter(
      (doc) => matchesWhere(doc, query.where) && matchesText(doc, query.text),
    );
    matching.sort(order);
    const after = query.after;
    const start = after
      ? matching.findIndex((doc) => order(doc, { id: after.id, [sortField]: after.value } as ViewDoc) > 0)
      : 0;
    const rest = start < 0 ? [] : matching.slice(start);
    return {
      items: rest.slice(0, query.limit).map((doc) => structuredClone(doc) as T),
      totalCount: matching.length,
      hasNextPage: rest.length > query.limit,
    };
  }

  async all<T extends ViewDoc>(collection: string): Promise<T[]> {
    return [...this.collection(collection).values()].map((doc) => structuredClone(doc) as T);
  }

  async commit(writes: ViewWrite[], checkpoint: { name: string; position: number }): Promise<void> {
    for (const { collection, doc } of writes) this.collection(collection).set(doc.id, structuredClone(doc));
    this.checkpoints.set(checkpoint.name, checkpoint.position);
  }

  async checkpoint(name: string): Promise<number> {
    return this.checkpoints.get(name) ?? 0;
  }

  async clear(): Promise<void> {
    this.collections.clear();
    this.checkpoints.clear();
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
