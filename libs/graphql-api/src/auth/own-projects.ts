import type { ProjectFilter } from '@tuijin/read-models';
import type { AuthUser } from './auth-user';

/**
 * Narrows a project list to what the user may see, at the source: a unit reporter
 * sees the projects their unit leads, a leader those they answer for.
 */
export function ownProjects(user: AuthUser | undefined, filter: ProjectFilter | undefined): ProjectFilter {
  const asked = filter ?? {};
  if (user?.role === 'UNIT_REPORTER') return { ...asked, leadUnitId: user.unitId };
  if (user?.role === 'LEADER') return { ...asked, leaderUserId: user.userId };
  return asked;
}
