import type { Need, StoredEvent } from '@tuijin/application';

/** Stream id → aggregate id, so every event of a stream names its documents with one and the same string. */
const aggregateIds = new Map<string, string>();

/** The id of the aggregate a stream belongs to: `project-<id>` → `<id>`. */
export function aggregateIdOf(stored: StoredEvent): string {
  let id = aggregateIds.get(stored.streamId);
  if (id === undefined) {
    if (aggregateIds.size >= 200_000) aggregateIds.clear();
    id = stored.streamId.slice(stored.streamId.indexOf('-') + 1);
    aggregateIds.set(stored.streamId, id);
  }
  return id;
}

/** The domain event a stored event carries: it has the domain event's `type`, `occurredOn` and `data` as they are. */
export const domainEvent = <E extends { type: string }>(stored: StoredEvent): E => stored as unknown as E;

/** Needs the documents of `collections` named after the event's aggregate, when the stream is of `family`. */
export function needOwnDocs(stored: StoredEvent, family: string, need: Need, ...collections: string[]): void {
  if (!stored.streamId.startsWith(`${family}-`)) return;
  const id = aggregateIdOf(stored);
  for (const collection of collections) need(collection, id);
}
