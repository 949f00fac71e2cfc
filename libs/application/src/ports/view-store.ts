/** A read-model document. `id` is unique within its collection. */
export interface ViewDoc {
  id: string;
}

export type Scalar = string | number | boolean;

export interface ViewQuery {
  /** Equality on top-level fields; an array value matches any of its members. */
  where?: Record<string, Scalar | Scalar[] | undefined>;
  /** Case-insensitive substring search over the named fields. */
  text?: { fields: string[]; contains: string };
  orderBy: { field: string; direction: 'ASC' | 'DESC' };
  limit: number;
  /** Keyset cursor: the sort value and id of the last row of the previous page. */
  after?: { value: Scalar | null; id: string };
}

export interface ViewPage<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface ViewWrite {
  collection: string;
  doc: ViewDoc;
}

/**
 * Where projections keep read models. A write batch and the checkpoint that
 * goes with it are stored together, so a crash never leaves a model ahead of
 * or behind its checkpoint.
 */
export interface ViewStore {
  get<T extends ViewDoc>(collection: string, id: string): Promise<T | undefined>;
  /** The documents of those ids that exist, in no particular order. */
  getMany<T extends ViewDoc>(collection: string, ids: string[]): Promise<T[]>;
  find<T extends ViewDoc>(collection: string, query: ViewQuery): Promise<ViewPage<T>>;
  all<T extends ViewDoc>(collection: string): Promise<T[]>;
  /**
   * Stores a batch of writes with its checkpoint. The writes of the collection that comes
   * last in `writes` become visible only after all the others, so a reader that sees them
   * (e.g. the applied stream versions) sees the whole batch.
   */
  commit(writes: ViewWrite[], checkpoint: { name: string; position: number }): Promise<void>;
  checkpoint(name: string): Promise<number>;
  clear(): Promise<void>;
}
