import { ROLES, type Role } from '@tuijin/domain-accounts';

type Args = Record<string, unknown>;
/** Reads an argument of the field, or a field of its `input` argument. */
const arg = (name: string) => (args: Args) => args[name];
const inputField = (name: string) => (args: Args) => ((args['input'] ?? {}) as Args)[name];

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

/** A field allowed exactly where another one is: that field's rule, applied to the arguments it would be given. */
export interface SameAs {
  sameAs: (args: Args) => { field: string; args: Args };
}

const ADMINS: readonly Role[] = ['CITY_ADMIN', 'DISTRICT_ADMIN'];
const WRITERS: readonly Role[] = [...ADMINS, 'UNIT_REPORTER'];
const PROBLEM_HANDLERS: readonly Role[] = [...WRITERS, 'LEADER'];
const READERS: readonly Role[] = ROLES;
/** Those who download a district's open data while it is not public. */
const OPEN_DATA_READERS: readonly Role[] = [...ADMINS, 'ANALYST'];

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
export const ACCESS_POLICY = {
  'Query.me': rule('SIGNED_IN', none),
  'Query.districts': rule('SIGNED_IN', none),
  'Query.district': rule(READERS, district(arg('id'))),
  'Query.units': rule(READERS, district(arg('districtId'))),
  'Query.unit': rule(READERS, unit(arg('id'))),
  'Query.project': rule(READERS, project(arg('id'))),
  'Query.projects': rule(READERS, district(arg('districtId'))),
  'Query.problem': rule(READERS, problem(arg('id'))),
  'Query.problems': rule(READERS, district(arg('districtId'))),
  'Query.assessment': rule(READERS, district(arg('districtId'))),
  'Query.scoreTrend': rule(READERS, district(arg('districtId'))),
  'Query.previewAssessment': rule(READERS, district(arg('districtId'))),
  'Query.ruleSets': rule(READERS, district(arg('districtId'))),
  'Query.ruleSetInForce': rule(READERS, district(arg('districtId'))),
  'Query.dashboard': rule(READERS, district(arg('districtId'))),
  'Query.districtComparison': rule(['CITY_ADMIN', 'DISTRICT_ADMIN', 'ANALYST'], none),
  'Query.users': rule(ADMINS, district(arg('districtId'))),
  'Query.bulletin': rule(READERS, district(arg('districtId'))),
  // who imported which file: the district's admins keep its ledger
  'Query.ledgerImports': rule(ADMINS, district(arg('districtId'))),
  'Query.cityBulletin': rule(['CITY_ADMIN', 'DISTRICT_ADMIN', 'ANALYST'], none),
  'Query.bulletinBook': rule(READERS, district(arg('districtId'))),
  // a published bulletin's id starts with its district's
  'Query.publishedBulletin': rule(
    READERS,
    district((args) => String(args['id']).split('/')[0]),
  ),
  'Query.reportingStatus': rule([...WRITERS, 'ANALYST'], district(arg('districtId'))),
  'Query.owedReports': rule([...WRITERS, 'ANALYST'], district(arg('districtId'))),
  // checking a command is allowed where sending it is: the rule of the mutation it names, on that mutation's input
  'Query.checkCommand': {
    sameAs: (args) => {
      const [field, input] = Object.entries((args['command'] ?? {}) as Args)[0] ?? [];
      return { field: `Mutation.${field}`, args: { input } };
    },
  },

  'Mutation.login': rule('PUBLIC', none),
  'Mutation.logout': rule('SIGNED_IN', none),
  'Mutation.refreshToken': rule('SIGNED_IN', none),
  'Mutation.changePassword': rule('SIGNED_IN', none),
  'Mutation.createUser': rule(ADMINS, { kind: 'newUser' }),
  'Mutation.resetPassword': rule(ADMINS, user(inputField('userId'))),
  'Mutation.deactivateUser': rule(ADMINS, user(inputField('userId'))),

  'Mutation.createDistrict': rule(['CITY_ADMIN'], none),
  'Mutation.renameDistrict': rule(['CITY_ADMIN'], district(inputField('districtId'))),
  'Mutation.createUnit': rule(ADMINS, district(inputField('districtId'))),
  'Mutation.setReserveTarget': rule(ADMINS, unit(inputField('unitId'))),
  'Mutation.publishRuleSet': rule(ADMINS, district(inputField('districtId'))),

  'Mutation.registerProject': rule(WRITERS, { kind: 'newProject' }),
  'Mutation.reviseProject': rule(WRITERS, project(inputField('projectId'))),
  'Mutation.setAnnualPlan': rule(WRITERS, project(inputField('projectId'))),
  // 开累基数 moves every figure of the project at once: an admin's decision, not a unit's report
  'Mutation.setOpeningBalance': rule(ADMINS, project(inputField('projectId'))),
  'Mutation.changeStage': rule(WRITERS, project(inputField('projectId'))),
  'Mutation.submitMonthlyReport': rule(WRITERS, project(inputField('projectId'))),
  'Mutation.changeLeadUnit': rule(ADMINS, project(inputField('projectId'))),
  'Mutation.assignLeader': rule(ADMINS, project(inputField('projectId'))),
  'Mutation.assignServiceSecretary': rule(ADMINS, project(inputField('projectId'))),
  'Mutation.raiseProblem': rule(PROBLEM_HANDLERS, project(inputField('projectId'))),
  'Mutation.assignProblem': rule(PROBLEM_HANDLERS, problem(inputField('problemId'))),
  'Mutation.escalateProblem': rule(PROBLEM_HANDLERS, problem(inputField('problemId'))),
  'Mutation.resolveProblem': rule(WRITERS, problem(inputField('problemId'))),
  'Mutation.closeProblem': rule(WRITERS, problem(inputField('problemId'))),

  'Query.openData': rule(OPEN_DATA_READERS, district(arg('districtId'))),
  'Query.districtMap': rule(READERS, district(arg('districtId'))),
  'Query.projectMap': rule(READERS, district(arg('districtId'))),
  'Query.mapTiles': rule('SIGNED_IN', none),
  'Mutation.publishOpenData': rule(ADMINS, district(inputField('districtId'))),
  'Mutation.withdrawOpenData': rule(ADMINS, district(inputField('districtId'))),
  'Mutation.publishBulletin': rule(ADMINS, district(inputField('districtId'))),
  'Mutation.setReminderWebhook': rule(ADMINS, district(inputField('districtId'))),
  'Mutation.sendReminder': rule(ADMINS, district(inputField('districtId'))),
} satisfies Record<string, FieldPolicy | SameAs>;

/**
 * The rule that decides a call of a root field, with the arguments it is decided on: for a
 * field allowed where another one is, that field's rule and arguments. Undefined for a field
 * without a rule, which nobody may use.
 */
export function ruleOf(field: string, args: Args): { field: string; policy: FieldPolicy | undefined; args: Args } {
  const rule: FieldPolicy | SameAs | undefined = (ACCESS_POLICY as Record<string, FieldPolicy | SameAs>)[field];
  if (rule && 'sameAs' in rule) {
    const named = rule.sameAs(args);
    return ruleOf(named.field, named.args);
  }
  return { field, policy: rule, args };
}

/**
 * Routes outside GraphQL (file downloads and uploads) and who may use them, decided by the
 * same check as the fields above; their targets come from the route's parameters.
 */
export const HTTP_ACCESS_POLICY = {
  /** A district's whole OC4IDS package: every project of the district, so not for one unit's reporter. */
  districtOpenData: rule(OPEN_DATA_READERS, district(arg('districtId'))),
  /** One project's OC4IDS package: whoever may see the project. */
  projectOpenData: rule(READERS, project(arg('projectId'))),
  districtBoundary: rule(ADMINS, district(arg('districtId'))),
  /** Ledger templates, checks and imports: the district's own admins, who keep its ledger. */
  ledgers: rule(ADMINS, district(arg('districtId'))),
} satisfies Record<string, FieldPolicy>;
