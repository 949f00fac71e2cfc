import { createHash } from 'crypto';
import type { ReadModelQueries } from '@tuijin/read-models';
import { lastChangeKnown, projectAsKnown } from './known-project';
import type { Oc4idsProject } from './oc4ids.types';
import { toOc4idsProject, type ProjectContext } from './oc4ids-project';
import { packageChunks } from './package-writer';

export interface PackageRequest {
  /** The deployment's registered OC4IDS prefix (`oc4ids-xxxxxx`). */
  prefix: string;
  /** The package's own address (its `uri`). */
  uri: string;
  /** Only what was recorded at or before this instant (ISO-8601). */
  knownAt?: string;
}

/** A package ready to be written: what the HTTP caching headers need first, then the content as a stream. */
export interface PreparedPackage {
  /** The last change to the package's content: the latest event of any of its projects. */
  publishedDate: string;
  projectCount: number;
  /** Changes whenever the content would. */
  etag: string;
  chunks(): AsyncGenerator<string>;
}

/** Histories read at a time while streaming. */
const BATCH = 100;

/**
 * OC4IDS project packages of a district (or of one project), computed from the read
 * models as known at any instant: the district and its units, and each project's
 * history folded up to `knownAt`.
 */
export class OpenDataExports {
  constructor(private readonly queries: ReadModelQueries) {}

  /** Undefined when the district has no project as known at `knownAt` (a package holds at least one). */
  async districtPackage(districtId: string, request: PackageRequest): Promise<PreparedPackage | undefined> {
    const ids = await this.queries.projectIds(districtId, {});
    return this.prepare(districtId, ids, request);
  }

  async projectPackage(
    districtId: string,
    projectId: string,
    request: PackageRequest,
  ): Promise<PreparedPackage | undefined> {
    return this.prepare(districtId, [projectId], request);
  }

  private async prepare(
    districtId: string,
    projectIds: string[],
    request: PackageRequest,
  ): Promise<PreparedPackage | undefined> {
    const [district, units] = await Promise.all([this.queries.district(districtId), this.queries.units(districtId)]);
    if (!district) return undefined;
    // first pass: which projects were known then, and the latest change among them
    const known: string[] = [];
    let publishedDate = '';
    for (let i = 0; i < projectIds.length; i += BATCH) {
      const batch = projectIds.slice(i, i + BATCH);
      const histories = await Promise.all(batch.map((id) => this.queries.history(id)));
      histories.forEach((entries, j) => {
        const last = lastChangeKnown(entries, request.knownAt);
        if (last === '') return;
        known.push(batch[j]);
        if (last > publishedDate) publishedDate = last;
      });
    }
    if (known.length === 0) return undefined;
    const context: ProjectContext = {
      prefix: request.prefix,
      district: { id: district.id, code: district.code, name: district.name },
      unitNames: new Map(units.map((unit) => [unit.id, unit.name])),
    };
    const header = { version: '0.9' as const, uri: request.uri, publisher: { name: district.name }, publishedDate };
    const etag = createHash('sha256')
      .update(JSON.stringify([header, request.knownAt ?? null, request.prefix, known.length, units.map((u) => u.name)]))
      .digest('base64url')
      .slice(0, 27);
    return {
      publishedDate,
      projectCount: known.length,
      etag: `"${etag}"`,
      chunks: () => packageChunks(header, this.projects(known, context, request.knownAt)),
    };
  }

  private async *projects(ids: string[], context: ProjectContext, knownAt?: string): AsyncGenerator<Oc4idsProject> {
    for (let i = 0; i < ids.length; i += BATCH) {
      const histories = await Promise.all(ids.slice(i, i + BATCH).map((id) => this.queries.history(id)));
      for (const entries of histories) {
        const project = projectAsKnown(entries, knownAt);
        if (project) yield toOc4idsProject(project, context);
      }
    }
  }
}
