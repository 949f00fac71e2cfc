import type { Need, StoredEvent } from '@tuijin/application';

/** Stream id → aggregate id, so every event of a stream names its documents with one and the same string. */
const aggregateIds = new Map<string, string>();

/** The event last asked about and its aggregate id: every projection asks about the same event in turn. */
let lastEvent: StoredEvent | undefined;
let lastId = '';

/** The id of the aggregate a stream belongs to: `project-<id>` → `<id>`. */
export function aggregateIdOf(stored: StoredEvent): string {
  if (stored === lastEvent) return lastId;
  let id = aggregateIds.get(stored.streamId);
  if (id === undefined) {
    if (aggregateIds.size >= 200_000) aggregateIds.clear();
    id = stored.streamId.slice(stored.streamId.indexOf('-') + 1);
    aggregateIds.set(stored.streamId, id);
  }
  lastEvent = stored;
  lastId = id;
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
