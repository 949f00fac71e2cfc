import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { enterAssessmentScenario } from '@tuijin/testing';
import { type GraphqlClient, TestPlatform } from './testing/test-platform';

const EVIL = '=HYPERLINK("http://evil","x")';

/** The first sheet of a workbook: its header row and data rows as stored (numbers as numbers). */
async function sheetOf(xlsx: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  // a row lists its cells from column 1, with holes (and nothing after its last value) where a cell is empty
  const values = sheet.getSheetValues().filter((row) => row !== undefined) as unknown[][];
  const width = values[0].length - 1;
  const rows = values.map((row) => Array.from({ length: width }, (_, i) => row[i + 1] ?? null));
  return { sheet, header: rows[0] as string[], rows: rows.slice(1) };
}

/** RFC 4180 CSV as rows of fields, after the BOM (checked). */
function csvOf(body: Buffer): string[][] {
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.subarray(3).toString('utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) field += ch;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('list exports (台账导出)', () => {
  let api: TestPlatform;
  let district: string;
  let units: { id: string; code: string; name: string }[];
  let projectP1: string;
  let reporter: GraphqlClient;
  let otherAdmin: GraphqlClient;

  const download = async (token: string | undefined, path: string) => {
    const response = await fetch(`${api.url}/files/exports/${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  };
  const both = async (token: string | undefined, list: string, query: string) => {
    const xlsx = await download(token, `${list}.xlsx?${query}`);
    const csv = await download(token, `${list}.csv?${query}`);
    expect([xlsx.response.status, csv.response.status]).toEqual([200, 200]);
    return { xlsx: await sheetOf(xlsx.body), csv: csvOf(csv.body), xlsxBody: xlsx.body, csvResponse: csv.response };
  };

  beforeAll(async () => {
    api = await TestPlatform.start(undefined, '2026-01-31');
    ({ district } = await enterAssessmentScenario(api));
    units = (await api.ok(`query($d: ID!) { units(districtId: $d) { id code name } }`, { d: district })).units;
    const page = await api.ok(`query($d: ID!) { projects(districtId: $d, first: 50) { edges { node { id code } } } }`, {
      d: district,
    });
    projectP1 = page.projects.edges.find((e: any) => e.node.code === 'P1').node.id;
    await api.ok(`mutation($i: ReviseProjectInput!) { reviseProject(input: $i) { id } }`, {
      i: { projectId: projectP1, changes: { name: EVIL } },
    });
    reporter = await api.signedInAs({
      username: 'export-reporter',
      displayName: '填报员',
      role: 'UNIT_REPORTER',
      districtIds: [district],
      unitId: units.find((u) => u.code === 'U2')?.id,
    });
    const other = (await api.ok(`mutation { createDistrict(input: { code: "OTHER-9", name: "别区" }) { id } }`))
      .createDistrict.id;
    otherAdmin = await api.signedInAs({
      username: 'export-other-admin',
      displayName: '别区管理员',
      role: 'DISTRICT_ADMIN',
      districtIds: [other],
    });
  }, 90_000);
  afterAll(() => api.stop());

  const PROJECTS = `query($d: ID!, $f: ProjectFilter, $o: ProjectOrder) {
    projects(districtId: $d, filter: $f, orderBy: $o, first: 100) {
      edges { node { code name category stage leadUnit { name } totalInvestment cumulativeInvestment light(period: "2025-06") openProblemCount registeredOn } } } }`;

  it('exports the projects as the filtered, sorted GraphQL list shows them, in XLSX and CSV alike', async () => {
    const filter = { stage: ['UNDER_CONSTRUCTION', 'PREPARATION'] };
    const { projects } = await api.ok(PROJECTS, {
      d: district,
      f: filter,
      o: { field: 'TOTAL_INVESTMENT', direction: 'DESC' },
    });
    const nodes = projects.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(1);
    const { xlsx, csv, csvResponse } = await both(
      api.token,
      'projects',
      `districtId=${district}&stage=UNDER_CONSTRUCTION,PREPARATION&orderBy=TOTAL_INVESTMENT&direction=DESC&period=2025-06`,
    );
    expect(xlsx.header).toEqual([
      '项目编码',
      '项目名称',
      '项目类别',
      '项目阶段',
      '牵头单位',
      '总投资（万元）',
      '开累完成投资（万元）',
      '红黄绿灯（2025-06）',
      '未办结问题',
      '登记日期',
    ]);
    const light = { RED: '红', YELLOW: '黄', GREEN: '绿' } as Record<string, string>;
    expect(xlsx.rows.map((r) => [r[0], r[1], r[4], r[5], r[6], r[7], r[8], r[9]])).toEqual(
      nodes.map((n: any) => [
        n.code,
        n.name,
        n.leadUnit.name,
        n.totalInvestment,
        n.cumulativeInvestment,
        n.light ? light[n.light] : null,
        n.openProblemCount,
        n.registeredOn,
      ]),
    );
    expect(csv[0]).toEqual(xlsx.header);
    expect(csv.slice(1).map((r) => [r[0], Number(r[5]), Number(r[6])])).toEqual(
      nodes.map((n: any) => [n.code, n.totalInvestment, n.cumulativeInvestment]),
    );
    expect(xlsx.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(xlsx.sheet.getRow(1).font?.bold).toBe(true);
    expect(xlsx.sheet.getCell('F2').numFmt).toBe('#,##0.00');
    expect(csvResponse.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('示范县-项目库.csv')}`,
    );
  });

  it('never lets a project name run as a formula: a string cell in XLSX, a quoted text in CSV', async () => {
    const { xlsx, csv, xlsxBody } = await both(api.token, 'projects', `districtId=${district}&text=HYPERLINK`);
    expect(xlsx.rows.map((r) => r[1])).toEqual([EVIL]);
    expect(xlsx.sheet.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    const zip = await JSZip.loadAsync(xlsxBody);
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).not.toContain('<f>');
    expect(csv[1][1]).toBe(`'${EVIL}`);
  });

  it('gives a unit reporter the projects their GraphQL list shows, and nobody else anything', async () => {
    const mine = (await reporter.ok(PROJECTS, { d: district })).projects.edges.map((e: any) => e.node.code);
    const { xlsx } = await both(reporter.token, 'projects', `districtId=${district}`);
    expect(xlsx.rows.map((r) => r[0])).toEqual(mine);
    const all = (await api.ok(PROJECTS, { d: district })).projects.edges;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    const stranger = await download(otherAdmin.token, `projects.xlsx?districtId=${district}`);
    expect(stranger.response.status).toBe(404);
    expect(stranger.body.subarray(0, 2).toString()).not.toBe('PK');
    expect((await download(undefined, `projects.csv?districtId=${district}`)).response.status).toBe(401);
    expect(
      (await download(otherAdmin.token, `ranking.csv?districtId=${district}&period=2025-06`)).response.status,
    ).toBe(404);
  });

  it('refuses bad parameters with a message naming them', async () => {
    for (const [path, field] of [
      [`projects.pdf?districtId=${district}`, 'file'],
      [`projects.xlsx`, 'districtId'],
      [`projects.xlsx?districtId=${district}&stage=BUILDING`, 'stage'],
      [`projects.xlsx?districtId=${district}&orderBy=COLOUR`, 'orderBy.field'],
      [`problems.csv?districtId=${district}&knownAt=last-week`, 'knownAt'],
      [`ranking.xlsx?districtId=${district}&period=2025-06&knownAt=yesterday`, 'knownAt'],
      [`reporting-status.csv?districtId=${district}&month=2025-13`, 'month'],
    ]) {
      const { response, body } = await download(api.token, path);
      expect([path, response.status]).toEqual([path, 400]);
      expect(JSON.parse(body.toString())).toMatchObject({ error: { code: 'BAD_USER_INPUT', field } });
    }
  });

  it('exports the problem ledger as the GraphQL problems query lists it', async () => {
    const { problems } = await api.ok(
      `query($d: ID!) { problems(districtId: $d, first: 100) { edges { node { description status dueOn project { code } } } } }`,
      { d: district },
    );
    const { xlsx, csv } = await both(api.token, 'problems', `districtId=${district}`);
    const expected = problems.edges.map((e: any) => [e.node.project.code, e.node.description, e.node.dueOn]);
    expect(expected.length).toBeGreaterThan(0);
    expect(xlsx.rows.map((r) => [r[0], r[3], r[7]])).toEqual(expected);
    expect(csv.slice(1).map((r) => [r[0], r[3], r[7]])).toEqual(expected);
  });

  it('exports a month of reports and a project’s reports with the figures the project shows', async () => {
    const { projects } = await api.ok(
      `query($d: ID!) { projects(districtId: $d, first: 100) { edges { node { code monthlyReports { month investment progressPercent dueOn late } } } } }`,
      { d: district },
    );
    const expected = projects.edges.flatMap((e: any) =>
      e.node.monthlyReports
        .filter((r: any) => r.month === '2025-06')
        .map((r: any) => [e.node.code, r.investment, r.progressPercent / 100, r.dueOn, r.late ? '迟报' : '按时']),
    );
    expect(expected.length).toBeGreaterThan(0);
    const { xlsx, csv } = await both(api.token, 'reports', `districtId=${district}&month=2025-06`);
    expect(xlsx.rows.map((r) => [r[0], r[4], r[5], r[8], r[9]])).toEqual(expected);
    expect(csv.slice(1).map((r) => r[5])).toEqual(expected.map((e: any[]) => `${Number((e[2] * 100).toFixed(6))}%`));
    const own = await both(api.token, 'reports', `projectId=${projectP1}`);
    const p1 = projects.edges.find((e: any) => e.node.code === 'P1').node.monthlyReports;
    expect(own.xlsx.rows.map((r) => [r[3], r[4]])).toEqual(p1.map((r: any) => [r.month, r.investment]));
  });

  describe('as known at an instant', () => {
    let before: string;
    /** The lists that keep only the present, downloaded just before `before`. */
    const LISTS = [
      ['projects', 'orderBy=TOTAL_INVESTMENT&direction=DESC&period=2025-06'],
      ['problems', 'status=OPEN,ASSIGNED'],
      ['reports', 'month=2025-06'],
    ] as const;
    const exportedBefore = new Map<string, unknown[][]>();
    let reporterBefore: unknown[][];
    const ASSESSMENT = `query($d: ID!, $at: DateTime) { assessment(districtId: $d, period: "2025-06", knownAt: $at) {
      ruleSet { weights { investment } } units { rank unit { code } score investmentCompletion projectCount } } }`;

    beforeAll(async () => {
      for (const [list, query] of LISTS)
        exportedBefore.set(list, (await both(api.token, list, `districtId=${district}&${query}`)).xlsx.rows);
      reporterBefore = (await both(reporter.token, 'projects', `districtId=${district}`)).xlsx.rows;
      before = new Date().toISOString();
      await new Promise((resolve) => setTimeout(resolve, 20)); // what follows is recorded after `before`
      await api.ok(`mutation($i: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $i) { id } }`, {
        i: { projectId: projectP1, month: '2025-06', investment: 2, progressPercent: 60, submittedOn: '2025-07-20' },
      });
      await api.ok(`mutation($i: ReviseProjectInput!) { reviseProject(input: $i) { id } }`, {
        i: { projectId: projectP1, changes: { name: '改名后的项目', totalInvestment: 99_999 } },
      });
      await api.ok(`mutation($i: RaiseProblemInput!) { raiseProblem(input: $i) { id } }`, {
        i: { projectId: projectP1, category: 'LAND', description: '后来提出的问题', dueOn: '2026-03-01' },
      });
      await api.ok(`mutation($i: RegisterProjectInput!) { registerProject(input: $i) { id } }`, {
        i: {
          districtId: district,
          code: 'P-LATER',
          name: '后来登记的项目',
          category: 'INDUSTRIAL',
          leadUnitId: units[1].id,
          totalInvestment: 5,
          stage: 'UNDER_CONSTRUCTION',
        },
      });
    }, 30_000);

    it('exports projects, problems and a month’s reports exactly as they were listed then', async () => {
      for (const [list, query] of LISTS) {
        const then = await both(
          api.token,
          list,
          `districtId=${district}&${query}&knownAt=${encodeURIComponent(before)}`,
        );
        const now = await both(api.token, list, `districtId=${district}&${query}`);
        expect([list, then.xlsx.rows]).toEqual([list, exportedBefore.get(list)]);
        expect([list, now.xlsx.rows]).not.toEqual([list, exportedBefore.get(list)]);
        expect(then.csv.slice(1).map((r) => r[0])).toEqual(then.xlsx.rows.map((r) => r[0]));
        expect(then.csvResponse.headers.get('content-disposition')).toContain(encodeURIComponent('-截至'));
      }
      const own = await both(api.token, 'reports', `projectId=${projectP1}&knownAt=${encodeURIComponent(before)}`);
      expect(own.xlsx.rows.find((r) => r[3] === '2025-06')?.[1]).toBe(EVIL);
      const early = await both(api.token, 'projects', `districtId=${district}&knownAt=2000-01-01T00:00:00Z`);
      expect(early.xlsx.rows).toEqual([]);
    });

    it('keeps a reporter to their own projects and a stranger out, as of any instant', async () => {
      const at = `knownAt=${encodeURIComponent(before)}`;
      expect((await both(reporter.token, 'projects', `districtId=${district}&${at}`)).xlsx.rows).toEqual(
        reporterBefore,
      );
      const stranger = await download(otherAdmin.token, `problems.xlsx?districtId=${district}&${at}`);
      expect(stranger.response.status).toBe(404);
      const outsider = await download(otherAdmin.token, `reports.csv?projectId=${projectP1}&${at}`);
      expect(outsider.response.status).toBe(404);
    });

    it('exports the ranking with each metric’s points as the assessment query scores it then and now', async () => {
      for (const at of [before, undefined]) {
        const { assessment } = await api.ok(ASSESSMENT, { d: district, at });
        const { xlsx, csv } = await both(
          api.token,
          'ranking',
          `districtId=${district}&period=2025-06${at ? `&knownAt=${encodeURIComponent(at)}` : ''}`,
        );
        const weight = assessment.ruleSet.weights.investment;
        expect(xlsx.header[4]).toBe('投资完成完成值');
        expect(xlsx.header[5]).toBe(`投资完成得分（权重${weight}）`);
        expect(xlsx.rows.map((r) => [r[0], r[1], r[3], r[4], r[5], r[14]])).toEqual(
          assessment.units.map((u: any) => [
            u.rank,
            u.unit.code,
            u.projectCount,
            u.investmentCompletion,
            u.investmentCompletion === null ? null : Math.round(u.investmentCompletion * weight * 100) / 100,
            u.score,
          ]),
        );
        expect(csv.slice(1).map((r) => [r[1], r[14] === '' ? null : Number(r[14])])).toEqual(
          assessment.units.map((u: any) => [u.unit.code, u.score]),
        );
      }
      const then = await sheetOf(
        (
          await download(
            api.token,
            `ranking.xlsx?districtId=${district}&period=2025-06&knownAt=${encodeURIComponent(before)}`,
          )
        ).body,
      );
      const now = await sheetOf((await download(api.token, `ranking.xlsx?districtId=${district}&period=2025-06`)).body);
      expect(then.rows).not.toEqual(now.rows);
    });

    it('exports the reporting status as the reportingStatus query shows it, a reporter’s own unit only', async () => {
      const STATUS = `query($d: ID!) { reportingStatus(districtId: $d, month: "2025-06") { units { unit { code } projects { code status submittedOn } } } }`;
      const names = { ON_TIME: '已报', LATE: '迟报', MISSING: '未报', NOT_DUE: '不需报' } as Record<string, string>;
      for (const client of [api, reporter]) {
        const { reportingStatus } = await client.ok(STATUS, { d: district });
        const expected = reportingStatus.units.flatMap((u: any) =>
          u.projects.map((p: any) => [u.unit.code, p.code, names[p.status], p.submittedOn]),
        );
        const { xlsx, csv } = await both(client.token, 'reporting-status', `districtId=${district}&month=2025-06`);
        expect(xlsx.rows.map((r) => [r[0], r[2], r[4], r[5]])).toEqual(expected);
        expect(csv.slice(1).map((r) => [r[0], r[2], r[4], r[5] === '' ? null : r[5]])).toEqual(expected);
      }
      const reporterUnits = new Set(
        (await both(reporter.token, 'reporting-status', `districtId=${district}&month=2025-06`)).xlsx.rows.map(
          (r) => r[0],
        ),
      );
      expect([...reporterUnits]).toEqual(['U2']);
    });
  });
});
