import type {
  Connection,
  PageRequest,
  ProblemView,
  ProjectFilter,
  ProjectSortField,
  ProjectView,
  ReadModelQueries,
} from '@tuijin/read-models';
import type { ProblemCategory, ProblemStatus } from '@tuijin/domain-projects';
import { ownProjects } from './auth/own-projects';
import type { RequestContext } from './runtime';

/**
 * A page of a district's projects, those the caller may see, with the rows' lead units
 * read in one go into the request's units: each row then answers its lead unit at once,
 * instead of with a lookup (one query each on MongoDB) and a promise per row.
 */
export async function projectsPage(
  queries: ReadModelQueries,
  ctx: RequestContext,
  districtId: string,
  filter: ProjectFilter | undefined,
  request: PageRequest<ProjectSortField>,
): Promise<Connection<ProjectView>> {
  const page = await queries.projects(districtId, ownProjects(ctx.user, filter), request);
  const missing = new Set(page.edges.map((edge) => edge.node.leadUnitId).filter((id) => !ctx.units.has(id)));
  for (const unit of await queries.unitsByIds([...missing])) ctx.units.set(unit.id, unit);
  return page;
}

/** The problem ledger's filter as GraphQL gives it: any field may be null. */
export interface ProblemFilterArgs {
  status?: ProblemStatus[] | null;
  category?: ProblemCategory[] | null;
  ownerUnitId?: string | null;
  projectId?: string | null;
  text?: string | null;
}

/**
 * A page of a district's problems, those the caller may see: a unit reporter or a leader
 * sees the problems of the projects they see (the projects list's own narrowing).
 */
export async function problemsPage(
  queries: ReadModelQueries,
  ctx: RequestContext,
  districtId: string,
  filter: ProblemFilterArgs,
  request: { first: number; after?: string },
): Promise<Connection<ProblemView>> {
  const own = ownProjects(ctx.user, undefined);
  let projectIds = filter.projectId ? [filter.projectId] : undefined;
  if (own.leadUnitId !== undefined || own.leaderUserId !== undefined) {
    const visible = await queries.projectIds(districtId, own);
    projectIds = projectIds ? projectIds.filter((id) => visible.includes(id)) : visible;
  }
  const { status, category, ownerUnitId, text } = filter;
  return queries.problems(
    districtId,
    {
      status: status ?? undefined,
      category: category ?? undefined,
      ownerUnitId: ownerUnitId ?? undefined,
      text: text ?? undefined,
      projectIds,
    },
    request,
  );
}
