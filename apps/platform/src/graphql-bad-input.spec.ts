import { configureLogging } from '@tuijin/logging';
import { backfillDistrict } from './testing/backfill';
import { TestPlatform } from './testing/test-platform';

type Fixture = Awaited<ReturnType<typeof backfillDistrict>>;

interface BadCase {
  mutation: string;
  inputType: string;
  input: (f: Fixture) => Record<string, unknown>;
  code: string;
  /** The input field the error must name, when the rule is about one field. */
  field?: string;
  message: RegExp;
}

const UNKNOWN = '00000000-0000-5000-8000-000000000000';

const HIDDEN = /must not contain control or invisible characters/;

/** A year's plan for the fixture's project, with the values a case is about. */
const annualPlan = (f: Fixture, values: Record<string, unknown>) => ({
  projectId: f.project.id,
  year: 2025,
  plannedInvestment: 100,
  plannedStartMonth: '2025-03',
  plannedCompletionMonth: '2025-12',
  ...values,
});

/** An opening balance for the fixture's project (first reported month 2025-03), with the values a case is about. */
const openingBalance = (f: Fixture, values: Record<string, unknown>) => ({
  projectId: f.project.id,
  asOfMonth: '2025-02',
  cumulativeInvestment: 8000,
  yearToDateInvestment: 500,
  ...values,
});

const cases: BadCase[] = [
  {
    mutation: 'createDistrict',
    inputType: 'CreateDistrictInput',
    input: () => ({ code: '500998', name: '铜梁\u202E区' }),
    code: 'BAD_USER_INPUT',
    field: 'name',
    message: HIDDEN,
  },
  {
    mutation: 'createUnit',
    inputType: 'CreateUnitInput',
    input: (f) => ({ districtId: f.district.id, code: 'ZW', name: '住建\u200B委', kind: 'DEPARTMENT' }),
    code: 'BAD_USER_INPUT',
    field: 'name',
    message: HIDDEN,
  },
  {
    mutation: 'reviseProject',
    inputType: 'ReviseProjectInput',
    input: (f) => ({ projectId: f.project.id, changes: { description: '说明\u0000' } }),
    code: 'BAD_USER_INPUT',
    field: 'description',
    message: HIDDEN,
  },
  {
    mutation: 'assignLeader',
    inputType: 'AssignLeaderInput',
    input: (f) => ({ projectId: f.project.id, leader: { name: '王\uFEFF副区长' } }),
    code: 'BAD_USER_INPUT',
    field: 'leader.name',
    message: HIDDEN,
  },
  {
    mutation: 'setAnnualPlan',
    inputType: 'SetAnnualPlanInput',
    input: (f) => annualPlan(f, { milestones: ['主体\u202E封顶'] }),
    code: 'BAD_USER_INPUT',
    field: 'milestones[0]',
    message: HIDDEN,
  },
  {
    mutation: 'changeStage',
    inputType: 'ChangeStageInput',
    input: (f) => ({ projectId: f.project.id, stage: 'SUSPENDED', occurredOn: '2025-06-01', reason: '资金\u200D' }),
    code: 'BAD_USER_INPUT',
    field: 'reason',
    message: HIDDEN,
  },
  {
    mutation: 'submitMonthlyReport',
    inputType: 'SubmitMonthlyReportInput',
    input: (f) => ({
      projectId: f.project.id,
      month: '2025-06',
      investment: 10,
      progressPercent: 20,
      note: '半个\uD800',
    }),
    code: 'BAD_USER_INPUT',
    field: 'note',
    message: HIDDEN,
  },
  {
    mutation: 'raiseProblem',
    inputType: 'RaiseProblemInput',
    input: (f) => ({ projectId: f.project.id, category: 'LAND', description: '用地\r\n', dueOn: '2025-12-31' }),
    code: 'BAD_USER_INPUT',
    field: 'description',
    message: HIDDEN,
  },
  {
    mutation: 'createUser',
    inputType: 'CreateUserInput',
    input: (f) => ({
      username: 'hidden-name',
      displayName: '张\u2066三',
      password: 'Password-2025',
      role: 'ANALYST',
      districtIds: [f.district.id],
    }),
    code: 'BAD_USER_INPUT',
    field: 'displayName',
    message: HIDDEN,
  },
  {
    mutation: 'createDistrict',
    inputType: 'CreateDistrictInput',
    input: () => ({ code: '500151', name: '铜梁区' }),
    code: 'CONFLICT',
    message: /already/,
  },
  {
    mutation: 'createDistrict',
    inputType: 'CreateDistrictInput',
    input: () => ({ code: 'bad code!', name: '某区' }),
    code: 'BAD_USER_INPUT',
    field: 'code',
    message: /code/,
  },
  {
    mutation: 'createDistrict',
    inputType: 'CreateDistrictInput',
    input: () => ({ code: '500999', name: '   ' }),
    code: 'BAD_USER_INPUT',
    field: 'name',
    message: /name/,
  },
  {
    mutation: 'renameDistrict',
    inputType: 'RenameDistrictInput',
    input: () => ({ districtId: UNKNOWN, name: '新名' }),
    code: 'NOT_FOUND',
    message: /District/,
  },
  {
    mutation: 'createUnit',
    inputType: 'CreateUnitInput',
    input: (f) => ({ districtId: f.district.id, code: 'FGW', name: '重复', kind: 'DEPARTMENT' }),
    code: 'CONFLICT',
    message: /already/,
  },
  {
    mutation: 'createUnit',
    inputType: 'CreateUnitInput',
    input: () => ({ districtId: UNKNOWN, code: 'X', name: '某局', kind: 'DEPARTMENT' }),
    code: 'NOT_FOUND',
    message: /District/,
  },
  {
    mutation: 'createUnit',
    inputType: 'CreateUnitInput',
    input: (f) => ({ districtId: f.district.id, code: 'X', name: 'x'.repeat(101), kind: 'TOWNSHIP' }),
    code: 'BAD_USER_INPUT',
    field: 'name',
    message: /100/,
  },
  {
    mutation: 'setReserveTarget',
    inputType: 'SetReserveTargetInput',
    input: (f) => ({ unitId: f.fgw.id, year: 2025, target: -1 }),
    code: 'BAD_USER_INPUT',
    field: 'target',
    message: /target/,
  },
  {
    mutation: 'setReserveTarget',
    inputType: 'SetReserveTargetInput',
    input: (f) => ({ unitId: f.fgw.id, year: 12025, target: 3 }),
    code: 'BAD_USER_INPUT',
    field: 'year',
    message: /year/,
  },
  {
    mutation: 'setReserveTarget',
    inputType: 'SetReserveTargetInput',
    input: () => ({ unitId: UNKNOWN, year: 2025, target: 3 }),
    code: 'NOT_FOUND',
    message: /Unit/,
  },
  {
    mutation: 'registerProject',
    inputType: 'RegisterProjectInput',
    input: (f) => ({
      districtId: f.district.id,
      code: 'TL-2025-001',
      name: '重复项目',
      category: 'SOCIAL',
      leadUnitId: f.fgw.id,
      totalInvestment: 10,
    }),
    code: 'CONFLICT',
    message: /TL-2025-001/,
  },
  {
    mutation: 'registerProject',
    inputType: 'RegisterProjectInput',
    input: (f) => ({
      districtId: f.district.id,
      code: 'N1',
      name: '未来项目',
      category: 'SOCIAL',
      leadUnitId: f.fgw.id,
      totalInvestment: 10,
      occurredOn: '2026-01-05',
    }),
    code: 'BAD_USER_INPUT',
    field: 'occurredOn',
    message: /future/,
  },
  {
    mutation: 'registerProject',
    inputType: 'RegisterProjectInput',
    input: (f) => ({
      districtId: f.district.id,
      code: 'N2',
      name: '负数',
      category: 'SOCIAL',
      leadUnitId: f.fgw.id,
      totalInvestment: -5,
    }),
    code: 'BAD_USER_INPUT',
    field: 'totalInvestment',
    message: /totalInvestment/,
  },
  {
    mutation: 'registerProject',
    inputType: 'RegisterProjectInput',
    input: (f) => ({
      districtId: f.district.id,
      code: 'N3',
      name: '别区单位',
      category: 'SOCIAL',
      leadUnitId: UNKNOWN,
      totalInvestment: 5,
    }),
    code: 'BAD_USER_INPUT',
    field: 'leadUnitId',
    message: /not a unit of this district/,
  },
  {
    mutation: 'reviseProject',
    inputType: 'ReviseProjectInput',
    input: (f) => ({ projectId: f.project.id, changes: {} }),
    code: 'BAD_USER_INPUT',
    field: 'changes',
    message: /change/,
  },
  {
    mutation: 'reviseProject',
    inputType: 'ReviseProjectInput',
    input: () => ({ projectId: UNKNOWN, changes: { name: '新' } }),
    code: 'NOT_FOUND',
    message: /Project/,
  },
  {
    mutation: 'changeLeadUnit',
    inputType: 'ChangeLeadUnitInput',
    input: (f) => ({ projectId: f.project.id, leadUnitId: UNKNOWN }),
    code: 'BAD_USER_INPUT',
    field: 'leadUnitId',
    message: /leadUnitId/,
  },
  {
    mutation: 'assignLeader',
    inputType: 'AssignLeaderInput',
    input: (f) => ({ projectId: f.project.id, leader: { name: '', phone: '1' } }),
    code: 'BAD_USER_INPUT',
    field: 'leader.name',
    message: /name/,
  },
  {
    mutation: 'assignLeader',
    inputType: 'AssignLeaderInput',
    input: (f) => ({ projectId: f.project.id, leader: { name: '王副区长', userId: UNKNOWN } }),
    code: 'BAD_USER_INPUT',
    field: 'leader.userId',
    message: /not a user account of this district/,
  },
  {
    mutation: 'assignServiceSecretary',
    inputType: 'AssignServiceSecretaryInput',
    input: (f) => ({ projectId: f.project.id, secretary: { name: '李秘书', userId: UNKNOWN } }),
    code: 'BAD_USER_INPUT',
    field: 'secretary.userId',
    message: /not a user account of this district/,
  },
  {
    mutation: 'setAnnualPlan',
    inputType: 'SetAnnualPlanInput',
    input: (f) => annualPlan(f, { plannedStartMonth: '2025-09', plannedCompletionMonth: '2025-03' }),
    code: 'BAD_USER_INPUT',
    field: 'plannedCompletionMonth',
    message: /plannedCompletionMonth/,
  },
  {
    mutation: 'setAnnualPlan',
    inputType: 'SetAnnualPlanInput',
    input: (f) => annualPlan(f, { plannedStartMonth: '2025-13' }),
    code: 'BAD_USER_INPUT',
    field: 'plannedStartMonth',
    message: /YYYY-MM/,
  },
  {
    mutation: 'setOpeningBalance',
    inputType: 'SetOpeningBalanceInput',
    input: (f) => openingBalance(f, { cumulativeInvestment: -5 }),
    code: 'BAD_USER_INPUT',
    field: 'cumulativeInvestment',
    message: /cumulativeInvestment/,
  },
  {
    mutation: 'setOpeningBalance',
    inputType: 'SetOpeningBalanceInput',
    input: (f) => openingBalance(f, { yearToDateInvestment: 9000 }),
    code: 'BAD_USER_INPUT',
    field: 'yearToDateInvestment',
    message: /more than cumulativeInvestment/,
  },
  {
    mutation: 'setOpeningBalance',
    inputType: 'SetOpeningBalanceInput',
    input: (f) => openingBalance(f, { asOfMonth: '2025-3' }),
    code: 'BAD_USER_INPUT',
    field: 'asOfMonth',
    message: /YYYY-MM/,
  },
  {
    mutation: 'setOpeningBalance',
    inputType: 'SetOpeningBalanceInput',
    input: (f) => openingBalance(f, { asOfMonth: '2025-03' }),
    code: 'BAD_USER_INPUT',
    field: 'asOfMonth',
    message: /monthly report for 2025-03/,
  },
  {
    mutation: 'setOpeningBalance',
    inputType: 'SetOpeningBalanceInput',
    input: () => openingBalance({ project: { id: UNKNOWN } } as Fixture, {}),
    code: 'NOT_FOUND',
    message: /Project/,
  },
  {
    mutation: 'changeStage',
    inputType: 'ChangeStageInput',
    input: (f) => ({ projectId: f.project.id, stage: 'PREPARATION', occurredOn: '2025-06-01' }),
    code: 'BAD_USER_INPUT',
    field: 'reason',
    message: /reason/,
  },
  {
    mutation: 'changeStage',
    inputType: 'ChangeStageInput',
    input: (f) => ({ projectId: f.project.id, stage: 'CANCELLED', occurredOn: '2025-06-01' }),
    code: 'BAD_USER_INPUT',
    field: 'reason',
    message: /reason/,
  },
  {
    mutation: 'changeStage',
    inputType: 'ChangeStageInput',
    input: (f) => ({ projectId: f.project.id, stage: 'COMPLETED', occurredOn: '2025-02-01' }),
    code: 'BAD_USER_INPUT',
    field: 'occurredOn',
    message: /order/,
  },
  {
    mutation: 'changeStage',
    inputType: 'ChangeStageInput',
    input: (f) => ({ projectId: f.project.id, stage: 'UNDER_CONSTRUCTION' }),
    code: 'BAD_USER_INPUT',
    field: 'stage',
    message: /stage/,
  },
  {
    mutation: 'submitMonthlyReport',
    inputType: 'SubmitMonthlyReportInput',
    input: (f) => ({ projectId: f.project.id, month: '2025-06', investment: 10, progressPercent: 120 }),
    code: 'BAD_USER_INPUT',
    field: 'progressPercent',
    message: /100/,
  },
  {
    mutation: 'submitMonthlyReport',
    inputType: 'SubmitMonthlyReportInput',
    input: (f) => ({ projectId: f.project.id, month: '2026-01', investment: 10, progressPercent: 20 }),
    code: 'BAD_USER_INPUT',
    field: 'month',
    message: /month/,
  },
  {
    mutation: 'submitMonthlyReport',
    inputType: 'SubmitMonthlyReportInput',
    input: (f) => ({
      projectId: f.project.id,
      month: '2024-12',
      investment: 10,
      progressPercent: 20,
      submittedOn: '2025-01-03',
    }),
    code: 'BAD_USER_INPUT',
    field: 'month',
    message: /regist/,
  },
  {
    mutation: 'raiseProblem',
    inputType: 'RaiseProblemInput',
    input: (f) => ({
      projectId: f.project.id,
      category: 'LAND',
      description: '用地',
      raisedOn: '2025-06-10',
      dueOn: '2025-06-01',
    }),
    code: 'BAD_USER_INPUT',
    field: 'dueOn',
    message: /dueOn/,
  },
  {
    mutation: 'raiseProblem',
    inputType: 'RaiseProblemInput',
    input: (f) => ({
      projectId: f.project.id,
      category: 'LAND',
      description: '用地',
      dueOn: '2026-01-31',
      ownerUnitId: UNKNOWN,
    }),
    code: 'BAD_USER_INPUT',
    field: 'ownerUnitId',
    message: /ownerUnitId/,
  },
  {
    mutation: 'assignProblem',
    inputType: 'AssignProblemInput',
    input: (f) => ({ problemId: `${f.project.id}:9`, ownerUnitId: f.fgw.id }),
    code: 'NOT_FOUND',
    message: /Problem/,
  },
  {
    mutation: 'escalateProblem',
    inputType: 'EscalateProblemInput',
    input: (f) => ({ problemId: f.problem.id, level: 'LEADER' }),
    code: 'CONFLICT',
    message: /resolved/,
  },
  {
    mutation: 'resolveProblem',
    inputType: 'ResolveProblemInput',
    input: (f) => ({ problemId: f.problem.id, resolution: '再次办结' }),
    code: 'CONFLICT',
    message: /resolved/,
  },
  {
    mutation: 'resolveProblem',
    inputType: 'ResolveProblemInput',
    input: () => ({ problemId: 'no-such-problem', resolution: '办结' }),
    code: 'NOT_FOUND',
    message: /Problem/,
  },
  {
    mutation: 'closeProblem',
    inputType: 'CloseProblemInput',
    input: (f) => ({ problemId: f.problem.id, reason: '撤回' }),
    code: 'CONFLICT',
    message: /resolved/,
  },
];

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

  it.each(cases.map((c) => [`${c.mutation} → ${c.code} ${c.field ?? ''}`, c] as const))('%s', async (_name, c) => {
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
