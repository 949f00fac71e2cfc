import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { enterAssessmentScenario } from '@tuijin/testing';
import { type GraphqlClient, TestPlatform } from './testing/test-platform';

const BULLETIN = `query($d: ID!, $k: BulletinKind!, $p: String!, $at: DateTime) {
  bulletin(districtId: $d, kind: $k, period: $p, knownAt: $at) {
    period assessedPeriod ruleSetVersion digest
    headline { projectCount plannedInvestment completedInvestment gapPoints }
    ranking { rank unit { code name } score investmentCompletion { value points } }
    reverseRanking { rank unit { code name } }
    lights { redCount red { project { code name leadUnit } } changes { project { code } from to } }
    problems { overdue { projectCode daysOverdue } cleared { projectCode resolvedOn } }
    reporting { months { month dueOn } units { unit { code } late missing } }
    rankMoves { unit { code } rank previousRank }
  } }`;

const ASSESSMENT = `query($d: ID!, $p: String!, $at: DateTime) {
  assessment(districtId: $d, period: $p, knownAt: $at) {
    ruleSetVersion
    units { unit { code name } rank score }
    reverseRanking { unit { code name } }
    projects { project { code } light }
  } }`;

const PUBLISH = `mutation($i: PublishBulletinInput!) {
  publishBulletin(input: $i) { id kind period year number edition knownAt ruleSetVersion digest publishedBy correctionNote }
}`;

const BOOK = `query($d: ID!) { bulletinBook(districtId: $d) {
  webhook
  reminders { month outcome reason unitCount sentBy }
  published { id number edition digest knownAt
    content { digest ranking { unit { code } score } }
    changesSincePublication { reproduced digestNow
      differences { section subject field before after causes { type projectCode recordedAt recordedBy month investment previousInvestment } } }
  } } }`;

const CORRECT = `mutation($i: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $i) { id } }`;

/** The text of a PDF as poppler's pdftotext reads it, in reading order. */
function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'bulletin-pdf-')), 'b.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Where each text appears in `text`, failing when one is missing: the order of a ranking as printed. */
function positions(text: string, items: string[]): number[] {
  return items.map((item) => {
    const at = text.indexOf(item);
    if (at < 0) throw new Error(`"${item}" is not in the PDF text`);
    return at;
  });
}

/** Every sheet of a workbook as rows of cell values. */
async function cellsOf(xlsx: Buffer): Promise<Record<string, unknown[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  return Object.fromEntries(
    workbook.worksheets.map((sheet) => [sheet.name, sheet.getSheetValues().filter((row) => row !== undefined)]),
  );
}

async function download(api: TestPlatform, token: string | undefined, path: string) {
  const response = await fetch(`${api.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe('bulletins (通报)', () => {
  let api: TestPlatform;
  let district: string;
  let projectP1: string;
  let units: { id: string; code: string }[];

  beforeAll(async () => {
    api = await TestPlatform.start(undefined, '2026-01-31');
    ({ district } = await enterAssessmentScenario(api));
    units = (await api.ok(`query($d: ID!) { units(districtId: $d) { id code } }`, { d: district })).units;
    const page = await api.ok(`query($d: ID!) { projects(districtId: $d, first: 20) { edges { node { id code } } } }`, {
      d: district,
    });
    projectP1 = page.projects.edges.find((e: any) => e.node.code === 'P1').node.id;
  }, 90_000);
  afterAll(() => api.stop());

  it('ranks, names the bottom units and lists the red lights exactly as the assessment of the period does', async () => {
    const { bulletin } = await api.ok(BULLETIN, { d: district, k: 'MONTH', p: '2025-06' });
    const { assessment } = await api.ok(ASSESSMENT, { d: district, p: '2025-06' });
    const ranked = assessment.units.filter((u: any) => u.rank !== null);
    expect(bulletin.ranking.map((u: any) => [u.rank, u.unit.code, u.score])).toEqual(
      ranked.map((u: any) => [u.rank, u.unit.code, u.score]),
    );
    expect(bulletin.reverseRanking.map((u: any) => u.unit.code)).toEqual(
      assessment.reverseRanking.map((u: any) => u.unit.code),
    );
    const red = assessment.projects.filter((p: any) => p.light === 'RED').map((p: any) => p.project.code);
    expect(bulletin.lights.red.map((p: any) => p.project.code).sort()).toEqual(red.sort());
    expect(bulletin.lights.redCount).toBe(red.length);
    expect(bulletin.ruleSetVersion).toBe(assessment.ruleSetVersion);
  });

  it('ranks a ten-day bulletin by the last month whose reports were due by its last day', async () => {
    const early = (await api.ok(BULLETIN, { d: district, k: 'TEN_DAY', p: '2025-07-T1' })).bulletin;
    expect(early.assessedPeriod).toBe('2025-06');
    // June's reports fell due on 5 July, within the first ten days: the reporting section names June
    expect(early.reporting.months).toEqual([{ month: '2025-06', dueOn: '2025-07-05' }]);
    const late = (await api.ok(BULLETIN, { d: district, k: 'TEN_DAY', p: '2025-07-T3' })).bulletin;
    expect(late.assessedPeriod).toBe('2025-06');
    expect(late.reporting.months).toEqual([]);
  });

  it('refuses a period that does not fit the kind, naming the field', async () => {
    const result = await api.gql(BULLETIN, { d: district, k: 'QUARTER', p: '2025-07' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
  });

  describe('published, then corrected', () => {
    let published: any;
    let pdfBefore: Buffer;
    let xlsxBefore: Buffer;
    let correctedAt: string;

    beforeAll(async () => {
      published = (await api.ok(PUBLISH, { i: { districtId: district, kind: 'MONTH', period: '2025-06' } }))
        .publishBulletin;
      pdfBefore = (await download(api, api.token, `/files/bulletins/${district}/MONTH/2025-06.pdf?edition=1`)).body;
      xlsxBefore = (await download(api, api.token, `/files/bulletins/${district}/MONTH/2025-06.xlsx?edition=1`)).body;
      correctedAt = new Date().toISOString();
      await api.ok(CORRECT, {
        i: { projectId: projectP1, month: '2025-06', investment: 900, progressPercent: 60, submittedOn: '2025-07-20' },
      });
    }, 60_000);

    it('is number 1 of its kind in 2025, as of the instant it was published, with the digest of its content', async () => {
      expect(published).toMatchObject({ kind: 'MONTH', period: '2025-06', year: 2025, number: 1, edition: 1 });
      expect(published.publishedBy).toBe('admin');
      const asPublished = await api.ok(BULLETIN, { d: district, k: 'MONTH', p: '2025-06', at: published.knownAt });
      expect(asPublished.bulletin.digest).toBe(published.digest);
    });

    it('keeps its content and digest after a later correction, which the same bulletin computed now shows', async () => {
      const { bulletinBook } = await api.ok(BOOK, { d: district });
      const [edition] = bulletinBook.published;
      expect(edition.content.digest).toBe(published.digest);
      expect(edition.changesSincePublication.reproduced).toBe(true);
      expect(edition.changesSincePublication.digestNow).not.toBe(published.digest);
      const now = (await api.ok(BULLETIN, { d: district, k: 'MONTH', p: '2025-06' })).bulletin;
      expect(now.digest).toBe(edition.changesSincePublication.digestNow);
      expect(now.headline.completedInvestment).toBeGreaterThan(
        (await api.ok(BULLETIN, { d: district, k: 'MONTH', p: '2025-06', at: published.knownAt })).bulletin.headline
          .completedInvestment,
      );
    });

    it('traces each difference to the correction, with who recorded it and when', async () => {
      const { differences } = (await api.ok(BOOK, { d: district })).bulletinBook.published[0].changesSincePublication;
      const completed = differences.find((d: any) => d.section === 'HEADLINE' && d.field === 'completedInvestment');
      expect(completed.after - completed.before).toBeCloseTo(900 - 100, 6);
      const u1 = differences.find(
        (d: any) => d.section === 'RANKING' && d.field === 'score' && d.subject === '县发展改革局',
      );
      expect(u1).toBeDefined();
      for (const difference of [completed, u1]) {
        expect(difference.causes[0]).toMatchObject({
          type: 'MonthlyReportCorrected',
          projectCode: 'P1',
          month: '2025-06',
          investment: 900,
          previousInvestment: 100,
          recordedBy: 'admin',
        });
        expect(difference.causes[0].recordedAt >= correctedAt).toBe(true);
      }
    });

    it('downloads the same PDF and XLSX after the correction', async () => {
      const pdf = await download(api, api.token, `/files/bulletins/${district}/MONTH/2025-06.pdf?edition=1`);
      const xlsx = await download(api, api.token, `/files/bulletins/${district}/MONTH/2025-06.xlsx?edition=1`);
      expect(pdf.response.headers.get('x-bulletin-digest')).toBe(published.digest);
      expect(pdf.body.equals(pdfBefore)).toBe(true);
      // a workbook's zip entries carry their own times: the cells are what must not change
      expect(await cellsOf(xlsx.body)).toEqual(await cellsOf(xlsxBefore));
      expect(pdf.response.headers.get('content-disposition')).toContain(
        `filename*=UTF-8''${encodeURIComponent('示范县重点项目通报-2025年6月-第1期.pdf')}`,
      );
    });

    it('prints the title, the ranking in order, the bottom units and the red-light codes of the assessment', async () => {
      const text = pdfText(pdfBefore);
      const { assessment } = await api.ok(ASSESSMENT, { d: district, p: '2025-06', at: published.knownAt });
      expect(text).toContain('示范县重点项目推进情况通报（2025年第1期）');
      expect(text).toContain('示范县发展和改革委员会');
      expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*\d+\s*页/);
      const ranking = text.slice(text.indexOf('三、责任单位考核排名'), text.indexOf('末位单位'));
      const ranked = assessment.units.filter((u: any) => u.rank !== null).map((u: any) => u.unit.name);
      const at = positions(ranking, ranked);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      const bottom = assessment.reverseRanking.map((u: any) => u.unit.name).join('、');
      expect(text).toContain(`本期排名末位的单位为：${bottom}`);
      const lights = text.slice(text.indexOf('四、红灯项目'), text.indexOf('亮灯变化（较上期）'));
      for (const p of assessment.projects.filter((p: any) => p.light === 'RED'))
        expect(lights).toContain(p.project.code);
    });

    it('writes the ranking as numbers under a frozen, styled header, one sheet per section', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsxBefore as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        '总体情况',
        '开工情况',
        '考核排名',
        '末位单位',
        '红灯项目',
        '亮灯变化',
        '逾期问题',
        '本期办结问题',
        '月报报送',
        '排名变化',
      ]);
      const sheet = workbook.getWorksheet('考核排名')!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
      const { assessment } = await api.ok(ASSESSMENT, { d: district, p: '2025-06', at: published.knownAt });
      const ranked = assessment.units.filter((u: any) => u.rank !== null);
      const rows = ranked.map((_: unknown, i: number) => sheet.getRow(i + 2));
      expect(rows.map((r: ExcelJS.Row) => [r.getCell(1).value, r.getCell(2).value, r.getCell(9).value])).toEqual(
        ranked.map((u: any) => [u.rank, u.unit.name, u.score]),
      );
      expect(sheet.getRow(2).getCell(9).numFmt).toBe('0.00');
      const headline = workbook.getWorksheet('总体情况')!;
      const planned = headline
        .getRows(2, headline.rowCount - 1)!
        .find((r) => r.getCell(1).value === '年度计划投资（万元）')!;
      expect(typeof planned.getCell(2).value).toBe('number');
      expect(planned.getCell(2).numFmt).toBe('#,##0.00');
      expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(12);
    });

    it('numbers a corrected edition as the same issue, refuses a silent second one, and numbers the next period 2', async () => {
      const again = await api.gql(PUBLISH, { i: { districtId: district, kind: 'MONTH', period: '2025-06' } });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'correctionNote' });
      const corrected = (
        await api.ok(PUBLISH, {
          i: { districtId: district, kind: 'MONTH', period: '2025-06', correctionNote: '更正P1项目6月完成投资' },
        })
      ).publishBulletin;
      expect(corrected).toMatchObject({ number: 1, edition: 2, correctionNote: '更正P1项目6月完成投资' });
      expect(corrected.digest).not.toBe(published.digest);
      const next = (await api.ok(PUBLISH, { i: { districtId: district, kind: 'MONTH', period: '2025-07' } }))
        .publishBulletin;
      expect(next).toMatchObject({ number: 2, edition: 1 });
      const quarter = (await api.ok(PUBLISH, { i: { districtId: district, kind: 'QUARTER', period: '2025-Q2' } }))
        .publishBulletin;
      expect(quarter).toMatchObject({ number: 1 });
    });
  });

  describe('scope', () => {
    let other: string;
    let otherReporter: GraphqlClient;
    let ownReporter: GraphqlClient;
    let otherAdmin: GraphqlClient;

    beforeAll(async () => {
      other = (await api.ok(`mutation { createDistrict(input: { code: "OTHER-1", name: "别区" }) { id } }`))
        .createDistrict.id;
      const otherUnit = (
        await api.ok(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
          i: { districtId: other, code: 'X1', name: '别区住建委', kind: 'DEPARTMENT' },
        })
      ).createUnit.id;
      otherReporter = await api.signedInAs({
        username: 'other-reporter',
        displayName: '别区填报员',
        role: 'UNIT_REPORTER',
        districtIds: [other],
        unitId: otherUnit,
      });
      otherAdmin = await api.signedInAs({
        username: 'other-admin',
        displayName: '别区管理员',
        role: 'DISTRICT_ADMIN',
        districtIds: [other],
      });
      ownReporter = await api.signedInAs({
        username: 'own-reporter',
        displayName: '本区填报员',
        role: 'UNIT_REPORTER',
        districtIds: [district],
        unitId: units.find((u) => u.code === 'U2')!.id,
      });
    }, 30_000);

    it('never gives another district’s bulletin, book or files, and never publishes there', async () => {
      // another district is out of sight: it answers as if it did not exist
      const query = await otherReporter.gql(BULLETIN, { d: district, k: 'MONTH', p: '2025-06' });
      expect(query.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await otherAdmin.gql(BOOK, { d: district })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const publish = await otherAdmin.gql(PUBLISH, { i: { districtId: district, kind: 'MONTH', period: '2025-05' } });
      expect(publish.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      for (const path of [
        `/files/bulletins/${district}/MONTH/2025-06.pdf?edition=1`,
        `/files/bulletins/${district}/MONTH/2025-06.xlsx`,
      ]) {
        const refused = await download(api, otherReporter.token, path);
        expect(refused.response.status).toBe(404);
        expect(refused.body.toString()).not.toContain('%PDF');
        expect((await download(api, undefined, path)).response.status).toBe(401);
      }
      expect(
        (await download(api, otherAdmin.token, `/files/bulletins/${district}/MONTH/2025-06.pdf`)).response.status,
      ).toBe(404);
    });

    it('lets a reporter of the district download its bulletin, but not publish one', async () => {
      const own = await download(api, ownReporter.token, `/files/bulletins/${district}/MONTH/2025-06.pdf?edition=1`);
      expect(own.response.status).toBe(200);
      expect(own.body.subarray(0, 5).toString()).toBe('%PDF-');
      const publish = await ownReporter.gql(PUBLISH, { i: { districtId: district, kind: 'MONTH', period: '2025-05' } });
      expect(publish.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('answers a file name that is no bulletin with a clear error, not a file', async () => {
      const bad = await download(api, api.token, `/files/bulletins/${district}/MONTH/2025-13.pdf`);
      expect(bad.response.status).toBe(400);
      expect(await JSON.parse(bad.body.toString())).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    });

    describe('the city bulletin (市级通报) as files', () => {
      const CITY = `query($k: BulletinKind!, $p: String!) { cityBulletin(kind: $k, period: $p) {
        districts { rank district { name } projectCount plannedInvestment completedInvestment investmentCompletion constructionStart } } }`;
      const cityFile = (client: { token?: string }, file: string) =>
        download(api, client.token, `/files/city-bulletins/MONTH/${file}`);

      it('prints and tabulates the districts in reach exactly as the cityBulletin query ranks them', async () => {
        const { districts } = (await api.ok(CITY, { k: 'MONTH', p: '2025-06' })).cityBulletin;
        expect(districts.length).toBeGreaterThanOrEqual(2);
        const xlsx = await cityFile(api, '2025-06.xlsx');
        expect(xlsx.response.status).toBe(200);
        expect(xlsx.response.headers.get('content-disposition')).toContain(
          encodeURIComponent('全市重点项目通报-2025年6月-月报预览.xlsx'),
        );
        const sheets = await cellsOf(xlsx.body);
        expect((sheets['总体情况'] as unknown[][]).map((row) => row.slice(1))).toEqual([
          ['指标', '数值'],
          ['区县（个）', districts.length],
          ['纳入统计项目（个）', districts.reduce((sum: number, d: any) => sum + d.projectCount, 0)],
        ]);
        const [header, ...rows] = sheets['区县排名'] as unknown[][];
        expect(header.slice(1, 4)).toEqual(['名次', '区县', '项目数']);
        expect(rows.map((row) => row.slice(1))).toEqual(
          districts.map((d: any) => [
            d.rank,
            d.district.name,
            d.projectCount,
            d.plannedInvestment,
            d.completedInvestment,
            d.investmentCompletion,
            d.constructionStart,
          ]),
        );
        const pdf = await cityFile(api, '2025-06.pdf');
        const text = pdfText(pdf.body);
        expect(text).toContain('全市重点项目推进情况通报（2025年6月）');
        const at = positions(
          text,
          districts.map((d: any) => d.district.name),
        );
        expect(at).toEqual([...at].sort((a, b) => a - b));
      });

      it('holds only the districts within the caller’s reach, and none for a reporter or a stranger', async () => {
        const names = async (client: { token?: string }) =>
          ((await cellsOf((await cityFile(client, '2025-06.xlsx')).body))['区县排名'] as unknown[][])
            .slice(1)
            .map((row) => row[2]);
        expect(await names(otherAdmin)).toEqual(['别区']);
        expect((await cityFile(ownReporter, '2025-06.pdf')).response.status).toBe(403);
        expect((await cityFile({}, '2025-06.pdf')).response.status).toBe(401);
      });

      it('refuses a ten-day period or a file that is no bulletin with a clear error', async () => {
        const tenDay = await download(api, api.token, '/files/city-bulletins/TEN_DAY/2025-06-T1.pdf');
        expect(tenDay.response.status).toBe(400);
        expect(JSON.parse(tenDay.body.toString())).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'kind' } });
        expect((await cityFile(api, '2025-06.docx')).response.status).toBe(400);
      });
    });

    it('shows a reporter only their own unit’s reporting status and what they still owe', async () => {
      const status = (
        await ownReporter.ok(
          `query($d: ID!) { reportingStatus(districtId: $d, month: "2025-06") { units { unit { code } projects { code status } } totals { missing } } }`,
          { d: district },
        )
      ).reportingStatus;
      expect(status.units.map((u: any) => u.unit.code)).toEqual(['U2']);
      const admin = (
        await api.ok(
          `query($d: ID!) { reportingStatus(districtId: $d, month: "2025-07") { units { unit { code } projects { code status } } } }`,
          { d: district },
        )
      ).reportingStatus;
      // P1 has no July report in the scenario; P4 was suspended in June and resumed in August
      const u1 = admin.units.find((u: any) => u.unit.code === 'U1');
      expect(u1.projects.find((p: any) => p.code === 'P1').status).toBe('MISSING');
      const u2 = admin.units.find((u: any) => u.unit.code === 'U2');
      expect(u2.projects.find((p: any) => p.code === 'P4').status).toBe('NOT_DUE');
      const u1Reporter = await api.signedInAs({
        username: 'u1-reporter',
        displayName: 'U1填报员',
        role: 'UNIT_REPORTER',
        districtIds: [district],
        unitId: units.find((u) => u.code === 'U1')!.id,
      });
      const owed = (
        await u1Reporter.ok(`query($d: ID!) { owedReports(districtId: $d) { code month overdue } }`, { d: district })
      ).owedReports;
      expect(owed).toContainEqual({ code: 'P1', month: '2025-07', overdue: true });
      const peek = await u1Reporter.ok(`query($d: ID!, $u: ID) { owedReports(districtId: $d, unitId: $u) { code } }`, {
        d: district,
        u: units.find((u) => u.code === 'U2')!.id,
      });
      expect(peek.owedReports).toEqual([]);
    });
  });

  describe('reminders (催报) to a group robot', () => {
    let receiver: Server;
    let received: { body: any }[];
    let answer: { status: number; body: string };
    let url: string;

    beforeAll(async () => {
      received = [];
      answer = { status: 200, body: '{"errcode":0,"errmsg":"ok"}' };
      receiver = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          received.push({ body: JSON.parse(body) });
          res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/cgi-bin/webhook/send?key=secret-robot-key`;
    });
    afterAll(() => new Promise((resolve) => receiver.close(resolve)));

    const SET = `mutation($i: SetReminderWebhookInput!) { setReminderWebhook(input: $i) { webhook } }`;
    const SEND = `mutation($i: SendReminderInput!) { sendReminder(input: $i) { outcome reason text } }`;

    it('refuses an address that is not http(s) or that carries a password, naming the field', async () => {
      for (const bad of ['ftp://robot.example/send', 'https://user:pw@robot.example/send', 'not a url']) {
        const result = await api.gql(SET, { i: { districtId: district, url: bad } });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      }
    });

    it('sends who has not reported, and records the delivery; shows the key nowhere', async () => {
      const set = (await api.ok(SET, { i: { districtId: district, url } })).setReminderWebhook;
      expect(set.webhook).not.toContain('secret-robot-key');
      const sent = (await api.ok(SEND, { i: { districtId: district, month: '2025-07' } })).sendReminder;
      expect(sent.outcome).toBe('DELIVERED');
      expect(received.at(-1)!.body).toEqual({ msgtype: 'text', text: { content: sent.text } });
      expect(sent.text).toContain('县发展改革局');
      expect(sent.text).toContain('P1');
    });

    it('records and shows a failed delivery with its reason', async () => {
      answer = { status: 200, body: '{"errcode":93000,"errmsg":"invalid webhook url"}' };
      const refused = (await api.ok(SEND, { i: { districtId: district, month: '2025-07' } })).sendReminder;
      expect(refused).toMatchObject({ outcome: 'FAILED', reason: 'the robot refused the message (errcode 93000)' });
      answer = { status: 502, body: 'bad gateway' };
      const failed = (await api.ok(SEND, { i: { districtId: district, month: '2025-07' } })).sendReminder;
      expect(failed).toMatchObject({ outcome: 'FAILED', reason: 'the robot answered HTTP 502' });
      const { reminders } = (await api.ok(BOOK, { d: district })).bulletinBook;
      expect(reminders.slice(0, 3).map((r: any) => r.outcome)).toEqual(['FAILED', 'FAILED', 'DELIVERED']);
      expect(reminders[0]).toMatchObject({ month: '2025-07', reason: 'the robot answered HTTP 502', sentBy: 'admin' });
    });
  });
});
