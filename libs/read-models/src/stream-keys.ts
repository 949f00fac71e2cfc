import type { DocKey, StoredEvent } from '@tuijin/application';

/** The id of the aggregate a stream belongs to: `project-<id>` → `<id>`. */
export const aggregateIdOf = (stored: StoredEvent): string => stored.streamId.slice(stored.streamId.indexOf('-') + 1);

/** The document of `collection` named after the event's aggregate, when the stream is of `family`. */
export const ownDoc = (stored: StoredEvent, family: string, collection: string): DocKey[] =>
  stored.streamId.startsWith(`${family}-`) ? [{ collection, id: aggregateIdOf(stored) }] : [];
