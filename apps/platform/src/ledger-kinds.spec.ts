import ExcelJS from 'exceljs';
import { download, ledgerDistricts, upload, workbookOf } from './testing/ledger-files';
import { type GraphqlClient, TestPlatform } from './testing/test-platform';

/**
 * The problems (问题台账), units (责任单位台账) and user accounts (账号台账) ledgers, through the
 * same routes as the projects ledger: template, check (dry run) and import.
 */

const headersOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1).map(String);

type Issue = { row: number; column: string; value: string; message: string };
const where = (issues: Issue[]) => issues.map((i) => [i.row, i.column, i.value]);

describe('the problems, units and user accounts ledgers', () => {
  let api: TestPlatform;
  let district: string;
  let other: string;
  let admin: GraphqlClient;
  let projectId: string;
  let units: { id: string; code: string; name: string }[];

  /** The ledger's template for the district, filled in with rows given by header. */
  const filled = async (ledger: string, title: string, rows: Record<string, ExcelJS.CellValue>[]) => {
    const template = await download(admin, `/files/ledgers/${district}/${ledger}-template.xlsx`);
    const workbook = await workbookOf(template.body);
    const sheet = workbook.getWorksheet(title) as ExcelJS.Worksheet;
    const headers = headersOf(sheet);
    rows.forEach((cells, index) => {
      for (const [header, value] of Object.entries(cells)) {
        if (!headers.includes(header)) throw new Error(`no column ${header}`);
        sheet.getRow(index + 2).getCell(headers.indexOf(header) + 1).value = value;
      }
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const send = (client: GraphqlClient, ledger: string, action: 'check' | 'import', file: Buffer, extra = '') =>
    upload(
      client,
      `/files/ledgers/${district}/${ledger}/${action}?fileName=${encodeURIComponent('台账.xlsx')}${extra}`,
      file,
    );
  const imports = async () =>
    (
      await api.ok(`query($d: ID!) { ledgerImports(districtId: $d) { number ledger registeredCount changedCount } }`, {
        d: district,
      })
    ).ledgerImports as { number: number; ledger: string; registeredCount: number; changedCount: number }[];

  beforeAll(async () => {
    api = await TestPlatform.start();
    ({ district, other, units, projectId } = await ledgerDistricts(api));
    admin = await api.signedInAs({
      username: 'tl-admin',
      displayName: '铜梁管理员',
      role: 'DISTRICT_ADMIN',
      districtIds: [district],
    });
    await api.signedInAs({
      username: 'qx-admin',
      displayName: '渠县管理员',
      role: 'DISTRICT_ADMIN',
      districtIds: [other],
    });
    await api.signedInAs({
      username: 'tl-reporter',
      displayName: '铜梁填报员',
      role: 'UNIT_REPORTER',
      districtIds: [district],
      unitId: units[0].id,
    });
  }, 60_000);
  afterAll(() => api.stop());

  it.each([
    [
      'problems',
      '问题台账',
      ['项目编码', '问题类别', '问题描述', '责任单位', '提出日期', '办结时限', '办结日期', '办理结果'],
      ['土地', '区发展改革委'],
    ],
    [
      'units',
      '责任单位台账',
      ['单位编码', '单位名称', '单位类型', '年度', '储备项目目标（个）'],
      ['部门', '乡镇/街道'],
    ],
    [
      'users',
      '账号台账',
      ['用户名', '姓名', '角色', '所属单位', '初始密码'],
      ['区县管理员', '责任单位填报员', '区经济信息委'],
    ],
  ])(
    'gives the %s template with its headers and the district’s drop-down lists',
    async (ledger, title, headers, options) => {
      const { response, body } = await download(admin, `/files/ledgers/${district}/${ledger}-template.xlsx`);
      expect(response.status).toBe(200);
      expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain(
        `铜梁区${title}模板.xlsx`,
      );
      const workbook = await workbookOf(body);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([title, '填写说明', '选项']);
      expect(headersOf(workbook.getWorksheet(title) as ExcelJS.Worksheet)).toEqual(headers);
      const lists = (workbook.getWorksheet('选项') as ExcelJS.Worksheet).getSheetValues().flat();
      expect(lists).toEqual(expect.arrayContaining(options));
      expect(lists).not.toContain('县发展改革局');
      const notes = (workbook.getWorksheet('填写说明') as ExcelJS.Worksheet).getSheetValues().flat().map(String);
      for (const header of headers) expect(notes).toContain(header);
    },
  );

  it.each(['problems', 'units', 'users'])(
    "refuses the %s ledger to another district's admin (as if it did not exist) and to a unit reporter",
    async (ledger) => {
      const file = Buffer.from('x');
      const otherAdmin = await api.login('qx-admin', 'Password-2025');
      const reporter = await api.login('tl-reporter', 'Password-2025');
      expect((await download(otherAdmin, `/files/ledgers/${district}/${ledger}-template.xlsx`)).response.status).toBe(
        404,
      );
      expect((await download(reporter, `/files/ledgers/${district}/${ledger}-template.xlsx`)).response.status).toBe(
        403,
      );
      for (const action of ['check', 'import'] as const) {
        expect((await send(otherAdmin, ledger, action, file)).status).toBe(404);
        expect((await send(reporter, ledger, action, file)).status).toBe(403);
      }
    },
  );

  describe('the units ledger (责任单位台账)', () => {
    const unitList = async () =>
      (
        await api.ok(`query($d: ID!) { units(districtId: $d) { code name kind reserveTargets { year target } } }`, {
          d: district,
        })
      ).units;
    const good = [
      { 单位编码: 'FGW', 单位名称: '区发展改革委', 单位类型: '部门', 年度: 2025, '储备项目目标（个）': 3 },
      { 单位编码: 'BCJD', 单位名称: '巴川街道', 单位类型: '乡镇/街道' },
      { 单位编码: 'ZJW', 单位名称: '区住房城乡建委', 单位类型: '部门', 年度: '2025年', '储备项目目标（个）': 2 },
    ];

    it('reports every planted error at its row and column, and writes nothing', async () => {
      const before = await unitList();
      const file = await filled('units', '责任单位台账', [
        { 单位编码: 'FGW', 单位名称: '区发改委', 单位类型: '部门' },
        { 单位编码: 'JXW', 单位名称: '区经济信息委', 单位类型: '乡镇/街道' },
        { 单位编码: 'NEW1', 单位名称: '新单位', 单位类型: '机关' },
        { 单位编码: 'NEW2', 单位名称: '新单位二', 单位类型: '部门', '储备项目目标（个）': 2 },
        { 单位编码: 'NEW3', 单位名称: '新单位三', 单位类型: '部门', 年度: 2025, '储备项目目标（个）': 2.5 },
        { 单位编码: 'NEW3', 单位名称: '新单位三', 单位类型: '部门' },
      ]);
      const { status, body } = await send(admin, 'units', 'check', file);
      expect(status).toBe(200);
      expect(where(body.issues)).toEqual([
        [2, '单位名称', '区发改委'],
        [3, '单位类型', '乡镇/街道'],
        [4, '单位类型', '机关'],
        [5, '年度', ''],
        [6, '储备项目目标（个）', '2.5'],
        [7, '单位编码', 'NEW3'],
      ]);
      expect(body.issues.map((i: Issue) => i.message)).toEqual([
        '编码为“FGW”的单位在系统中名为“区发展改革委”；台账不能修改已有单位的名称',
        '编码为“JXW”的单位在系统中的类型为“部门”；台账不能修改已有单位的类型',
        expect.stringContaining('不是可选值'),
        '年度、储备项目目标（个）需一并填写',
        expect.stringMatching(/^“储备项目目标（个）”不符合规则/),
        '单位编码与第6行重复',
      ]);
      expect((await send(admin, 'units', 'import', file)).status).toBe(422);
      expect(await unitList()).toEqual(before);
      expect(await imports()).toEqual([]);
    });

    it('imports the fixed file: new units and targets, and the same file again changes nothing', async () => {
      const file = await filled('units', '责任单位台账', good);
      const checked = await send(admin, 'units', 'check', file);
      expect(checked.body.issues).toEqual([]);
      expect(checked.body.rows).toEqual([
        { row: 2, key: 'FGW', isNew: false, changes: ['SetReserveTarget'] },
        { row: 3, key: 'BCJD', isNew: true, changes: ['CreateUnit'] },
        { row: 4, key: 'ZJW', isNew: true, changes: ['CreateUnit', 'SetReserveTarget'] },
      ]);
      const done = await send(admin, 'units', 'import', file, `&digest=${checked.body.digest}`);
      expect(done).toMatchObject({ status: 200, body: { imported: true, registered: 2, changed: 1 } });
      expect(await unitList()).toEqual([
        { code: 'BCJD', name: '巴川街道', kind: 'TOWNSHIP', reserveTargets: [] },
        { code: 'FGW', name: '区发展改革委', kind: 'DEPARTMENT', reserveTargets: [{ year: 2025, target: 3 }] },
        { code: 'JXW', name: '区经济信息委', kind: 'DEPARTMENT', reserveTargets: [] },
        { code: 'ZJW', name: '区住房城乡建委', kind: 'DEPARTMENT', reserveTargets: [{ year: 2025, target: 2 }] },
      ]);
      const again = await send(admin, 'units', 'import', file);
      expect(again).toMatchObject({ status: 200, body: { imported: false, registered: 0, changed: 0 } });
      expect(again.body.check.rows.map((r: { changes: string[] }) => r.changes)).toEqual([[], [], []]);
      expect(await imports()).toEqual([{ number: 1, ledger: 'units', registeredCount: 2, changedCount: 1 }]);
      units = (await api.ok(`query($d: ID!) { units(districtId: $d) { id code name } }`, { d: district })).units;
    });
  });

  describe('the user accounts ledger (账号台账)', () => {
    const PASSWORDS = ['Initial-2025a', 'short1', 'Initial-2025b', 'Initial-2025c', 'Initial-2025d'];
    const accounts = async () =>
      (
        await api.ok(
          `query($d: ID) { users(districtId: $d) { username displayName role districtIds unit { name } } }`,
          {
            d: district,
          },
        )
      ).users as { username: string }[];

    it("refuses, each at its cell, a city admin's account, a taken username, a weak password and a reporter without unit, and never shows a password", async () => {
      const before = await accounts();
      const file = await filled('users', '账号台账', [
        { 用户名: 'tl-boss', 姓名: '市里来的', 角色: '市级管理员', 初始密码: PASSWORDS[0] },
        { 用户名: 'tl-weak', 姓名: '弱密码', 角色: '分析员', 初始密码: PASSWORDS[1] },
        { 用户名: 'qx-admin', 姓名: '重名', 角色: '包保领导', 初始密码: PASSWORDS[2] },
        { 用户名: 'tl-nounit', 姓名: '无单位', 角色: '责任单位填报员', 初始密码: PASSWORDS[3] },
        { 用户名: 'tl-admin', 姓名: '铜梁管理员改名', 角色: '区县管理员', 初始密码: PASSWORDS[4] },
      ]);
      const checked = await send(admin, 'users', 'check', file);
      expect(where(checked.body.issues)).toEqual([
        [2, '角色', '市级管理员'],
        [3, '初始密码', '******'],
        [4, '用户名', 'qx-admin'],
        [5, '所属单位', ''],
        [6, '姓名', '铜梁管理员改名'],
      ]);
      // the taken username is refused in createUser's own words: nothing about the other account
      const taken = await admin.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
        i: {
          username: 'qx-admin',
          displayName: '重名',
          role: 'LEADER',
          districtIds: [district],
          password: PASSWORDS[2],
        },
      });
      // the same rule refuses the same account through the API
      const boss = await admin.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
        i: { username: 'tl-boss', displayName: '市里来的', role: 'CITY_ADMIN', password: PASSWORDS[0] },
      });
      expect(boss.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const refusal = checked.body.issues[2];
      expect(refusal.refusal).toEqual({ code: 'CONFLICT', message: taken.errors?.[0]?.message, field: 'username' });
      expect(refusal.message).not.toContain('渠县');
      expect(checked.body.issues.map((i: Issue) => i.message)).toEqual([
        '您的账号不能创建市级管理员账号：只有市级管理员可以',
        expect.stringMatching(/^“初始密码”不符合规则/),
        // a conflict in the sentence the app's forms say it with
        '该编号已被使用，请换一个。',
        expect.stringMatching(/^“所属单位”不符合规则/),
        '账号“tl-admin”在系统中的姓名为“铜梁管理员”；台账不能修改已有账号的姓名',
      ]);
      const faulty = await upload(
        admin,
        `/files/ledgers/${district}/users/check?fileName=${encodeURIComponent('台账.xlsx')}&format=xlsx`,
        file,
      );
      expect(faulty.status).toBe(200);
      const rowsAtFault = (await workbookOf(Buffer.from(faulty.text, 'binary'))).worksheets.map((sheet) =>
        JSON.stringify(sheet.getSheetValues()),
      );
      expect(rowsAtFault.join()).toContain('******');
      const refused = await send(admin, 'users', 'import', file);
      expect(refused.status).toBe(422);
      for (const answer of [checked.text, ...rowsAtFault, refused.text])
        for (const password of PASSWORDS) expect(answer).not.toContain(password);
      expect(await accounts()).toEqual(before);
    });

    it('imports new accounts into the district, which log in with their initial password; again, nothing', async () => {
      const file = await filled('users', '账号台账', [
        { 用户名: 'tl-li', 姓名: '李四', 角色: '责任单位填报员', 所属单位: '区经济信息委', 初始密码: 'Initial-2025a' },
        { 用户名: 'tl-wang', 姓名: '王五', 角色: '包保领导', 初始密码: 'Initial-2025b' },
        { 用户名: 'tl-admin', 姓名: '铜梁管理员', 角色: '区县管理员' },
      ]);
      const checked = await send(admin, 'users', 'check', file);
      expect(checked.body.issues).toEqual([]);
      expect(checked.body.rows).toEqual([
        { row: 2, key: 'tl-li', isNew: true, changes: ['CreateUser'] },
        { row: 3, key: 'tl-wang', isNew: true, changes: ['CreateUser'] },
        { row: 4, key: 'tl-admin', isNew: false, changes: [] },
      ]);
      const done = await send(admin, 'users', 'import', file);
      expect(done).toMatchObject({ status: 200, body: { imported: true, registered: 2, changed: 0 } });
      expect(done.text).not.toContain('Initial-2025');
      const li = await api.login('tl-li', 'Initial-2025a');
      expect((await li.ok(`{ me { username role districtIds unit { code } } }`)).me).toEqual({
        username: 'tl-li',
        role: 'UNIT_REPORTER',
        districtIds: [district],
        unit: { code: 'JXW' },
      });
      await api.login('tl-wang', 'Initial-2025b');
      const again = await send(admin, 'users', 'import', file);
      expect(again).toMatchObject({ status: 200, body: { imported: false, registered: 0, changed: 0 } });
      expect((await imports()).filter((i) => i.ledger === 'users')).toEqual([
        expect.objectContaining({ registeredCount: 2, changedCount: 0 }),
      ]);
    });
  });

  describe('the problems ledger (问题台账)', () => {
    const problems = async () =>
      (
        await api.ok(
          `query($d: ID!) { problems(districtId: $d, first: 50) { edges { node { id category description status raisedOn dueOn ownerUnit { code } resolvedOn resolution } } } }`,
          { d: district },
        )
      ).problems.edges
        .map((e: { node: { id: string } }) => e.node)
        .sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id));
    const good = [
      {
        项目编码: 'TL-001',
        问题类别: '土地',
        问题描述: '征地拆迁未完成',
        提出日期: '2025-03-01',
        办结时限: '2025-06-30',
      },
      {
        项目编码: 'TL-001',
        问题类别: '审批',
        问题描述: '环评待批',
        责任单位: '区经济信息委',
        提出日期: '2025-04-02',
        办结时限: '2025-05-31',
        办结日期: '2025-05-20',
        办理结果: '已批复',
      },
      { 项目编码: 'TL-001', 问题类别: '融资', 问题描述: '贷款未到位', 提出日期: '2025-04-03', 办结时限: '2025-09-30' },
    ];

    it('reports every planted error at its row and column, and writes nothing', async () => {
      const file = await filled('problems', '问题台账', [
        { ...good[0], 项目编码: 'TL-404' },
        { ...good[0], 问题类别: '资金' },
        { ...good[2], 办结时限: '2025-01-01' },
        { ...good[0], 办理结果: '已解决' },
        { ...good[0], 提出日期: '2026-03-01', 办结时限: '2026-06-30' },
        good[1],
        good[1],
        { ...good[0], 责任单位: '县发展改革局' },
      ]);
      const { body } = await send(admin, 'problems', 'check', file);
      expect(where(body.issues)).toEqual([
        [2, '项目编码', 'TL-404'],
        [3, '问题类别', '资金'],
        [4, '办结时限', '2025-01-01'],
        [5, '办结日期', ''],
        [6, '提出日期', '2026-03-01'],
        [8, '问题描述', '环评待批'],
        [9, '责任单位', '县发展改革局'],
      ]);
      expect(body.issues.map((i: Issue) => i.message)).toEqual([
        '本区县没有编码为“TL-404”的项目',
        expect.stringContaining('不是可选值'),
        expect.stringMatching(/^“办结时限”不符合规则/),
        '办结日期、办理结果需一并填写',
        expect.stringMatching(/^“提出日期”不符合规则/),
        '与第7行是同一个问题（项目、问题描述和提出日期相同）',
        expect.stringContaining('不是可选值'),
      ]);
      expect((await send(admin, 'problems', 'import', file)).status).toBe(422);
      expect(await problems()).toEqual([]);
    });

    it('raises the new problems of a project with consecutive numbers, resolving the one solved; again, nothing', async () => {
      const file = await filled('problems', '问题台账', good);
      const checked = await send(admin, 'problems', 'check', file);
      expect(checked.body.issues).toEqual([]);
      expect(checked.body.rows.map((r: { changes: string[] }) => r.changes)).toEqual([
        ['RaiseProblem'],
        ['RaiseProblem', 'ResolveProblem'],
        ['RaiseProblem'],
      ]);
      const done = await send(admin, 'problems', 'import', file);
      expect(done).toMatchObject({ status: 200, body: { imported: true, registered: 3, changed: 0 } });
      expect(await problems()).toEqual([
        {
          id: `${projectId}:1`,
          category: 'LAND',
          description: '征地拆迁未完成',
          status: 'OPEN',
          raisedOn: '2025-03-01',
          dueOn: '2025-06-30',
          ownerUnit: { code: 'FGW' },
          resolvedOn: null,
          resolution: null,
        },
        {
          id: `${projectId}:2`,
          category: 'APPROVAL',
          description: '环评待批',
          status: 'RESOLVED',
          raisedOn: '2025-04-02',
          dueOn: '2025-05-31',
          ownerUnit: { code: 'JXW' },
          resolvedOn: '2025-05-20',
          resolution: '已批复',
        },
        expect.objectContaining({ id: `${projectId}:3`, category: 'FINANCING', status: 'OPEN' }),
      ]);
      const again = await send(admin, 'problems', 'import', file);
      expect(again).toMatchObject({ status: 200, body: { imported: false, registered: 0, changed: 0 } });
    });

    it('refuses to raise a problem under a number other than the project’s next, so nothing resolves the wrong one', async () => {
      const metadata = { actor: { userId: 'tester', role: 'CITY_ADMIN' }, today: '2025-12-31' };
      const raise = (problemId: string, dueOn = '2025-12-31') =>
        api.runtime.commands.dryRun([
          {
            type: 'RaiseProblem',
            data: { projectId, category: 'OTHER', description: '新问题', raisedOn: '2025-12-01', dueOn, problemId },
            metadata,
          },
        ]);
      // the project has three problems: the next is the fourth
      expect(await raise(`${projectId}:4`)).toEqual([expect.objectContaining({ ok: true })]);
      expect(await raise(`${projectId}:3`)).toEqual([
        expect.objectContaining({
          ok: false,
          error: expect.objectContaining({ code: 'CONFLICT', field: 'problemId' }),
        }),
      ]);
      // what is wrong with the problem itself is said first
      expect(await raise(`${projectId}:3`, '2025-11-01')).toEqual([
        expect.objectContaining({
          ok: false,
          error: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'dueOn' }),
        }),
      ]);
    });

    it('reads an exported 问题台账 back as changing nothing, and a resolution added to it as just that', async () => {
      const exported = await download(admin, `/files/exports/problems.xlsx?districtId=${district}`);
      expect(exported.response.status).toBe(200);
      const workbook = await workbookOf(exported.body);
      const sheet = workbook.worksheets[0];
      const headers = headersOf(sheet);
      expect(headers).toEqual(expect.arrayContaining(['项目名称', '办理状态']));
      const asExported = Buffer.from(await workbook.xlsx.writeBuffer());
      const checked = await send(admin, 'problems', 'check', asExported);
      expect(checked.body.issues).toEqual([]);
      expect(checked.body.rows.map((r: { isNew: boolean; changes: string[] }) => [r.isNew, r.changes])).toEqual([
        [false, []],
        [false, []],
        [false, []],
      ]);
      expect((await send(admin, 'problems', 'import', asExported)).body).toMatchObject({ imported: false });

      const row = [2, 3, 4].find(
        (r) => sheet.getRow(r).getCell(headers.indexOf('问题描述') + 1).value === '贷款未到位',
      );
      sheet.getRow(row as number).getCell(headers.indexOf('办结日期') + 1).value = '2025-10-08';
      sheet.getRow(row as number).getCell(headers.indexOf('办理结果') + 1).value = '银行已放款';
      const resolved = await send(admin, 'problems', 'import', Buffer.from(await workbook.xlsx.writeBuffer()));
      expect(resolved).toMatchObject({ status: 200, body: { imported: true, registered: 0, changed: 1 } });
      expect(resolved.body.check.rows.flatMap((r: { changes: string[] }) => r.changes)).toEqual(['ResolveProblem']);
      expect((await problems())[2]).toMatchObject({
        status: 'RESOLVED',
        resolvedOn: '2025-10-08',
        resolution: '银行已放款',
      });
      expect((await problems()).map((p: { id: string }) => p.id)).toEqual([1, 2, 3].map((n) => `${projectId}:${n}`));
    });
  });
});
