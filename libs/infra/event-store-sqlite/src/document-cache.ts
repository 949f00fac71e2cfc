import type { ViewDoc } from '@tuijin/application';

/**
 * Parsed read-model documents kept by the size of their JSON, the earliest kept leaving first:
 * the users, units and a large district's projects in use are read from memory, while memory
 * stays bounded however long the log grows. Documents are frozen: read-only to every caller,
 * as in the memory store.
 */
export class DocumentCache {
  private readonly docs = new Map<string, { doc: ViewDoc; size: number }>();
  private size = 0;

  /** `budget`: the JSON characters kept at most. */
  constructor(private readonly budget: number) {}

  get(collection: string, id: string): ViewDoc | undefined {
    return this.docs.get(`${collection} ${id}`)?.doc;
  }

  /** Keeps a document read from the store, `size` the length of its JSON. */
  keep(collection: string, doc: ViewDoc, size: number): ViewDoc {
    this.put(`${collection} ${doc.id}`, doc, size);
    while (this.size > this.budget) this.evictOldest();
    return doc;
  }

  /** A document just written: kept as written if it was in use, otherwise left to be read when asked for. */
  written(collection: string, doc: ViewDoc, size: number): void {
    const key = `${collection} ${doc.id}`;
    if (this.docs.has(key)) this.put(key, doc, size);
  }

  clear(): void {
    this.docs.clear();
    this.size = 0;
  }

  private put(key: string, doc: ViewDoc, size: number): void {
    this.size += size - (this.docs.get(key)?.size ?? 0);
    this.docs.set(key, { doc: Object.freeze(doc), size });
  }

  private evictOldest(): void {
    const [key, { size }] = this.docs.entries().next().value as [string, { size: number }];
    this.docs.delete(key);
    this.size -= size;
  }
}
