import { buildSchema, getNamedType, type GraphQLField, type GraphQLInputObjectType } from 'graphql';
import { userIdFor } from '@tuijin/application';
import { GRAPHQL_SCHEMA_SDL } from '@tuijin/contracts';
import { ACCESS_POLICY, type FieldPolicy, type SameAs } from '@tuijin/graphql-api';
import { argumentsFor, operationFor, rootFields, type NamedValues } from './testing/schema-walk';
import { GraphqlClient, TestPlatform } from './testing/test-platform';

/**
 * Walks every root field of the schema, as every role, against a target in the
 * caller's own reach, one in their district but not theirs (another unit's project),
 * and one in another district, following every object-valued field of each answer
 * several levels down; and fails if any call crosses a boundary, any answer shows an id
 * out of the caller's reach by whatever path, or any field has no declared rule. An
 * analyst's account spans both districts, as in the demo, so a path through accounts
 * can lead from one district into the other. `checkCommand` is walked once for every mutation it
 * checks, and must answer as that mutation's rule says, and write nothing. New fields are walked
 * without editing this test.
 */

type Role = 'CITY_ADMIN' | 'DISTRICT_ADMIN' | 'UNIT_REPORTER' | 'LEADER' | 'ANALYST';
type Where = 'own' | 'otherUnit' | 'otherDistrict';

interface Estate {
  districtId: string;
  unitId: string;
  otherUnitId: string;
  projectId: string;
  otherProjectId: string;
  problemId: string;
  otherProblemId: string;
  userId: string;
  bulletinId: string;
}

async function buildDistrict(api: TestPlatform, code: string): Promise<Estate> {
  const run = async (mutation: string, type: string, input: Record<string, unknown>) =>
    (await api.ok(`mutation($i: ${type}!) { ${mutation}(input: $i) { id } }`, { i: input }))[mutation].id as string;
  const districtId = await run('createDistrict', 'CreateDistrictInput', { code, name: `区${code}` });
  const unitId = await run('createUnit', 'CreateUnitInput', {
    districtId,
    code: 'FGW',
    name: '发改委',
    kind: 'DEPARTMENT',
  });
  const otherUnitId = await run('createUnit', 'CreateUnitInput', {
    districtId,
    code: 'ZJW',
    name: '住建委',
    kind: 'DEPARTMENT',
  });
  const project = (c: string, unit: string) =>
    run('registerProject', 'RegisterProjectInput', {
      districtId,
      code: c,
      name: `项目${c}`,
      category: 'SOCIAL',
      leadUnitId: unit,
      totalInvestment: 100,
      stage: 'UNDER_CONSTRUCTION',
      occurredOn: '2025-01-10',
    });
  const projectId = await project(`${code}-P1`, unitId);
  const otherProjectId = await project(`${code}-P2`, otherUnitId);
  const problem = (p: string) =>
    run('raiseProblem', 'RaiseProblemInput', {
      projectId: p,
      category: 'LAND',
      description: '用地',
      raisedOn: '2025-02-01',
      dueOn: '2025-12-31',
    });
  const problemId = await problem(projectId);
  const otherProblemId = await problem(otherProjectId);
  const userId = await run('createUser', 'CreateUserInput', {
    username: `spare-${code.toLowerCase()}`,
    displayName: '备用账号',
    password: 'Password-2025',
    role: 'ANALYST',
    districtIds: [districtId],
  });
  const published = await api.ok(`mutation($i: PublishBulletinInput!) { publishBulletin(input: $i) { id } }`, {
    i: { districtId, kind: 'MONTH', period: '2025-06' },
  });
  const bulletinId = published.publishBulletin.id as string;
  return { districtId, unitId, otherUnitId, projectId, otherProjectId, problemId, otherProblemId, userId, bulletinId };
}

/** Argument values by name for a call aimed at `where`, seen from district A; an `id` names what the field returns. */
function namedValues(field: GraphQLField<unknown, unknown>, where: Where, a: Estate, b: Estate): NamedValues {
  const estate = where === 'otherDistrict' ? b : a;
  const projectId = where === 'otherUnit' ? estate.otherProjectId : estate.projectId;
  const problemId = where === 'otherUnit' ? estate.otherProblemId : estate.problemId;
  const unitId = where === 'otherUnit' ? estate.otherUnitId : estate.unitId;
  const ids: Record<string, string> = {
    District: estate.districtId,
    Unit: unitId,
    Project: projectId,
    Problem: problemId,
    User: estate.userId,
    PublishedBulletin: estate.bulletinId,
  };
  let counter = 0;
  return {
    id: ids[getNamedType(field.type).name] ?? estate.districtId,
    districtId: estate.districtId,
    districtIds: [estate.districtId],
    unitId,
    leadUnitId: unitId,
    ownerUnitId: unitId,
    projectId,
    problemId,
    userId: estate.userId,
    role: 'ANALYST',
    period: '2025-06',
    month: '2025-06',
    // before any month the walk reports, so an opening balance within reach is written
    asOfMonth: '2024-12',
    year: 2025,
    code: () => `W${Date.now().toString(36)}${counter++}`,
    username: () => `walker-${Date.now().toString(36)}-${counter++}`,
    password: 'Password-2025',
    newPassword: 'Password-2026',
    currentPassword: 'not-the-password-1',
    first: 5,
  };
}

type Outcome = 'allowed' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';

/**
 * What the rules say should happen: the declared audience, then sight (a target the caller
 * cannot see answers as if it did not exist), then scope (one they see but may not act on).
 */
function expected(role: Role, policy: FieldPolicy, where: Where): Outcome {
  if (policy.audience === 'PUBLIC' || policy.audience === 'SIGNED_IN') return 'allowed';
  if (!policy.audience.includes(role)) return 'FORBIDDEN';
  if (role === 'CITY_ADMIN' || policy.target.kind === 'none') return 'allowed';
  if (where === 'otherDistrict') return 'NOT_FOUND';
  const ownProjectsOnly = role === 'UNIT_REPORTER' || role === 'LEADER';
  if (where === 'otherUnit' && ownProjectsOnly && ['project', 'problem'].includes(policy.target.kind))
    return 'NOT_FOUND';
  if (where === 'otherUnit' && ownProjectsOnly && policy.target.kind === 'newProject') return 'FORBIDDEN';
  return 'allowed';
}

const SESSION_ENDING = new Set(['Mutation.logout']);
/** Fields that act on the caller's own session or account, whatever else their arguments name. */
const OWN_SESSION = new Set(['Mutation.login', 'Mutation.logout', 'Mutation.refreshToken', 'Mutation.changePassword']);

/** Ids the role must never see: another district's, and for a reporter or leader, another unit's project. */
function outOfReach(role: Role, a: Estate, b: Estate): string[] {
  if (role === 'CITY_ADMIN') return [];
  const otherDistrict = [
    b.districtId,
    b.unitId,
    b.otherUnitId,
    b.projectId,
    b.otherProjectId,
    b.problemId,
    b.otherProblemId,
    b.userId,
  ];
  const otherUnit = role === 'UNIT_REPORTER' || role === 'LEADER' ? [a.otherProjectId, a.otherProblemId] : [];
  return [...otherDistrict, ...otherUnit];
}

const outsideReach = (role: Role, where: Where) =>
  role !== 'CITY_ADMIN' &&
  (where === 'otherDistrict' || (where === 'otherUnit' && (role === 'UNIT_REPORTER' || role === 'LEADER')));

const POLICIES = ACCESS_POLICY as Record<string, FieldPolicy | SameAs>;

describe('every field of the schema, as every role, inside and outside its reach', () => {
  const schema = buildSchema(GRAPHQL_SCHEMA_SDL);
  const fields = rootFields(schema);
  const mutations = schema.getMutationType()?.getFields() ?? {};
  let api: TestPlatform;
  let a: Estate;
  let b: Estate;
  const clients = {} as Record<Role, GraphqlClient>;
  const credentials = {} as Record<Role, [string, string]>;

  beforeAll(async () => {
    api = await TestPlatform.start();
    a = await buildDistrict(api, 'A100');
    b = await buildDistrict(api, 'B200');
    const accounts: [Role, Record<string, unknown>][] = [
      ['CITY_ADMIN', {}],
      ['DISTRICT_ADMIN', { districtIds: [a.districtId] }],
      ['UNIT_REPORTER', { districtIds: [a.districtId], unitId: a.unitId }],
      ['LEADER', { districtIds: [a.districtId] }],
      ['ANALYST', { districtIds: [a.districtId] }],
    ];
    // like the demo's analyst: one account reaching both districts, listed among each district's users
    await api.signedInAs({
      username: 'walk-spanning-analyst',
      displayName: '跨区分析员',
      role: 'ANALYST',
      districtIds: [a.districtId, b.districtId],
    });
    for (const [role, scope] of accounts) {
      const username = `walk-${role.toLowerCase().replace('_', '-')}`;
      credentials[role] = [username, 'Password-2025'];
      clients[role] = await api.signedInAs({ username, displayName: role, role, ...scope });
    }
  }, 60_000);

  /** The walk itself reassigns leaders (admins may); each pass starts with the leader on A's own project. */
  beforeEach(() =>
    api.ok(`mutation($i: AssignLeaderInput!) { assignLeader(input: $i) { id } }`, {
      i: { projectId: a.projectId, leader: { name: '王副区长', userId: userIdFor(credentials.LEADER[0]) } },
    }),
  );
  afterAll(() => api.stop());

  it('declares an access rule for every root field, and no rule for a field that does not exist', () => {
    const keys = fields.map((f) => f.key).sort();
    expect(keys.filter((key) => !POLICIES[key])).toEqual([]);
    expect(Object.keys(POLICIES).filter((key) => !keys.includes(key))).toEqual([]);
  });

  /**
   * A pass's calls: every root field with the arguments the walk gives it, and `checkCommand` once
   * for every mutation it names, with that mutation's arguments, expected to answer by that
   * mutation's rule (read from the table here, not through the guard's own lookup).
   */
  const callsOf = (where: Where) =>
    fields.flatMap(({ kind, key, field }) => {
      if (key !== 'Query.checkCommand') {
        const variables = argumentsFor(field, namedValues(field, where, a, b));
        return [{ kind, key, field, policy: POLICIES[key] as FieldPolicy, variables, check: false }];
      }
      const command = getNamedType(field.args[0].type) as GraphQLInputObjectType;
      return Object.keys(command.getFields()).map((name) => {
        const mutation = mutations[name];
        const { input } = argumentsFor(mutation, namedValues(mutation, where, a, b));
        const policy = POLICIES[`Mutation.${name}`] as FieldPolicy;
        return { kind, key: `${key}(${name})`, field, policy, variables: { command: { [name]: input } }, check: true };
      });
    });

  const calls = (['own', 'otherUnit', 'otherDistrict'] as Where[]).flatMap((where) =>
    // the most restricted roles first: a write they must not make would otherwise be used up by an admin's
    (['ANALYST', 'LEADER', 'UNIT_REPORTER', 'DISTRICT_ADMIN', 'CITY_ADMIN'] as Role[]).map(
      (role) => [role, where] as const,
    ),
  );

  it.each(calls)(
    'as %s against %s targets, every field answers as its rule says and writes nothing it may not',
    async (role, where) => {
      const crossings: string[] = [];
      for (const { kind, key, field, policy, variables, check } of callsOf(where)) {
        const before = await api.runtime.store.lastPosition();
        const result = await clients[role].gql(operationFor(kind, field), variables);
        // the call's own refusal is the error on the root field (or a check's refusal); any other is a nested object's
        const rootCodes = (result.errors ?? []).filter((e) => e.path?.length === 1).map((e) => e.extensions?.code);
        if (check) rootCodes.push(result.data?.checkCommand?.refusal?.code);
        // a public field (login) may answer UNAUTHENTICATED for the walker's made-up credentials
        const refused = rootCodes.includes('UNAUTHENTICATED') && policy.audience !== 'PUBLIC';
        const outcome: Outcome = rootCodes.includes('FORBIDDEN')
          ? 'FORBIDDEN'
          : rootCodes.includes('NOT_FOUND')
            ? 'NOT_FOUND'
            : refused
              ? 'UNAUTHENTICATED'
              : 'allowed';
        const want = expected(role, policy, where);
        if (outcome !== want)
          crossings.push(`${key}: expected ${want}, got ${outcome} ${JSON.stringify(result.errors ?? [])}`);
        // independent of the declared rules: nothing out of reach may be shown or written, at any depth;
        // an error may repeat an id the caller sent, never name another
        const shown = JSON.stringify(result.data ?? {});
        const told = JSON.stringify(result.errors ?? []);
        const sent = JSON.stringify(variables);
        const leaked = outOfReach(role, a, b).filter(
          (id) => shown.includes(id) || (told.includes(id) && !sent.includes(id)),
        );
        if (leaked.length > 0) crossings.push(`${key}: showed ${leaked.join(', ')}`);
        const mayWrite = !check && (!outsideReach(role, where) || OWN_SESSION.has(key));
        if (!mayWrite && (await api.runtime.store.lastPosition()) !== before)
          crossings.push(`${key}: wrote ${check ? 'in a check' : 'out of reach'}`);
        if (SESSION_ENDING.has(key)) clients[role] = await api.login(...credentials[role]);
      }
      expect(crossings).toEqual([]);
    },
    60_000,
  );

  it('refuses every field but login to a caller without a login', async () => {
    for (const { kind, key, field, variables } of callsOf('own')) {
      const result = await api.anonymous.gql(operationFor(kind, field), variables);
      const code = result.errors?.[0]?.extensions?.code;
      if (key === 'Mutation.login') expect(code).toBe('UNAUTHENTICATED');
      else expect([key, code]).toEqual([key, 'UNAUTHENTICATED']);
    }
  });

  it('lets an analyst write nothing at all, whatever the schema grows to', async () => {
    const writes = fields.filter(
      (f) =>
        f.kind === 'mutation' &&
        !['Mutation.login', 'Mutation.logout', 'Mutation.refreshToken', 'Mutation.changePassword'].includes(f.key),
    );
    for (const { kind, key, field } of writes) {
      const result = await clients.ANALYST.gql(
        operationFor(kind, field as GraphQLField<unknown, unknown>),
        argumentsFor(
          field as GraphQLField<unknown, unknown>,
          namedValues(field as GraphQLField<unknown, unknown>, 'own', a, b),
        ),
      );
      expect([key, result.errors?.[0]?.extensions?.code]).toEqual([key, 'FORBIDDEN']);
    }
  });
});
