import { createHash } from 'crypto';
import { Projector, type EventStore, type ViewStore } from '@tuijin/application';
import { canonicalJson } from '@tuijin/domain-kernel';
import { COLLECTIONS } from './views';
import { ALL_PROJECTIONS } from './all-projections';

export interface RebuildReport {
  events: number;
  documents: Record<string, number>;
  /** A digest of every read-model document: equal digests mean read models holding the same data. */
  digest: string;
}

/** Every read-model document, collection by collection, in id order. */
export async function readModelSnapshot(views: ViewStore): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const collection of Object.values(COLLECTIONS)) {
    const docs = await views.all(collection);
    snapshot[collection] = docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return snapshot;
}

export async function describeReadModels(views: ViewStore, events: number): Promise<RebuildReport> {
  const snapshot = await readModelSnapshot(views);
  const hash = createHash('sha256');
  // document by document: a large district's read models do not fit in one string; keys sorted, since
  // a stored document read back has its fields in the order they were first given a value
  for (const [name, docs] of Object.entries(snapshot)) {
    hash.update(name);
    for (const doc of docs) hash.update(canonicalJson(doc));
  }
  const documents = Object.fromEntries(Object.entries(snapshot).map(([name, docs]) => [name, docs.length]));
  return { events, documents, digest: hash.digest('hex').slice(0, 16) };
}

/** Throws away the read models and replays the whole event log into them. */
export async function rebuildInto(store: EventStore, views: ViewStore): Promise<void> {
  await views.clear();
  const projector = new Projector(views, ALL_PROJECTIONS);
  await projector.start();
  await projector.catchUp(store, { fromScratch: true });
}

/** Rebuilds, then describes what the read models hold. */
export async function rebuildReadModels(store: EventStore, views: ViewStore): Promise<RebuildReport> {
  await rebuildInto(store, views);
  return describeReadModels(views, await store.lastPosition());
}
