import type { Connection, PageRequest, ProjectFilter, ProjectSortField, ProjectView } from '@tuijin/read-models';
import { ownProjects } from './auth/own-projects';
import type { ApiRuntime, RequestContext } from './runtime';

/**
 * A page of a district's projects, those the caller may see, with the rows' lead units
 * read in one go into the request's units: each row then answers its lead unit at once,
 * instead of with a lookup (one query each on MongoDB) and a promise per row.
 */
export async function projectsPage(
  runtime: ApiRuntime,
  ctx: RequestContext,
  districtId: string,
  filter: ProjectFilter | undefined,
  request: PageRequest<ProjectSortField>,
): Promise<Connection<ProjectView>> {
  const page = await runtime.queries.projects(districtId, ownProjects(ctx.user, filter), request);
  const missing = new Set(page.edges.map((edge) => edge.node.leadUnitId).filter((id) => !ctx.units.has(id)));
  for (const unit of await runtime.queries.unitsByIds([...missing])) ctx.units.set(unit.id, unit);
  return page;
}
