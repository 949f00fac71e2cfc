import { streamOf, type ViewDoc, type ViewSession, type ViewStore } from '@tuijin/application';
import { normalizeInstant } from './known-at';
import { projectProjection } from './project.projection';
import { ReadModelQueries } from './read-model-queries';
import { COLLECTIONS } from './views';

/** Documents folded in one go: every one is new to the fold, so a draft is the document itself. */
class FoldSession implements ViewSession {
  readonly docs = new Map<string, Map<string, ViewDoc>>();

  get<T extends ViewDoc>(collection: string, id: string): T | undefined {
    return this.docs.get(collection)?.get(id) as T | undefined;
  }

  put<T extends ViewDoc>(collection: string, doc: T): void {
    let docs = this.docs.get(collection);
    if (!docs) this.docs.set(collection, (docs = new Map()));
    docs.set(doc.id, doc);
  }

  edit<T extends ViewDoc>(collection: string, id: string): T | undefined {
    return this.get<T>(collection, id);
  }
}

/**
 * A district's projects and problems as they stood at `knownAt`, for the lists that keep only
 * the present (projects, problems, monthly reports): each project's stream up to that instant
 * is folded again by the projects' own projection into `into`, an empty store, along with the
 * district's units. The answer reads them with the same queries, filters and order as now.
 */
export async function projectsKnownAt(
  queries: ReadModelQueries,
  districtId: string,
  knownAt: string,
  into: ViewStore,
): Promise<ReadModelQueries> {
  const instant = normalizeInstant(knownAt) as string;
  const ids = await queries.projectIds(districtId, {});
  const session = new FoldSession();
  // every stream in one read; each project's own events stay in their order
  for (const event of await queries.log.readStreams(ids.map((id) => streamOf.project(id)))) {
    if (event.recordedAt <= instant) projectProjection.apply(event, session);
  }
  const writes = [...session.docs].flatMap(([collection, docs]) =>
    [...docs.values()].map((doc) => ({ collection, doc })),
  );
  for (const unit of await queries.units(districtId)) writes.push({ collection: COLLECTIONS.units, doc: unit });
  await into.commit(writes, { name: 'known-at', position: 0 });
  return new ReadModelQueries(into, queries.log);
}
