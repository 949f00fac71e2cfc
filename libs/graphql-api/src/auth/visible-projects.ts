import type { ProjectView, ReadModelQueries } from '@tuijin/read-models';
import type { AuthUser } from './auth-user';

/** Whether a project is one the user may look into (district-wide figures aside). */
export function seesProject(
  user: AuthUser | undefined,
  project: Pick<ProjectView, 'leadUnitId' | 'leaderUserId'>,
): boolean {
  if (user?.role === 'UNIT_REPORTER') return project.leadUnitId === user.unitId;
  if (user?.role === 'LEADER') return project.leaderUserId === user.userId;
  return true;
}

/**
 * Keeps the items of a district-wide list (an assessment's projects, a dashboard's
 * red-light list or overdue problems) that point at projects the user may look into.
 */
export async function onlyVisible<T extends { projectId: string }>(
  user: AuthUser | undefined,
  items: T[],
  queries: ReadModelQueries,
): Promise<T[]> {
  if (user?.role !== 'UNIT_REPORTER' && user?.role !== 'LEADER') return items;
  const projects = await Promise.all(items.map((item) => queries.project(item.projectId)));
  return items.filter((_, i) => projects[i] !== undefined && seesProject(user, projects[i] as ProjectView));
}
