import { mayManageAccount, type Role } from '@tuijin/domain-accounts';
import { assertNever, notFound } from '@tuijin/domain-kernel';
import type { ProjectView, UserView } from '@tuijin/read-models';
import type { ApiRuntime } from '../runtime';
import type { FieldPolicy, Target } from './access-policy';
import { forbidden, unauthenticated } from './auth-errors';
import { reachesDistrict, type AuthUser } from './auth-user';
import { seesUser } from './visibility';
import { seesProject } from './visible-projects';

/** The facts about a target that scope depends on. */
interface Reach {
  districtIds: string[];
  /** For a project or problem: the unit that leads the project. */
  leadUnitId?: string;
  /** For a project or problem: the leader's user account. */
  leaderUserId?: string;
  /** For a user account, or one about to be created: its role (only a city admin manages another city admin). */
  role?: Role;
  /** For an existing user account: the account, which the caller may see or not. */
  account?: Pick<UserView, 'id' | 'role' | 'districtIds'>;
}

type Args = Record<string, unknown>;
const input = (args: Args) => (args['input'] ?? {}) as Args;

async function found<T>(what: string, id: unknown, lookup: (id: string) => Promise<T | undefined>): Promise<T> {
  const value = typeof id === 'string' ? await lookup(id) : undefined;
  if (value === undefined) throw notFound(what, String(id));
  return value;
}

const projectReach = (project: ProjectView): Reach => ({
  districtIds: [project.districtId],
  leadUnitId: project.leadUnitId,
  leaderUserId: project.leaderUserId,
});

/** Looks up what a field's arguments point at; unknown ids answer NOT_FOUND before anything runs. */
async function reachOf(target: Target, args: Args, runtime: ApiRuntime): Promise<Reach | undefined> {
  const { queries } = runtime;
  switch (target.kind) {
    case 'none':
      return undefined;
    case 'district': {
      const id = target.id(args);
      if (id === undefined || id === null) return { districtIds: [] };
      return { districtIds: [(await found('District', id, (d) => queries.district(d))).id] };
    }
    case 'unit':
      return { districtIds: [(await found('Unit', target.id(args), (u) => queries.unit(u))).districtId] };
    case 'project':
      return projectReach(await found('Project', target.id(args), (p) => queries.project(p)));
    case 'problem': {
      const problem = await found('Problem', target.id(args), (p) => queries.problem(p));
      return projectReach(await found('Project', problem.projectId, (p) => queries.project(p)));
    }
    case 'user': {
      const account = await found('User', target.id(args), (u) => queries.user(u));
      return { districtIds: account.districtIds, role: account.role, account };
    }
    case 'newProject':
      return { districtIds: [String(input(args)['districtId'])], leadUnitId: String(input(args)['leadUnitId']) };
    case 'newUser': {
      const ids = input(args)['districtIds'];
      return { districtIds: Array.isArray(ids) ? ids.map(String) : [], role: input(args)['role'] as Role };
    }
    default:
      return assertNever(target);
  }
}

/**
 * What the caller is told of a target they cannot see: exactly what an id that names
 * nothing answers, so an outsider cannot tell which ids exist.
 */
function hiddenFrom(user: AuthUser, target: Target, reach: Reach, args: Args): Error | undefined {
  if (user.role === 'CITY_ADMIN') return undefined;
  switch (target.kind) {
    case 'none':
      return undefined;
    case 'district':
    case 'unit':
    case 'project':
    case 'problem': {
      const { districtIds, leadUnitId, leaderUserId } = reach;
      const sees =
        districtIds.every((id) => reachesDistrict(user, id)) &&
        (leadUnitId === undefined || seesProject(user, { leadUnitId, leaderUserId }));
      return sees ? undefined : notFound(LABELS[target.kind], String(target.id(args)));
    }
    case 'user':
      return reach.account && !seesUser(user, reach.account) ? notFound('User', reach.account.id) : undefined;
    case 'newProject':
    case 'newUser': {
      const outside = reach.districtIds.find((id) => !reachesDistrict(user, id));
      return outside === undefined ? undefined : notFound('District', outside);
    }
    default:
      return assertNever(target);
  }
}

const LABELS = { district: 'District', unit: 'Unit', project: 'Project', problem: 'Problem' } as const;

/** Whether the user's role and scope let them act on a target they can see. */
function reaches(user: AuthUser, reach: Reach): boolean {
  // an account, or one about to be created: the rule the users ledger (账号台账) applies too
  if (reach.role !== undefined) return mayManageAccount(user, { role: reach.role, districtIds: reach.districtIds });
  if (user.role === 'CITY_ADMIN') return true;
  // an empty list means "every district" (e.g. all users): only a city admin reaches that
  if (reach.districtIds.length === 0 || !reach.districtIds.every((id) => reachesDistrict(user, id))) return false;
  if (user.role === 'UNIT_REPORTER' && reach.leadUnitId !== undefined) return reach.leadUnitId === user.unitId;
  if (user.role === 'LEADER' && reach.leadUnitId !== undefined) return reach.leaderUserId === user.userId;
  return true;
}

/**
 * Decides one root-field call: the field must have a policy, the caller must be
 * signed in unless the field is public, have one of its roles, see its target (or be
 * told it does not exist), and reach it.
 */
export async function checkAccess(
  field: string,
  policy: FieldPolicy | undefined,
  user: AuthUser | undefined,
  authError: Error | undefined,
  args: Args,
  runtime: ApiRuntime,
): Promise<void> {
  if (!policy) throw forbidden(`${field} has no access rule, so nobody may use it`);
  if (policy.audience === 'PUBLIC') return;
  if (authError) throw authError;
  if (!user) throw unauthenticated();
  if (policy.audience !== 'SIGNED_IN' && !policy.audience.includes(user.role)) {
    throw forbidden(`A ${user.role} may not use ${field}`);
  }
  const reach = await reachOf(policy.target, args, runtime);
  if (!reach) return;
  const hidden = hiddenFrom(user, policy.target, reach, args);
  if (hidden) throw hidden;
  if (!reaches(user, reach)) throw forbidden(`${field}: that is outside what your account reaches`);
}
