import { streamOf, type EventStore, type StoredEvent, type ViewPage, type ViewStore } from '@tuijin/application';
import type { CredentialsView, UserView } from './accounts.projection';
import type { DistrictMapView, OpenDataPublicationView } from './district-settings.projection';
import type { BulletinBookView } from './bulletin-book.projection';
import type { LedgerImportBookView, LedgerImportView } from './ledger-import-book.projection';
import { normalizeInstant } from './known-at';
import type { Category, ProblemCategory, ProblemStatus, Stage } from '@tuijin/domain-projects';
import {
  COLLECTIONS,
  type DistrictView,
  type HistoryEntry,
  type ProblemView,
  type ProjectView,
  type UnitView,
} from './views';

export interface ProjectFilter {
  stage?: Stage[];
  leadUnitId?: string;
  /** Only projects whose leader is this user (a leader's own view). */
  leaderUserId?: string;
  category?: Category[];
  /** Matches code, name, owner enterprise or township, case-insensitively. */
  text?: string;
}

export interface ProblemFilter {
  status?: ProblemStatus[];
  category?: ProblemCategory[];
  ownerUnitId?: string;
  /** Only problems of these projects (what a unit reporter or a leader sees). */
  projectIds?: string[];
  /** Matches the description, case-insensitively. */
  text?: string;
}

export type ProjectSortField =
  'code' | 'name' | 'totalInvestment' | 'registeredOn' | 'completedInvestment' | 'cumulativeInvestment';

export interface PageRequest<SortField extends string> {
  first: number;
  after?: string;
  sortBy: SortField;
  direction: 'ASC' | 'DESC';
}

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Opaque keyset cursors: the sort value and id of a row, so a page never skips or repeats rows. */
const encodeCursor = (value: unknown, id: string) =>
  Buffer.from(JSON.stringify([value ?? null, id])).toString('base64url');

/** Cursors by document and sort field: a stored document is never changed, so neither are its cursors. */
const cursors = new WeakMap<ProjectView, Partial<Record<ProjectSortField, string>>>();
function cursorOf(project: ProjectView, sortBy: ProjectSortField): string {
  let known = cursors.get(project);
  if (!known) cursors.set(project, (known = {}));
  return (known[sortBy] ??= encodeCursor(project[sortBy], project.id));
}

function connectionOf<T>(page: ViewPage<T>, cursorOfRow: (row: T) => string): Connection<T> {
  const edges = page.items.map((node) => ({ cursor: cursorOfRow(node), node }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** A cursor's sort value and id, only when it is exactly what `encodeCursor` writes; undefined otherwise. */
export function decodeCursor(cursor: string): { value: string | number | null; id: string } | undefined {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) return undefined;
  const [value, id] = decoded as unknown[];
  const sortValue =
    value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
  if (!sortValue || typeof id !== 'string' || id.length === 0) return undefined;
  return encodeCursor(value, id) === cursor ? { value: value as string | number | null, id } : undefined;
}

/** Where projects' histories are read: the event log's streams. */
export type HistoryLog = Pick<EventStore, 'readStream' | 'readStreams'>;

const historyEntry = ({ position, version, type, occurredOn, recordedAt, actor, data }: StoredEvent): HistoryEntry => ({
  position,
  version,
  type,
  occurredOn,
  recordedAt,
  actor,
  data,
});

/** Everything the API reads: the read models, and projects' histories from the event log. */
export class ReadModelQueries {
  constructor(
    private readonly views: ViewStore,
    /** A project's history is its stream in the event log: read there, it is never behind and never held twice. */
    readonly log: HistoryLog,
  ) {}

  /** Every district, or only those named (a user's scope), by code. */
  async districts(only?: readonly string[]): Promise<DistrictView[]> {
    const districts = only
      ? (await Promise.all(only.map((id) => this.district(id)))).filter((d): d is DistrictView => d !== undefined)
      : await this.views.all<DistrictView>(COLLECTIONS.districts);
    return districts.sort((a, b) => a.code.localeCompare(b.code));
  }

  user(id: string): Promise<UserView | undefined> {
    return this.views.get(COLLECTIONS.users, id);
  }

  /** Users whose scope includes a district, or every user; by username. */
  async users(districtId?: string): Promise<UserView[]> {
    const users = await this.views.all<UserView>(COLLECTIONS.users);
    return users
      .filter((user) => districtId === undefined || user.districtIds.includes(districtId))
      .sort((a, b) => a.username.localeCompare(b.username));
  }

  credentials(userId: string): Promise<CredentialsView | undefined> {
    return this.views.get(COLLECTIONS.credentials, userId);
  }

  district(id: string): Promise<DistrictView | undefined> {
    return this.views.get(COLLECTIONS.districts, id);
  }

  async units(districtId: string): Promise<UnitView[]> {
    const page = await this.views.find<UnitView>(COLLECTIONS.units, {
      where: { districtId },
      orderBy: { field: 'code', direction: 'ASC' },
      limit: 10_000,
    });
    return page.items;
  }

  unit(id: string): Promise<UnitView | undefined> {
    return this.views.get(COLLECTIONS.units, id);
  }

  /** The units of those ids that exist, in no particular order. */
  unitsByIds(ids: string[]): Promise<UnitView[]> {
    return this.views.getMany(COLLECTIONS.units, ids);
  }

  project(id: string): Promise<ProjectView | undefined> {
    return this.views.get(COLLECTIONS.projects, id);
  }

  /** The projects of those ids that exist, in no particular order. */
  projectsByIds(ids: string[]): Promise<ProjectView[]> {
    return this.views.getMany(COLLECTIONS.projects, ids);
  }

  async projects(
    districtId: string,
    filter: ProjectFilter,
    page: PageRequest<ProjectSortField>,
  ): Promise<Connection<ProjectView>> {
    const after = page.after === undefined ? undefined : decodeCursor(page.after);
    const result = await this.views.find<ProjectView>(COLLECTIONS.projects, {
      where: {
        districtId,
        stage: filter.stage,
        leadUnitId: filter.leadUnitId,
        leaderUserId: filter.leaderUserId,
        category: filter.category,
      },
      text: filter.text
        ? { fields: ['code', 'name', 'ownerEnterprise', 'township'], contains: filter.text }
        : undefined,
      orderBy: { field: page.sortBy, direction: page.direction },
      limit: page.first,
      after,
    });
    return connectionOf(result, (node) => cursorOf(node, page.sortBy));
  }

  /** A district's problem ledger (问题台账), most urgent first: by due date, then id. */
  async problems(
    districtId: string,
    filter: ProblemFilter,
    page: { first: number; after?: string },
  ): Promise<Connection<ProblemView>> {
    const result = await this.views.find<ProblemView>(COLLECTIONS.problems, {
      where: {
        districtId,
        status: filter.status,
        category: filter.category,
        ownerUnitId: filter.ownerUnitId,
        projectId: filter.projectIds,
      },
      text: filter.text ? { fields: ['description'], contains: filter.text } : undefined,
      orderBy: { field: 'dueOn', direction: 'ASC' },
      limit: page.first,
      after: page.after === undefined ? undefined : decodeCursor(page.after),
    });
    return connectionOf(result, (problem) => encodeCursor(problem.dueOn, problem.id));
  }

  /** The ids of every project of a district that the filter matches. */
  async projectIds(districtId: string, filter: ProjectFilter): Promise<string[]> {
    const { items } = await this.views.find<ProjectView>(COLLECTIONS.projects, {
      where: { districtId, leadUnitId: filter.leadUnitId, leaderUserId: filter.leaderUserId },
      orderBy: { field: 'code', direction: 'ASC' },
      limit: 100_000, // no district has nearly as many
    });
    return items.map((project) => project.id);
  }

  problem(id: string): Promise<ProblemView | undefined> {
    return this.views.get(COLLECTIONS.problems, id);
  }

  async problemsOfProject(projectId: string): Promise<ProblemView[]> {
    const page = await this.views.find<ProblemView>(COLLECTIONS.problems, {
      where: { projectId },
      orderBy: { field: 'raisedOn', direction: 'ASC' },
      limit: 10_000,
    });
    return page.items;
  }

  /** A district's bulletin book: published bulletins newest first, its group robot and reminders. */
  async bulletinBook(districtId: string): Promise<BulletinBookView> {
    const book = await this.views.get<BulletinBookView>(COLLECTIONS.bulletinBooks, districtId);
    return book ?? { id: districtId, districtId, published: [], webhookUrl: null, reminders: [] };
  }

  /** A district's ledger imports, newest first. */
  async ledgerImports(districtId: string): Promise<LedgerImportView[]> {
    return (await this.views.get<LedgerImportBookView>(COLLECTIONS.ledgerImportBooks, districtId))?.imports ?? [];
  }

  /** A project's history, oldest first; with `knownAt`, only what had been recorded by then. */
  async history(projectId: string, knownAt?: string): Promise<HistoryEntry[]> {
    const entries = (await this.log.readStream(streamOf.project(projectId))).map(historyEntry);
    const instant = normalizeInstant(knownAt);
    return instant === undefined ? entries : entries.filter((entry) => entry.recordedAt <= instant);
  }

  /** The histories of many projects (a district's, for a bulletin), by project id. */
  /** With `types`, only the entries of those event types (what a bulletin's labels are folded from). */
  async histories(projectIds: string[], types?: readonly string[]): Promise<Map<string, HistoryEntry[]>> {
    const histories = new Map(projectIds.map((id) => [id, [] as HistoryEntry[]]));
    const streams = new Map(projectIds.map((id) => [streamOf.project(id), id]));
    // one read for them all: a district's thousands of projects are one query, not thousands
    for (const event of await this.log.readStreams([...streams.keys()], types))
      histories.get(streams.get(event.streamId) as string)?.push(historyEntry(event));
    return histories;
  }

  /** The district's map as last uploaded, if ever. */
  districtMap(districtId: string): Promise<DistrictMapView | undefined> {
    return this.views.get(COLLECTIONS.districtMaps, districtId);
  }

  /** Whether the district's open data is public; never turned on means no. */
  openDataPublication(districtId: string): Promise<OpenDataPublicationView | undefined> {
    return this.views.get(COLLECTIONS.openDataPublications, districtId);
  }
}
