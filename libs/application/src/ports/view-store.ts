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
  /**
   * The writer knows the store holds no document of this id (it looked when it loaded its
   * documents, or the read models are empty): a store may insert it rather than replace one.
   * One that finds a document there after all replaces it, as it would without the mark.
   */
  created?: boolean;
}

/** Where a batch's checkpoint goes; with an `epoch`, only while that is still the checkpoint's latest claim. */
export interface CheckpointWrite {
  name: string;
  position: number;
  epoch?: number;
}

/**
 * A write refused because a newer claim was made on its checkpoint: another projector owns
 * that lane now, and the refused writer must leave the lane to it.
 */
export class FencedError extends Error {
  constructor(name: string, epoch: number) {
    super(`${name} was claimed by another projector after epoch ${epoch}; this one leaves its batch to it`);
    this.name = 'FencedError';
  }
}

/**
 * Where projections keep read models. A write batch and the checkpoint that
 * goes with it are stored together, so a crash never leaves a model ahead of
 * or behind its checkpoint.
 *
 * Fencing: a writer that takes over a checkpoint `claim`s it and passes the epoch it got
 * with every read and commit of that checkpoint. Once a newer claim is made, the older
 * epoch's commits fail with `FencedError` and leave nothing behind: neither the checkpoint
 * nor any document, even if the writer was frozen half-way through committing.
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
  commit(writes: ViewWrite[], checkpoint: CheckpointWrite): Promise<void>;
  /** The checkpoint's position; with an `epoch`, fails with `FencedError` once a newer claim was made. */
  checkpoint(name: string, epoch?: number): Promise<number>;
  /** Raises the checkpoint's epoch, fencing out every earlier claim, and returns it. */
  claim(name: string): Promise<number>;
  clear(): Promise<void>;
}
