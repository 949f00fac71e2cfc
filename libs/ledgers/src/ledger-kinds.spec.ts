import type { Role } from '@tuijin/domain-accounts';
import type { ProblemView, ProjectView, UnitView, UserView } from '@tuijin/read-models';
import { readLedger, type Ledger, type LedgerChoices, type LedgerRow, type Table } from './ledger';
import { PROBLEM_LEDGER, PROBLEMS, problemLedgerCommands } from './problem-ledger';
import { UNIT_LEDGER, UNITS, unitLedgerCommands } from './unit-ledger';
import { USER_LEDGER, USERS, userLedgerCommands } from './user-ledger';

const UNITS_OF_DISTRICT = [
  { id: 'u-fgw', code: 'FGW', name: '区发展改革委' },
  { id: 'u-jxw', code: 'JXW', name: '区经济信息委' },
];
const table = (...rows: unknown[][]): Table => ({
  rows: rows.map((cells, index) => ({ number: index + 1, cells: cells as Table['rows'][number]['cells'] })),
});
/** Reads a table as the kind's ledger, failing the test when a cell cannot be read. */
function read<K extends string>(ledger: Ledger<K>, choices: LedgerChoices, ...rows: unknown[][]): LedgerRow<K>[] {
  const result = readLedger(ledger, table(...rows), choices);
  expect(result.issues).toEqual([]);
  return result.rows;
}
const noQueries = {} as never;

describe('the units ledger (责任单位台账)', () => {
  const existing: UnitView[] = [
    {
      id: 'u-fgw',
      districtId: 'd-1',
      code: 'FGW',
      name: '区发展改革委',
      kind: 'DEPARTMENT',
      reserveTargets: [{ year: 2025, target: 3 }],
    },
  ];
  const headers = ['单位编码', '单位名称', '单位类型', '年度', '储备项目目标（个）'];
  const rows = async (...cells: unknown[][]) =>
    read(UNIT_LEDGER, await UNITS.choices('d-1', noQueries), headers, ...cells);

  it('creates a new unit with its target, sets a known unit’s new target and leaves one as on record alone', async () => {
    const { plans, issues } = unitLedgerCommands(
      await rows(
        ['ZJW', '区住房城乡建委', '部门', 2025, 2],
        ['FGW', '区发展改革委', '部门', 2026, 4],
        ['FGW2', '巴川街道', '街道'],
        ['FGW', '区发展改革委', '部门', 2025, 3],
      ),
      'd-1',
      existing,
    );
    expect(issues).toEqual([{ row: 5, column: '单位编码', value: 'FGW', message: '单位编码与第3行重复' }]);
    expect(plans.map((p) => [p.row, p.key, p.isNew, p.commands.map((c) => c.type)])).toEqual([
      [2, 'ZJW', true, ['CreateUnit', 'SetReserveTarget']],
      [3, 'FGW', false, ['SetReserveTarget']],
      [4, 'FGW2', true, ['CreateUnit']],
    ]);
    expect(plans[0].commands[0].data).toEqual({
      districtId: 'd-1',
      code: 'ZJW',
      name: '区住房城乡建委',
      kind: 'DEPARTMENT',
    });
    expect(plans[0].commands[1].data).toEqual({ unitId: plans[0].id, year: 2025, target: 2 });
    expect(plans[2].commands[0].data).toMatchObject({ kind: 'TOWNSHIP' });
  });

  it('plans nothing for a unit as on record', async () => {
    const { plans, issues } = unitLedgerCommands(await rows(['FGW', '区发展改革委', '部门', 2025, 3]), 'd-1', existing);
    expect(issues).toEqual([]);
    expect(plans).toEqual([{ row: 2, key: 'FGW', id: 'u-fgw', isNew: false, commands: [] }]);
  });

  it('says at its cell that a known unit cannot be renamed or change kind, and that a target needs its year', async () => {
    const { plans, issues } = unitLedgerCommands(
      await rows(['FGW', '区发改委', '乡镇/街道'], ['NEW', '新单位', '部门', null, 5]),
      'd-1',
      existing,
    );
    expect(plans).toEqual([]);
    expect(issues).toEqual([
      {
        row: 2,
        column: '单位名称',
        value: '区发改委',
        message: '编码为“FGW”的单位在系统中名为“区发展改革委”；台账不能修改已有单位的名称',
      },
      {
        row: 2,
        column: '单位类型',
        value: '乡镇/街道',
        message: '编码为“FGW”的单位在系统中的类型为“部门”；台账不能修改已有单位的类型',
      },
      { row: 3, column: '年度', value: '', message: '年度、储备项目目标（个）需一并填写' },
    ]);
  });
});

describe('the user accounts ledger (账号台账)', () => {
  const account = (over: Partial<UserView>): UserView => ({
    id: `id-${over.username}`,
    username: 'x',
    displayName: '某人',
    role: 'LEADER',
    districtIds: ['d-1'],
    active: true,
    createdAt: '2025-01-01T00:00:00.000Z',
    ...over,
  });
  const existing = new Map(
    [
      account({ username: 'zhang', displayName: '张三', role: 'UNIT_REPORTER', unitId: 'u-fgw' }),
      account({ username: 'taken', displayName: '外区', role: 'DISTRICT_ADMIN', districtIds: ['d-2'] }),
    ].map((a) => [a.username, a]),
  );
  const headers = ['用户名', '姓名', '角色', '所属单位', '初始密码'];
  const choices = async () => ({
    ...(await USERS.choices('d-1', { units: async () => UNITS_OF_DISTRICT } as never)),
  });
  const rows = async (...cells: unknown[][]) => read(USER_LEDGER, await choices(), headers, ...cells);
  const districtAdmin: { role: Role; districtIds: string[] } = { role: 'DISTRICT_ADMIN', districtIds: ['d-1'] };
  const context = (importer = districtAdmin) => ({
    districtId: 'd-1',
    importer,
    existing,
    unitNames: new Map(UNITS_OF_DISTRICT.map((u) => [u.id, u.name])),
  });

  it('creates a new account in the importing district, and leaves one as on record alone', async () => {
    const { plans, issues } = userLedgerCommands(
      await rows(
        ['li', '李四', '责任单位填报员', '区经济信息委', 'Initial-2025'],
        ['zhang', '张三', '责任单位填报员', 'FGW', 'Whatever-2025'],
        ['taken', '王五', '包保领导', null, 'Initial-2025'],
      ),
      context(),
    );
    expect(issues).toEqual([]);
    expect(plans.map((p) => [p.row, p.key, p.isNew, p.commands.map((c) => c.type)])).toEqual([
      [2, 'li', true, ['CreateUser']],
      [3, 'zhang', false, []],
      // another district's username: createUser refuses it in its own words (in the dry run)
      [4, 'taken', true, ['CreateUser']],
    ]);
    expect(plans[0].commands[0].data).toEqual({
      username: 'li',
      displayName: '李四',
      password: 'Initial-2025',
      role: 'UNIT_REPORTER',
      districtIds: ['d-1'],
      unitId: 'u-jxw',
    });
  });

  it('refuses a city admin account to a district admin, at the role, by the rule the API applies', async () => {
    const { plans, issues } = userLedgerCommands(
      await rows(['boss', '市里', '市级管理员', null, 'Initial-2025'], ['ok', '分析', '分析员', null, 'Initial-2025']),
      context(),
    );
    expect(issues).toEqual([
      { row: 2, column: '角色', value: '市级管理员', message: '您的账号不能创建市级管理员账号：只有市级管理员可以' },
    ]);
    expect(plans.map((p) => p.key)).toEqual(['ok']);
    // an admin of another district reaches nothing here
    const outsider = userLedgerCommands(
      await rows(['ok', '分析', '分析员', null, 'Initial-2025']),
      context({ role: 'DISTRICT_ADMIN', districtIds: ['d-2'] }),
    );
    expect(outsider.issues.map((i) => i.message)).toEqual(['您的账号不能在本区县创建“分析员”账号']);
    // a city admin may, but a city admin's account belongs to no district's ledger
    const city = userLedgerCommands(
      await rows(['boss', '市里', '市级管理员', null, 'Initial-2025']),
      context({ role: 'CITY_ADMIN', districtIds: [] }),
    );
    expect(city.issues.map((i) => i.message)).toEqual([expect.stringContaining('不属于任何区县')]);
  });

  it('says what differs on an account of the district, wants a password for a new one, and a username once', async () => {
    const { plans, issues } = userLedgerCommands(
      await rows(
        ['zhang', '张三丰', '包保领导', null, null],
        ['new', '新人', '分析员', null, null],
        ['li', '李四', '分析员', null, 'Initial-2025'],
        ['li', '李四', '分析员', null, 'Initial-2025'],
      ),
      context(),
    );
    expect(plans.map((p) => p.key)).toEqual(['li']);
    expect(issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [2, '姓名', '账号“zhang”在系统中的姓名为“张三”；台账不能修改已有账号的姓名'],
      [2, '角色', '账号“zhang”在系统中的角色为“责任单位填报员”；台账不能修改已有账号的角色'],
      [2, '所属单位', '账号“zhang”在系统中的所属单位为“区发展改革委”；台账不能修改已有账号的所属单位'],
      [3, '初始密码', '新账号须填写“初始密码”'],
      [5, '用户名', '用户名与第4行重复'],
    ]);
  });

  it('never shows a password as read: the cell is masked', () => {
    const result = readLedger(USER_LEDGER, table(headers, ['li', '李四', '分析员', null, 'Secret-2025']), {});
    expect(result.rows[0].cells.password).toBe('******');
    expect(result.rows[0].values.password).toBe('Secret-2025');
    expect(JSON.stringify(result.issues)).not.toContain('Secret-2025');
  });
});

describe('the problems ledger (问题台账)', () => {
  const project = { id: 'p-1', code: 'TL-001', leadUnitId: 'u-fgw' } as ProjectView;
  const problem = (over: Partial<ProblemView>): ProblemView => ({
    id: 'p-1:1',
    projectId: 'p-1',
    districtId: 'd-1',
    category: 'LAND',
    description: '征地拆迁未完成',
    status: 'OPEN',
    raisedOn: '2025-03-01',
    dueOn: '2025-06-30',
    ownerUnitId: 'u-fgw',
    escalations: [],
    ...over,
  });
  const recorded = [
    problem({}),
    problem({
      id: 'p-1:2',
      description: '用电报装慢',
      category: 'UTILITIES',
      status: 'CLOSED',
      closedReason: '企业撤回',
    }),
  ];
  const context = {
    districtId: 'd-1',
    projects: new Map([['TL-001', project]]),
    problems: new Map([['p-1', recorded]]),
  };
  const headers = ['项目编码', '问题类别', '问题描述', '责任单位', '提出日期', '办结时限', '办结日期', '办理结果'];
  const choices = () => PROBLEMS.choices('d-1', { units: async () => UNITS_OF_DISTRICT } as never);
  const rows = async (...cells: unknown[][]) => read(PROBLEM_LEDGER, await choices(), headers, ...cells);

  it('raises new problems numbered after the project’s own, resolving one the row says is solved', async () => {
    const { plans, issues } = problemLedgerCommands(
      await rows(
        ['TL-001', '融资', '贷款未到位', null, '2025-04-01', '2025-05-31'],
        ['TL-001', '审批', '环评待批', '区经济信息委', '2025-04-02', '2025-05-31', '2025-05-20', '已批复'],
      ),
      context,
    );
    expect(issues).toEqual([]);
    expect(plans.map((p) => [p.row, p.id, p.isNew, p.commands.map((c) => c.type)])).toEqual([
      [2, 'p-1:3', true, ['RaiseProblem']],
      [3, 'p-1:4', true, ['RaiseProblem', 'ResolveProblem']],
    ]);
    // a blank 责任单位 leaves the unit to RaiseProblem: the project's lead unit
    expect(plans[0].commands[0].data).toEqual({
      projectId: 'p-1',
      category: 'FINANCING',
      description: '贷款未到位',
      raisedOn: '2025-04-01',
      dueOn: '2025-05-31',
      problemId: 'p-1:3',
    });
    expect(plans[1].commands[0].data).toMatchObject({ ownerUnitId: 'u-jxw' });
    expect(plans[1].commands[1].data).toEqual({ problemId: 'p-1:4', resolvedOn: '2025-05-20', resolution: '已批复' });
  });

  it('knows a problem on record by its project, description and day, and only resolves or reassigns it', async () => {
    const { plans, issues } = problemLedgerCommands(
      await rows(
        ['TL-001', '土地', '征地拆迁未完成', '区发展改革委', '2025-03-01', '2025-06-30'],
        ['TL-001', '水电气', '用电报装慢', '区发展改革委', '2025-03-01', '2025-06-30', null, '企业撤回'],
        ['TL-001', '土地', '征地拆迁未完成', '区经济信息委', '2025-03-02', '2025-06-30', '2025-05-01', '已完成'],
      ),
      context,
    );
    expect(issues).toEqual([]);
    expect(plans.map((p) => [p.id, p.isNew, p.commands.map((c) => c.type)])).toEqual([
      ['p-1:1', false, []],
      // closed with a reason, exported in 办理结果: as on record
      ['p-1:2', false, []],
      // raised on another day: another problem
      ['p-1:3', true, ['RaiseProblem', 'ResolveProblem']],
    ]);
    const resolved = problemLedgerCommands(
      await rows([
        'TL-001',
        '土地',
        '征地拆迁未完成',
        '区经济信息委',
        '2025-03-01',
        '2025-06-30',
        '2025-05-01',
        '已完成',
      ]),
      context,
    );
    expect(resolved.plans[0].commands).toEqual([
      { type: 'AssignProblem', data: { problemId: 'p-1:1', ownerUnitId: 'u-jxw' }, columns: ['owner'] },
      {
        type: 'ResolveProblem',
        data: { problemId: 'p-1:1', resolvedOn: '2025-05-01', resolution: '已完成' },
        columns: ['resolvedOn', 'resolution'],
      },
    ]);
  });

  it('reports an unknown project, a problem twice, half a resolution and a changed category, each at its cell', async () => {
    const { plans, issues } = problemLedgerCommands(
      await rows(
        ['TL-404', '土地', '某问题', null, '2025-03-01', '2025-06-30'],
        ['TL-001', '其他', '新问题', null, '2025-03-05', '2025-06-30'],
        ['TL-001', '其他', '新问题', null, '2025-03-05', '2025-07-30'],
        ['TL-001', '其他', '又一个问题', null, '2025-03-05', '2025-06-30', null, '已解决'],
        ['TL-001', '融资', '征地拆迁未完成', null, '2025-03-01', '2025-06-30'],
        ['TL-001', '其他', '最后一个', null, '2025-03-06', '2025-06-30'],
      ),
      context,
    );
    expect(issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [2, '项目编码', '本区县没有编码为“TL-404”的项目'],
      [4, '问题描述', '与第3行是同一个问题（项目、问题描述和提出日期相同）'],
      [5, '办结日期', '办结日期、办理结果需一并填写'],
      [6, '问题类别', '该问题在系统中的问题类别为“土地”；台账不能修改已登记问题的类别'],
    ]);
    // the rows at fault take no number: the next new problem follows the last good one
    expect(plans.map((p) => [p.row, p.id])).toEqual([
      [3, 'p-1:3'],
      [7, 'p-1:4'],
    ]);
  });
});
