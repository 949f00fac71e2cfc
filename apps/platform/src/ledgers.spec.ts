import ExcelJS from 'exceljs';
import { type GraphqlClient, TestPlatform } from './testing/test-platform';

const createUnit = `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`;

async function download(client: GraphqlClient, path: string) {
  const response = await fetch(`${client.url}${path}`, {
    headers: client.token ? { authorization: `Bearer ${client.token}` } : {},
  });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe('ledger (台账) templates', () => {
  let api: TestPlatform;
  let district: string;
  let other: string;

  beforeAll(async () => {
    api = await TestPlatform.start();
    const create = (code: string, name: string) =>
      api.ok(`mutation($i: CreateDistrictInput!) { createDistrict(input: $i) { id } }`, { i: { code, name } });
    district = (await create('TL', '铜梁区')).createDistrict.id;
    other = (await create('QX', '渠县')).createDistrict.id;
    for (const [code, name] of [
      ['FGW', '区发展改革委'],
      ['JXW', '区经济信息委'],
    ])
      await api.ok(createUnit, { i: { districtId: district, code, name, kind: 'DEPARTMENT' } });
    await api.ok(createUnit, { i: { districtId: other, code: 'QFGW', name: '县发展改革局', kind: 'DEPARTMENT' } });
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
});
