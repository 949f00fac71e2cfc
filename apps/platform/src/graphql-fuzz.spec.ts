import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { GRAPHQL_SCHEMA_SDL } from '@tuijin/contracts';
import { argumentsFor, rootFields, type NamedValues } from './testing/schema-walk';
import { GraphqlClient, TestPlatform } from './testing/test-platform';

/**
 * Throws hostile values at every mutation, one input field at a time, as a district
 * admin: every answer is either success or a typed error a person can act on, and a
 * refused command leaves the event log as it was.
 */

const TYPED = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'IDEMPOTENCY_KEY_REUSED',
]);

/** Characters no stored text may hold: control (a line break aside), format, and lone surrogates. */
const HIDDEN_CHARACTER = /(?!\n)[\p{Cc}\p{Cf}\p{Cs}]/u;

/** The strings anywhere in a value that hold a hidden character. */
function hiddenIn(value: unknown): string[] {
  if (typeof value === 'string') return HIDDEN_CHARACTER.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(hiddenIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(hiddenIn);
  return [];
}
const SKIPPED = new Set(['Mutation.logout']);

/** Paths to every leaf field of a mutation's arguments, e.g. ["input", "leader", "name"]. */
function leafPaths(type: GraphQLInputType, path: string[]): string[][] {
  const named = isNonNullType(type) ? type.ofType : type;
  if (isInputObjectType(named)) {
    return Object.values(named.getFields()).flatMap((f) => leafPaths(f.type, [...path, f.name]));
  }
  return [path];
}

/** Paths to every text (String) leaf of a mutation's arguments. */
function textPaths(type: GraphQLInputType, path: string[]): string[][] {
  const named = isNonNullType(type) ? type.ofType : type;
  if (isInputObjectType(named)) {
    return Object.values(named.getFields()).flatMap((f) => textPaths(f.type, [...path, f.name]));
  }
  return getNamedType(named).name === 'String' ? [path] : [];
}

function withValue(args: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(args);
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    node[key] = (node[key] as Record<string, unknown>) ?? {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
  return copy;
}

describe('hostile input to every mutation (property-based)', () => {
  const schema = buildSchema(GRAPHQL_SCHEMA_SDL);
  // a mutation without arguments (refreshToken) has nothing to throw values at
  const mutations = rootFields(schema).filter(
    (f) => f.kind === 'mutation' && !SKIPPED.has(f.key) && f.field.args.length > 0,
  );
  let api: TestPlatform;
  let admin: GraphqlClient;
  let named: NamedValues;
  let foreignIds: string[];
  let serial = 0;

  beforeAll(async () => {
    api = await TestPlatform.start();
    const create = async (m: string, t: string, i: Record<string, unknown>) =>
      (await api.ok(`mutation($i: ${t}!) { ${m}(input: $i) { id } }`, { i }))[m].id as string;
    const districtId = await create('createDistrict', 'CreateDistrictInput', { code: 'F1', name: '甲区' });
    const foreignDistrict = await create('createDistrict', 'CreateDistrictInput', { code: 'F2', name: '乙区' });
    const unitId = await create('createUnit', 'CreateUnitInput', {
      districtId,
      code: 'U',
      name: '发改委',
      kind: 'DEPARTMENT',
    });
    const foreignUnit = await create('createUnit', 'CreateUnitInput', {
      districtId: foreignDistrict,
      code: 'U',
      name: '发改委',
      kind: 'DEPARTMENT',
    });
    const project = (d: string, u: string) =>
      create('registerProject', 'RegisterProjectInput', {
        districtId: d,
        code: 'P1',
        name: '项目',
        category: 'SOCIAL',
        leadUnitId: u,
        totalInvestment: 10,
        stage: 'UNDER_CONSTRUCTION',
        occurredOn: '2025-01-05',
      });
    const projectId = await project(districtId, unitId);
    const foreignProject = await project(foreignDistrict, foreignUnit);
    const problemId = await create('raiseProblem', 'RaiseProblemInput', {
      projectId,
      category: 'LAND',
      description: '用地',
      raisedOn: '2025-02-01',
      dueOn: '2025-12-01',
    });
    admin = await api.signedInAs({
      username: 'fuzz-admin',
      displayName: '管理员',
      role: 'DISTRICT_ADMIN',
      districtIds: [districtId],
    });
    named = {
      districtId,
      districtIds: [districtId],
      unitId,
      leadUnitId: unitId,
      ownerUnitId: unitId,
      projectId,
      problemId,
      userId: await create('createUser', 'CreateUserInput', {
        username: 'fuzz-spare',
        displayName: '备用',
        password: 'Password-2025',
        role: 'ANALYST',
        districtIds: [districtId],
      }),
      month: '2025-06',
      // before any month the fuzz reports, so a valid opening balance is accepted
      asOfMonth: '2024-12',
      year: 2025,
      role: 'ANALYST',
      password: 'Password-2025',
      newPassword: 'Password-2026',
      // a wrong current password keeps the fuzzing admin's own login alive
      currentPassword: 'not-the-password-1',
    };
    foreignIds = [foreignDistrict, foreignUnit, foreignProject, `${foreignProject}:1`];
  }, 60_000);
  afterAll(() => api.stop());

  const hostile = () =>
    fc.oneof(
      fc.constantFrom(
        'x'.repeat(100_001),
        '',
        '   ',
        '<script>alert(1)</script>',
        '"; DROP TABLE events; --',
        '\u0000\u202e',
        '铜梁\u200b区',
        '半个\ud800',
        '\udc00项目',
        'x\u2066y\u2069',
        '\ufeff名称',
        'e\u0301',
      ),
      fc.constantFrom(-1, -1e308, 1e308, 0.5, 2 ** 53, -0),
      fc.constantFrom('2025-02-30', '2025-13-01', '99999-01-01', '2025-1-1', 'yesterday', '2100-01-01'),
      fc.constantFrom('NOT_A_VALUE', 'cancelled', 'RESERVE ', 'UNDER_CONSTRUCTION;'),
      fc.constantFrom(null, true, [], {}, [1, 2]),
      fc.string({ maxLength: 50 }),
      fc.integer(),
      fc.double({ noNaN: true }),
    );

  it.each(mutations.map((m) => [m.key, m] as const))(
    '%s answers every hostile value clearly and writes nothing when it refuses',
    async (_key, mutation) => {
      const field = mutation.field as GraphQLField<unknown, unknown>;
      const base = argumentsFor(field, named);
      const paths = field.args.flatMap((arg) => leafPaths(arg.type, [arg.name]));
      const variables = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = getNamedType(field.type).name === 'Boolean' ? '' : '{ __typename }';
      const document = `mutation${variables ? `(${variables})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection} }`;
      const refusals: string[] = [];
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...paths),
          fc.oneof(hostile(), fc.constantFrom(...foreignIds)),
          async (path, value) => {
            const before = await api.runtime.store.lastPosition();
            const result = await admin.gql(document, withValue(base, path, value));
            const codes = (result.errors ?? []).map((e) => e.extensions?.code ?? 'NONE');
            const untyped = codes.filter((code) => !TYPED.has(code as string));
            if (untyped.length > 0)
              throw new Error(
                `${path.join('.')} = ${JSON.stringify(value)?.slice(0, 80)}: ${JSON.stringify(result.errors)}`,
              );
            for (const error of result.errors ?? [])
              expect(error.message).not.toMatch(/at .*\.(ts|js):\d+|node_modules|undefined/);
            if (result.errors) expect(await api.runtime.store.lastPosition()).toBe(before);
            // whatever was written holds no hidden character, and its text is composed
            const written = (await api.runtime.store.readAll(before, 100)).map((event) => event.data);
            expect(hiddenIn(written)).toEqual([]);
            expect(JSON.stringify(written)).not.toContain('e\u0301');
            refusals.push(...(codes as string[]));
          },
        ),
        { numRuns: 25, seed: 2025 },
      );
      // the values did reach the rules: some were refused, each with a typed code
      expect(refusals.length).toBeGreaterThan(0);
    },
    60_000,
  );

  it.each(mutations.map((m) => [m.key, m] as const))(
    '%s stores no control, invisible or half character, whichever text field carries it',
    async (_key, mutation) => {
      const field = mutation.field as GraphQLField<unknown, unknown>;
      const base = argumentsFor(field, { ...named, code: () => `H${Date.now().toString(36)}${++serial}` });
      const variables = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = getNamedType(field.type).name === 'Boolean' ? '' : '{ __typename }';
      const document = `mutation(${variables}) { ${field.name}(${call}) ${selection} }`;
      for (const path of field.args.flatMap((arg) => textPaths(arg.type, [arg.name]))) {
        for (const value of ['项目\u202e名', '铜梁\u200b区', '半个\ud800', '\u0007响铃']) {
          const before = await api.runtime.store.lastPosition();
          const result = await admin.gql(document, withValue(base, path, value));
          const codes = (result.errors ?? []).map((e) => e.extensions?.code ?? 'NONE');
          expect(codes.filter((code) => !TYPED.has(code as string))).toEqual([]);
          const written = (await api.runtime.store.readAll(before, 100)).map((event) => event.data);
          expect([path.join('.'), hiddenIn(written)]).toEqual([path.join('.'), []]);
        }
      }
    },
    60_000,
  );

  it('answers hostile cursors, instants and retry keys with a typed error or a plain answer', async () => {
    const query = `query($d: ID!, $after: String, $at: DateTime) {
      projects(districtId: $d, first: 2, after: $after) { edges { cursor } }
      dashboard(districtId: $d, period: "2025-06", knownAt: $at) { lights { red } } }`;
    const made = (value: unknown) => Buffer.from(JSON.stringify(value) ?? '').toString('base64url');
    const cursor = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.jsonValue().map(made),
      fc.tuple(fc.jsonValue(), fc.jsonValue()).map(made),
      fc.constantFrom(made(['P1', 'x']), made([1e308, 'x']), made([null, '']), '', '===', '%00'),
    );
    const instant = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.constantFrom(
        '2025-02-29T00:00:00Z',
        '2025-13-01T00:00:00Z',
        '2025-06-01T25:00:00Z',
        '2025-06-01T08:00:00+99:00',
      ),
    );
    const key = fc.oneof(fc.string({ maxLength: 250 }), fc.constantFrom('k'.repeat(201), ' ', 'é'));
    await fc.assert(
      fc.asyncProperty(cursor, instant, key, async (after, at, idempotencyKey) => {
        const headers = /^[\x20-\x7e]*$/.test(idempotencyKey) ? { 'idempotency-key': idempotencyKey } : {};
        const result = await admin.gql(query, { d: named.districtId, after, at }, headers as Record<string, string>);
        const codes = (result.errors ?? []).map((e) => e.extensions?.code ?? 'NONE');
        expect(codes.filter((code) => !TYPED.has(code as string))).toEqual([]);
        for (const error of result.errors ?? []) {
          if (error.extensions?.code === 'BAD_USER_INPUT')
            expect(['after', 'knownAt', undefined]).toContain(error.extensions.field);
        }
      }),
      { numRuns: 60, seed: 2025 },
    );
  });

  it('never knocked the fuzzing admin out, so every refusal above was a real answer to the input', async () => {
    expect((await admin.ok(`{ me { username } }`)).me.username).toBe('fuzz-admin');
  });
});
