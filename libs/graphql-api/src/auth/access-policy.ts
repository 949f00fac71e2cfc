import { ROLES, type Role } from '@tuijin/domain-accounts';

type Args = Record<string, unknown>;
const input = (args: Args) => (args['input'] ?? {}) as Args;

/** Who may call a root field at all. */
export type Audience = 'PUBLIC' | 'SIGNED_IN' | readonly Role[];

/** What a root field touches, found from its arguments, so the caller's scope can be checked before it runs. */
export type Target =
  | { kind: 'none' }
  | { kind: 'district' | 'unit' | 'project' | 'problem' | 'user'; id: (args: Args) => unknown }
  /** A project about to be registered: its district and lead unit come from the input. */
  | { kind: 'newProject' }
  /** A user about to be created: the districts and role come from the input. */
  | { kind: 'newUser' };

export interface FieldPolicy {
  audience: Audience;
  target: Target;
}

const ADMINS: readonly Role[] = ['CITY_ADMIN', 'DISTRICT_ADMIN'];
const WRITERS: readonly Role[] = [...ADMINS, 'UNIT_REPORTER'];
const PROBLEM_HANDLERS: readonly Role[] = [...WRITERS, 'LEADER'];
const READERS: readonly Role[] = ROLES;

const none: Target = { kind: 'none' };
const district = (id: (args: Args) => unknown): Target => ({ kind: 'district', id });
const unit = (id: (args: Args) => unknown): Target => ({ kind: 'unit', id });
const project = (id: (args: Args) => unknown): Target => ({ kind: 'project', id });
const problem = (id: (args: Args) => unknown): Target => ({ kind: 'problem', id });
const user = (id: (args: Args) => unknown): Target => ({ kind: 'user', id });

const rule = (audience: Audience, target: Target): FieldPolicy => ({ audience, target });

/**
 * Every root field of the GraphQL schema and who may use it: the one place where
 * access is decided. A field missing here is refused to everyone (and the schema-walking
 * test fails), so a new field cannot be exposed by accident.
 *
 * Scope, beyond the role: admins and analysts reach the districts named on their account
 * (a city admin every district); a unit reporter reaches district-wide information and the
 * projects their unit leads; a leader reaches district-wide information and the projects
 * they answer for. Analysts never write.
 */
export const ACCESS_POLICY: Record<string, FieldPolicy> = {
  'Query.me': rule('SIGNED_IN', none),
  'Query.districts': rule('SIGNED_IN', none),
  'Query.district': rule(
    READERS,
    district((a) => a['id']),
  ),
  'Query.units': rule(
    READERS,
    district((a) => a['districtId']),
  ),
  'Query.unit': rule(
    READERS,
    unit((a) => a['id']),
  ),
  'Query.project': rule(
    READERS,
    project((a) => a['id']),
  ),
  'Query.projects': rule(
    READERS,
    district((a) => a['districtId']),
  ),
  'Query.problem': rule(
    READERS,
    problem((a) => a['id']),
  ),
  'Query.assessment': rule(
    READERS,
    district((a) => a['districtId']),
  ),
  'Query.previewAssessment': rule(
    READERS,
    district((a) => a['districtId']),
  ),
  'Query.ruleSets': rule(
    READERS,
    district((a) => a['districtId']),
  ),
  'Query.dashboard': rule(
    READERS,
    district((a) => a['districtId']),
  ),
  'Query.districtComparison': rule(['CITY_ADMIN', 'DISTRICT_ADMIN', 'ANALYST'], none),
  'Query.users': rule(
    ADMINS,
    district((a) => a['districtId']),
  ),

  'Mutation.login': rule('PUBLIC', none),
  'Mutation.logout': rule('SIGNED_IN', none),
  'Mutation.refreshToken': rule('SIGNED_IN', none),
  'Mutation.changePassword': rule('SIGNED_IN', none),
  'Mutation.createUser': rule(ADMINS, { kind: 'newUser' }),
  'Mutation.resetPassword': rule(
    ADMINS,
    user((a) => input(a)['userId']),
  ),
  'Mutation.deactivateUser': rule(
    ADMINS,
    user((a) => input(a)['userId']),
  ),

  'Mutation.createDistrict': rule(['CITY_ADMIN'], none),
  'Mutation.renameDistrict': rule(
    ['CITY_ADMIN'],
    district((a) => input(a)['districtId']),
  ),
  'Mutation.createUnit': rule(
    ADMINS,
    district((a) => input(a)['districtId']),
  ),
  'Mutation.setReserveTarget': rule(
    ADMINS,
    unit((a) => input(a)['unitId']),
  ),
  'Mutation.publishRuleSet': rule(
    ADMINS,
    district((a) => input(a)['districtId']),
  ),

  'Mutation.registerProject': rule(WRITERS, { kind: 'newProject' }),
  'Mutation.reviseProject': rule(
    WRITERS,
    project((a) => input(a)['projectId']),
  ),
  'Mutation.setAnnualPlan': rule(
    WRITERS,
    project((a) => input(a)['projectId']),
  ),
  'Mutation.changeStage': rule(
    WRITERS,
    project((a) => input(a)['projectId']),
  ),
  'Mutation.submitMonthlyReport': rule(
    WRITERS,
    project((a) => input(a)['projectId']),
  ),
  'Mutation.changeLeadUnit': rule(
    ADMINS,
    project((a) => input(a)['projectId']),
  ),
  'Mutation.assignLeader': rule(
    ADMINS,
    project((a) => input(a)['projectId']),
  ),
  'Mutation.assignServiceSecretary': rule(
    ADMINS,
    project((a) => input(a)['projectId']),
  ),
  'Mutation.raiseProblem': rule(
    PROBLEM_HANDLERS,
    project((a) => input(a)['projectId']),
  ),
  'Mutation.assignProblem': rule(
    PROBLEM_HANDLERS,
    problem((a) => input(a)['problemId']),
  ),
  'Mutation.escalateProblem': rule(
    PROBLEM_HANDLERS,
    problem((a) => input(a)['problemId']),
  ),
  'Mutation.resolveProblem': rule(
    WRITERS,
    problem((a) => input(a)['problemId']),
  ),
  'Mutation.closeProblem': rule(
    WRITERS,
    problem((a) => input(a)['problemId']),
  ),
};
