import { configureLogging } from '@tuijin/logging';
import { backfillDistrict } from './testing/backfill';
import { BAD_INPUTS, UNKNOWN, type Fixture } from './testing/bad-inputs';
import { TestPlatform } from './testing/test-platform';

describe('bad input through GraphQL', () => {
  let api: TestPlatform;
  let fixture: Fixture;
  beforeAll(async () => {
    api = await TestPlatform.start();
    fixture = await backfillDistrict(api);
  });
  afterAll(() => api.stop());

  /** The lines the platform logs at level error from now on. */
  function errorsLogged(): () => { msg: string; err?: { stack?: string } }[] {
    const lines: string[] = [];
    configureLogging({
      service: 'platform',
      env: { TUIJIN_LOG_LEVEL: 'error' },
      destination: { write: (line: string) => void lines.push(line) },
    });
    return () => lines.map((line) => JSON.parse(line));
  }

  it.each(BAD_INPUTS.map((c) => [`${c.mutation} → ${c.code} ${c.field ?? ''}`, c] as const))('%s', async (_name, c) => {
    const before = await api.runtime.store.lastPosition();
    const logged = errorsLogged();
    const result = await api.gql(`mutation($input: ${c.inputType}!) { ${c.mutation}(input: $input) { id } }`, {
      input: c.input(fixture),
    });
    // an answer to the person, not a server fault: nothing goes to the error log
    expect(logged()).toEqual([]);
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors!;
    expect(error.extensions?.code).toBe(c.code);
    if (c.field) expect(error.extensions?.field).toBe(c.field);
    expect(error.message).toMatch(c.message);
    expect(JSON.stringify(error)).not.toMatch(/at .*\.ts:\d+/);
    expect(await api.runtime.store.lastPosition()).toBe(before);
  });

  it('rejects impossible dates and unknown enum values before anything runs', async () => {
    const before = await api.runtime.store.lastPosition();
    const badDate = await api.gql(`mutation($input: ChangeStageInput!) { changeStage(input: $input) { id } }`, {
      input: { projectId: fixture.project.id, stage: 'COMPLETED', occurredOn: '2025-02-30' },
    });
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.errors?.[0].message).toMatch(/occurredOn/);
    const badEnum = await api.gql(`mutation($input: RaiseProblemInput!) { raiseProblem(input: $input) { id } }`, {
      input: { projectId: fixture.project.id, category: 'WEATHER', description: '下雨', dueOn: '2025-12-31' },
    });
    expect(badEnum.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badEnum.errors?.[0].message).toMatch(/WEATHER/);
    expect(await api.runtime.store.lastPosition()).toBe(before);
  });

  it('logs an unexpected fault once, with its stack, and answers only "internal error"', async () => {
    const logged = errorsLogged();
    const fault = jest.spyOn(api.runtime.queries, 'project').mockRejectedValueOnce(new Error('disk on fire'));
    const result = await api.gql(`{ project(id: "${fixture.project.id}") { id } }`);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(result)).not.toMatch(/disk on fire/);
    expect(logged()).toHaveLength(1);
    expect(logged()[0].err?.stack).toMatch(/disk on fire[\s\S]*at /);
    fault.mockRestore();
  });

  it('stores names composed (NFC): one word has one spelling whatever keyboard typed it', async () => {
    const { createUnit } = await api.ok(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { name } }`, {
      i: { districtId: fixture.district.id, code: 'NFC', name: 'Cafe\u0301 园区', kind: 'DEPARTMENT' },
    });
    expect(createUnit.name).toBe('Café 园区');
    expect(createUnit.name).toHaveLength(7);
  });

  it('answers an id in another district exactly like an id that names nothing', async () => {
    const { createDistrict } = await api.ok(
      `mutation { createDistrict(input: { code: "OTHER1", name: "别区" }) { id } }`,
    );
    const { createUnit } = await api.ok(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
      i: { districtId: createDistrict.id, code: 'U', name: '某局', kind: 'DEPARTMENT' },
    });
    const { registerProject } = await api.ok(
      `mutation($i: RegisterProjectInput!) { registerProject(input: $i) { id } }`,
      {
        i: {
          districtId: createDistrict.id,
          code: 'O-1',
          name: '别区项目',
          category: 'SOCIAL',
          leadUnitId: createUnit.id,
          totalInvestment: 1,
        },
      },
    );
    const admin = await api.signedInAs({
      username: 'scope-admin',
      displayName: '区管理员',
      role: 'DISTRICT_ADMIN',
      districtIds: [fixture.district.id],
    });
    const before = await api.runtime.store.lastPosition();
    const asked = async (query: string, id: string) => {
      const result = await admin.gql(query, { id });
      return JSON.stringify(result).replaceAll(id, '<id>');
    };
    const reads: [string, string][] = [
      [`query($id: ID!) { project(id: $id) { id } }`, registerProject.id],
      [`query($id: ID!) { district(id: $id) { id } }`, createDistrict.id],
      [`query($id: ID!) { unit(id: $id) { id } }`, createUnit.id],
      [`query($id: ID!) { problems(districtId: $id) { totalCount } }`, createDistrict.id],
      [`mutation($id: ID!) { changeStage(input: { projectId: $id, stage: SIGNED }) { id } }`, registerProject.id],
      [
        `mutation($id: ID!) { createUnit(input: { districtId: $id, code: "X", name: "某局", kind: TOWNSHIP }) { id } }`,
        createDistrict.id,
      ],
    ];
    for (const [query, id] of reads) {
      const foreign = await asked(query, id);
      expect(foreign).toMatch(/"code":"NOT_FOUND"/);
      expect(foreign).toBe(await asked(query, UNKNOWN));
    }
    expect(await api.runtime.store.lastPosition()).toBe(before);
  });

  it('answers NOT_FOUND for queries by unknown ids and refuses oversized pages', async () => {
    const missing = await api.gql(`{ project(id: "${UNKNOWN}") { id } }`);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const page = await api.gql(`query($d: ID!) { projects(districtId: $d, first: 1000) { totalCount } }`, {
      d: fixture.district.id,
    });
    expect(page.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    const cursor = await api.gql(`query($d: ID!) { projects(districtId: $d, after: "garbage") { totalCount } }`, {
      d: fixture.district.id,
    });
    expect(cursor.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });
});
