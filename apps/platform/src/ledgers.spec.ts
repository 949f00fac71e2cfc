import ExcelJS from 'exceljs';
import { download, ledgerDistricts, upload, workbookOf } from './testing/ledger-files';
import { type GraphqlClient, TestPlatform } from './testing/test-platform';

/** The district's projects template, filled in with these rows below its header. */
async function filledTemplate(client: GraphqlClient, district: string, rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const template = await download(client, `/files/ledgers/${district}/projects-template.xlsx`);
  await workbook.xlsx.load(template.body as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('重点项目台账') as ExcelJS.Worksheet;
  rows.forEach((values, index) => (sheet.getRow(index + 2).values = values));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function check(client: GraphqlClient, district: string, file: Buffer, fileName = '台账2025.xlsx') {
  return upload(client, `/files/ledgers/${district}/projects/check?fileName=${encodeURIComponent(fileName)}`, file);
}

/** A row of the template, by the columns it fills (the others blank). */
const HEADERS = [
  '项目编码',
  '项目名称',
  '项目类别',
  '牵头单位',
  '总投资（万元）',
  '项目阶段',
  '纳入日期',
  '业主单位',
  '所在乡镇',
  '经度',
  '纬度',
  '建设内容',
  '计划年度',
  '年度计划投资（万元）',
  '计划开工月份',
  '计划竣工月份',
  '开累截至月份',
  '开累完成投资（万元）',
  '其中本年完成（万元）',
  '包保领导',
  '包保领导电话',
  '服务秘书',
  '服务秘书电话',
];
const row = (cells: Record<string, ExcelJS.CellValue>) => HEADERS.map((header) => cells[header] ?? null);

describe('ledger (台账) templates', () => {
  let api: TestPlatform;
  let district: string;
  let other: string;

  beforeAll(async () => {
    api = await TestPlatform.start();
    ({ district, other } = await ledgerDistricts(api));
  }, 60_000);
  afterAll(() => api.stop());

  it("gives a district admin the projects template with the district's own units to choose from", async () => {
    const admin = await api.signedInAs({
      username: 'tl-admin',
      displayName: '铜梁管理员',
      role: 'DISTRICT_ADMIN',
      districtIds: [district],
    });
    const { response, body } = await download(admin, `/files/ledgers/${district}/projects-template.xlsx`);
    expect(response.status).toBe(200);
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain(
      '铜梁区重点项目台账模板.xlsx',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['重点项目台账', '填写说明', '选项']);
    const options = (workbook.getWorksheet('选项') as ExcelJS.Worksheet).getSheetValues().flat();
    expect(options).toEqual(expect.arrayContaining(['区发展改革委', '区经济信息委', '产业', '开工在建']));
    expect(options).not.toContain('县发展改革局');
  });

  it("refuses another district's admin, a unit reporter and a stranger; names an unknown ledger", async () => {
    const otherAdmin = await api.signedInAs({
      username: 'qx-admin',
      displayName: '渠县管理员',
      role: 'DISTRICT_ADMIN',
      districtIds: [other],
    });
    const path = `/files/ledgers/${district}/projects-template.xlsx`;
    // another district's is as if it did not exist, as everywhere in the API
    const refused = await download(otherAdmin, path);
    expect(refused.response.status).toBe(404);
    expect(refused.body.toString()).not.toContain('区发展改革委');
    expect((await download(api.anonymous, path)).response.status).toBe(401);
    const { units } = await api.ok(`query($d: ID!) { units(districtId: $d) { id } }`, { d: district });
    const reporter = await api.signedInAs({
      username: 'tl-reporter',
      displayName: '铜梁填报员',
      role: 'UNIT_REPORTER',
      districtIds: [district],
      unitId: units[0].id,
    });
    expect((await download(reporter, path)).response.status).toBe(403);
    const unknown = await download(api, `/files/ledgers/${district}/budgets-template.xlsx`);
    expect(unknown.response.status).toBe(404);
    expect(JSON.parse(unknown.body.toString()).error.code).toBe('NOT_FOUND');
  });

  describe('checking a filled-in ledger (the dry run)', () => {
    const projectCodes = async () =>
      (
        await api.ok(
          `query($d: ID!) { projects(districtId: $d, first: 50) { edges { node { code totalInvestment } } } }`,
          {
            d: district,
          },
        )
      ).projects.edges.map((e: { node: { code: string; totalInvestment: number } }) => e.node);

    it('says what each row would change, and writes nothing', async () => {
      const file = await filledTemplate(api, district, [
        row({
          项目编码: 'TL-001',
          项目名称: '西部物流园',
          项目类别: '基础设施',
          牵头单位: '区发展改革委',
          '总投资（万元）': '15,000',
          包保领导: '张三',
        }),
        row({
          项目编码: 'TL-002',
          项目名称: '智能制造产业园',
          项目类别: '产业',
          牵头单位: 'JXW',
          '总投资（万元）': 8000,
          纳入日期: '2025/2/1',
          计划年度: '2025年',
          '年度计划投资（万元）': '3000万元',
          计划开工月份: '2025-03',
          计划竣工月份: '2026年12月',
        }),
        row({
          项目编码: 'TL-003',
          项目名称: '园区道路',
          项目类别: '基础设施',
          牵头单位: '区经济信息委',
          '总投资（万元）': 500,
        }),
      ]);
      const { status, body } = await check(api, district, file);
      expect(status).toBe(200);
      expect(body.issues).toEqual([]);
      expect(body).toMatchObject({
        fileName: '台账2025.xlsx',
        rowCount: 3,
        digest: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(body.rows).toEqual([
        { row: 2, key: 'TL-001', isNew: false, changes: ['ReviseProjectDetails', 'AssignLeader'] },
        { row: 3, key: 'TL-002', isNew: true, changes: ['RegisterProject', 'SetAnnualPlan'] },
        { row: 4, key: 'TL-003', isNew: true, changes: ['RegisterProject'] },
      ]);
      expect(await projectCodes()).toEqual([{ code: 'TL-001', totalInvestment: 12000 }]);
    });

    it('plans nothing for a row that is as the district already has it', async () => {
      const file = await filledTemplate(api, district, [
        row({
          项目编码: 'TL-001',
          项目名称: '西部物流园',
          项目类别: '基础设施',
          牵头单位: 'FGW',
          '总投资（万元）': 12000,
        }),
      ]);
      expect((await check(api, district, file)).body.rows).toEqual([
        { row: 2, key: 'TL-001', isNew: false, changes: [] },
      ]);
    });

    it('reports every planted error at its row and column, whatever rule it breaks, and writes nothing', async () => {
      const good = { 项目名称: '园区', 项目类别: '产业', 牵头单位: '区发展改革委', '总投资（万元）': 100 };
      const file = await filledTemplate(api, district, [
        row({ ...good, 项目编码: 'E-01', '总投资（万元）': '一百万' }),
        row({ ...good, 项目编码: 'E-02', 牵头单位: '县发展改革局' }),
        row({ ...good, 项目编码: 'E-03', 计划开工月份: '2025-13' }),
        row({ ...good, 项目编码: 'E-01' }),
        row({ ...good, 项目编码: 'E-05', 计划年度: 2025, '年度计划投资（万元）': 50 }),
        row({
          ...good,
          项目编码: 'E-06',
          计划年度: 2025,
          '年度计划投资（万元）': 50,
          计划开工月份: '2025-06',
          计划竣工月份: '2025-03',
        }),
        row({ ...good, 项目编码: 'E-07', 纳入日期: '2027-01-01' }),
        row({ ...good, 项目编码: 'E-08', 项目名称: null }),
        row({ ...good, 项目编码: 'E-09', '总投资（万元）': -5 }),
      ]);
      const { body } = await check(api, district, file);
      expect(body.issues.map((i: Record<string, unknown>) => [i.row, i.column, i.value])).toEqual([
        [2, '总投资（万元）', '一百万'],
        [3, '牵头单位', '县发展改革局'],
        // a month that cannot be read still fills its part of the plan: the rest of the plan is missing too
        [4, '计划年度', ''],
        [4, '计划开工月份', '2025-13'],
        [5, '项目编码', 'E-01'],
        [6, '计划开工月份', ''],
        [7, '计划竣工月份', '2025-03'],
        [8, '纳入日期', '2027-01-01'],
        [9, '项目名称', ''],
        [10, '总投资（万元）', '-5'],
      ]);
      expect(body.issues.map((i: { message: string }) => i.message)).toEqual([
        expect.stringContaining('应为数字'),
        expect.stringContaining('不是可选值'),
        expect.stringContaining('需一并填写'),
        '月份不存在',
        '项目编码与第2行重复',
        expect.stringContaining('需一并填写'),
        // a rule's refusal in the reason's words the app's forms use
        '“计划竣工月份”不符合规则：不能早于计划开工月份',
        '“纳入日期”不符合规则：不能晚于今天',
        '“项目名称”必填',
        '“总投资（万元）”不符合规则：应为不小于 0 的金额（万元）',
      ]);
      expect(await projectCodes()).toEqual([{ code: 'TL-001', totalInvestment: 12000 }]);
    });

    it('gives the rows at fault as a workbook, each with its problems, formulas kept as text', async () => {
      const good = { 项目名称: '园区', 项目类别: '产业', 牵头单位: '区发展改革委', '总投资（万元）': 100 };
      const file = await filledTemplate(api, district, [
        row({ ...good, 项目编码: 'R-01' }),
        row({
          ...good,
          项目编码: 'R-02',
          项目名称: '=HYPERLINK("http://evil","x")',
          '总投资（万元）': '一百',
          计划开工月份: '2025-13',
        }),
      ]);
      const response = await fetch(
        `${api.url}/files/ledgers/${district}/projects/check?fileName=${encodeURIComponent('台账2025.xlsx')}&format=xlsx`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${api.token}` },
          body: file,
        },
      );
      expect(response.status).toBe(200);
      expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain('台账2025-问题行.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
      const sheet = workbook.getWorksheet('问题行') as ExcelJS.Worksheet;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(headers[0]).toBe('行号');
      expect(headers.at(-1)).toBe('问题');
      expect(sheet.rowCount).toBe(2);
      const faulty = sheet.getRow(2);
      expect(faulty.getCell(1).value).toBe(3);
      expect(faulty.getCell(headers.indexOf('项目名称') + 1).value).toBe('=HYPERLINK("http://evil","x")');
      expect(faulty.getCell(headers.indexOf('项目名称') + 1).formula).toBeUndefined();
      expect(String(faulty.getCell(headers.length).value)).toMatch(
        /^总投资（万元）：.*数字.*；计划开工月份：月份不存在$/,
      );
    });

    it("refuses another district's admin, a reporter and a stranger, and a file it cannot read", async () => {
      const file = await filledTemplate(api, district, []);
      const otherAdmin = await api.login('qx-admin', 'Password-2025');
      expect((await check(otherAdmin, district, file)).status).toBe(404);
      expect((await check(await api.login('tl-reporter', 'Password-2025'), district, file)).status).toBe(403);
      expect((await check(api.anonymous, district, file)).status).toBe(401);
      const xls = await check(api, district, Buffer.from('not a workbook'), '台账.xls');
      expect(xls).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', field: 'file' } } });
      const name = `fileName=${encodeURIComponent('台账.xlsx')}`;
      const pdf = await upload(api, `/files/ledgers/${district}/projects/check?${name}&format=pdf`, file);
      expect(pdf).toMatchObject({ status: 400, body: { error: { field: 'format' } } });
      expect((await upload(api, `/files/ledgers/${district}/budgets/check?${name}`, file)).status).toBe(404);
      expect((await upload(otherAdmin, `/files/ledgers/${district}/reports/check?${name}`, file)).status).toBe(404);
      // only the projects ledger downloads filled in; the others are templates
      expect((await download(api, `/files/ledgers/${district}/reports.xlsx`)).response.status).toBe(404);
    });
  });

  describe('importing a ledger, all of it or nothing', () => {
    const importFile = (client: GraphqlClient, file: Buffer, digest?: string) =>
      upload(
        client,
        `/files/ledgers/${district}/projects/import?fileName=${encodeURIComponent('台账2025.xlsx')}${digest ? `&digest=${digest}` : ''}`,
        file,
      );
    const PROJECTS = `query($d: ID!) { projects(districtId: $d, first: 50, orderBy: { field: CODE }) { edges { node { id code name totalInvestment
      leader { name } annualPlan(year: 2025) { plannedInvestment } } } } }`;
    const projects = async () =>
      (await api.ok(PROJECTS, { d: district })).projects.edges.map((e: { node: Record<string, unknown> }) => e.node);
    const imports = async () =>
      (
        await api.ok(
          `query($d: ID!) { ledgerImports(districtId: $d) { id number fileName digest rowCount registeredCount changedCount importedBy { userId role } } }`,
          { d: district },
        )
      ).ledgerImports;
    let file: Buffer;
    let digest: string;

    beforeAll(async () => {
      file = await filledTemplate(api, district, [
        row({
          项目编码: 'TL-001',
          项目名称: '西部物流园',
          项目类别: '基础设施',
          牵头单位: 'FGW',
          '总投资（万元）': 15000,
          包保领导: '张三',
        }),
        row({
          项目编码: 'TL-002',
          项目名称: '智能制造产业园',
          项目类别: '产业',
          牵头单位: 'JXW',
          '总投资（万元）': 8000,
          纳入日期: '2025-02-01',
          计划年度: 2025,
          '年度计划投资（万元）': 3000,
          计划开工月份: '2025-03',
          计划竣工月份: '2026-12',
        }),
      ]);
      digest = (await check(api, district, file)).body.digest;
    });

    it('refuses a file that differs from the one checked, and one with problems, writing nothing', async () => {
      const other = await importFile(api, file, 'f'.repeat(64));
      expect(other).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT', field: 'digest' } } });
      const broken = await filledTemplate(api, district, [
        row({ 项目编码: 'TL-009', 项目名称: '园区', 项目类别: '产业', 牵头单位: 'FGW', '总投资（万元）': 100 }),
        row({
          项目编码: 'TL-010',
          项目名称: '园区',
          项目类别: '产业',
          牵头单位: '县发展改革局',
          '总投资（万元）': 100,
        }),
      ]);
      const refused = await importFile(api, broken);
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ imported: false, check: { issues: [{ row: 3, column: '牵头单位' }] } });
      expect((await projects()).map((p: { code: string }) => p.code)).toEqual(['TL-001']);
      expect(await imports()).toEqual([]);
    });

    it('writes every row of a checked file, records the import and names the file on what it changed', async () => {
      const { status, body } = await importFile(api, file, digest);
      expect(status).toBe(200);
      expect(body).toMatchObject({ imported: true, importId: `${district}/1`, registered: 1, changed: 1 });
      expect(await projects()).toMatchObject([
        { code: 'TL-001', totalInvestment: 15000, leader: { name: '张三' } },
        { code: 'TL-002', name: '智能制造产业园', totalInvestment: 8000, annualPlan: { plannedInvestment: 3000 } },
      ]);
      expect(await imports()).toEqual([
        {
          id: `${district}/1`,
          number: 1,
          fileName: '台账2025.xlsx',
          digest,
          rowCount: 2,
          registeredCount: 1,
          changedCount: 1,
          importedBy: { userId: expect.any(String), role: 'CITY_ADMIN' },
        },
      ]);
      const [, registered] = await projects();
      const { project } = await api.ok(
        `query($id: ID!) { project(id: $id) { history { type importedFrom { ledger fileName digest } } } }`,
        { id: registered.id },
      );
      expect(project.history).toEqual([
        { type: 'ProjectRegistered', importedFrom: { ledger: 'projects', fileName: '台账2025.xlsx', digest } },
        { type: 'AnnualPlanSet', importedFrom: { ledger: 'projects', fileName: '台账2025.xlsx', digest } },
      ]);
    });

    it("exports the district's ledger, which edited in two rows and imported back changes exactly those rows", async () => {
      const exported = await download(api, `/files/ledgers/${district}/projects.xlsx`);
      expect(exported.response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(exported.body as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('重点项目台账') as ExcelJS.Worksheet;
      const column = (header: string) => (sheet.getRow(1).values as unknown[]).indexOf(header);
      expect([2, 3].map((r) => sheet.getRow(r).getCell(column('项目编码')).value)).toEqual(['TL-001', 'TL-002']);
      expect(sheet.getRow(3).getCell(column('牵头单位')).value).toBe('区经济信息委');
      const asExported = Buffer.from(await workbook.xlsx.writeBuffer());
      expect((await check(api, district, asExported)).body.rows.map((r: { changes: string[] }) => r.changes)).toEqual([
        [],
        [],
      ]);

      sheet.getRow(2).getCell(column('总投资（万元）')).value = 16000;
      sheet.getRow(3).getCell(column('服务秘书')).value = '李四';
      const edited = Buffer.from(await workbook.xlsx.writeBuffer());
      const before = await projects();
      const { body } = await importFile(api, edited);
      expect(body).toMatchObject({ imported: true, registered: 0, changed: 2 });
      const history = async (id: string) =>
        (
          await api.ok(`query($id: ID!) { project(id: $id) { history { type importedFrom { fileName } } } }`, { id })
        ).project.history.slice(-1);
      expect(await history(before[0].id)).toEqual([
        { type: 'ProjectDetailsRevised', importedFrom: { fileName: '台账2025.xlsx' } },
      ]);
      expect(await history(before[1].id)).toEqual([
        { type: 'ServiceSecretaryAssigned', importedFrom: { fileName: '台账2025.xlsx' } },
      ]);
      expect((await projects()).map((p: { totalInvestment: number }) => p.totalInvestment)).toEqual([16000, 8000]);
    });

    it('changes nothing when the same file is imported again', async () => {
      const edited = await download(api, `/files/ledgers/${district}/projects.xlsx`);
      const again = await importFile(api, edited.body);
      expect(again).toMatchObject({ status: 200, body: { imported: false, registered: 0, changed: 0 } });
      expect(await imports()).toHaveLength(2);
    });

    it("refuses another district's admin and a reporter, for the import and the list of imports", async () => {
      const otherAdmin = await api.login('qx-admin', 'Password-2025');
      expect((await importFile(otherAdmin, file)).status).toBe(404);
      expect((await importFile(await api.login('tl-reporter', 'Password-2025'), file)).status).toBe(403);
      const listed = await otherAdmin.gql(`query($d: ID!) { ledgerImports(districtId: $d) { id } }`, { d: district });
      expect(listed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('the monthly reports ledger (月报台账)', () => {
    const csv = (...lines: string[]) =>
      Buffer.from(`\uFEFF${['项目编码,月份,本月完成投资（万元）,形象进度（%）,填报日期,备注', ...lines].join('\r\n')}`);
    const send = (action: 'check' | 'import', file: Buffer) =>
      upload(
        api,
        `/files/ledgers/${district}/reports/${action}?fileName=${encodeURIComponent('2025年6月月报.csv')}`,
        file,
      );
    const reports = async (code: string) => {
      const { projects } = await api.ok(
        `query($d: ID!) { projects(districtId: $d, first: 50) { edges { node { code monthlyReports { month investment progressPercent corrections } } } } }`,
        { d: district },
      );
      return projects.edges.find((e: { node: { code: string } }) => e.node.code === code).node.monthlyReports;
    };

    it('offers its template, with the columns a district collects figures in', async () => {
      const template = await download(api, `/files/ledgers/${district}/reports-template.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(template.body as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('月报台账') as ExcelJS.Worksheet;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
        '项目编码',
        '月份',
        '本月完成投资（万元）',
        '形象进度（%）',
        '填报日期',
        '备注',
      ]);
    });

    it('reports a project the district does not have, a month twice and a figure the rules refuse, each at its cell', async () => {
      const { body } = await send(
        'check',
        csv(
          'TL-404,2025-06,100,10,2025-07-03,',
          'TL-002,2025-06,"1,200",30,2025-07-03,',
          'TL-002,2025-06,900,30,2025-07-03,',
          'TL-002,2025-07,50,150,2025-08-03,',
        ),
      );
      expect(body.issues.map((i: Record<string, unknown>) => [i.row, i.column, i.value])).toEqual([
        [2, '项目编码', 'TL-404'],
        [4, '月份', '2025-06'],
        [5, '形象进度（%）', '150'],
      ]);
    });

    it('words the refused rows in Chinese only, in the report and in the rows at fault, each reason as the app says it', async () => {
      const file = csv(
        // TL-001 was registered on 2025-01-10
        'TL-001,2024-12,100,10,2025-01-20,',
        'TL-001,2025-05,100,150,2025-06-03,',
        // reported before the month began
        'TL-001,2025-06,100,10,2025-05-20,',
      );
      const expected = [
        '“月份”不符合规则：不能早于项目登记日期（2025年1月10日）',
        '“形象进度（%）”不符合规则：应在 0 至 100 之间',
        '“填报日期”不符合规则：不能早于所报月份的第一天（2025年6月1日）',
      ];
      const { body } = await send('check', file);
      expect(body.issues.map((i: { message: string }) => i.message)).toEqual(expected);
      // the report keeps the rule's own words apart, for the app to put in the reader's language
      expect(body.issues[0].refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
      const faulty = await upload(
        api,
        `/files/ledgers/${district}/reports/check?fileName=${encodeURIComponent('2025年6月月报.csv')}&format=xlsx`,
        file,
      );
      expect(faulty.status).toBe(200);
      const sheet = (await workbookOf(Buffer.from(faulty.text, 'binary'))).getWorksheet('问题行') as ExcelJS.Worksheet;
      expect(sheet.getRow(1).getCell(sheet.columnCount).value).toBe('问题');
      const problems = [2, 3, 4].map((n) => String(sheet.getRow(n).getCell(sheet.columnCount).value));
      expect(problems).toEqual([`月份：${expected[0]}`, `形象进度（%）：${expected[1]}`, `填报日期：${expected[2]}`]);
      // no word of the platform's English messages (every header of this ledger is Chinese)
      for (const text of [...problems, ...body.issues.map((i: { message: string }) => i.message)])
        expect(text).not.toMatch(/[A-Za-z]{3,}/);
    });

    it("imports a month's reports of many projects at once, and a month reported again as its correction", async () => {
      const first = await send(
        'import',
        csv('TL-001,2025-06,300,20,2025-07-03,按计划推进', 'TL-002,2025-06,"1,200",30,2025-07-04,'),
      );
      expect(first).toMatchObject({ status: 200, body: { imported: true, changed: 2 } });
      expect(await reports('TL-002')).toEqual([
        { month: '2025-06', investment: 1200, progressPercent: 30, corrections: 0 },
      ]);
      const same = await send('import', csv('TL-001,2025-06,300,20,2025-07-03,按计划推进'));
      expect(same.body).toMatchObject({ imported: false, changed: 0 });
      const corrected = await send('import', csv('TL-002,2025-06,1250,30,2025-07-10,更正'));
      expect(corrected.body).toMatchObject({ imported: true, changed: 1 });
      expect(await reports('TL-002')).toEqual([
        { month: '2025-06', investment: 1250, progressPercent: 30, corrections: 1 },
      ]);
    });
  });
});
