import ExcelJS from 'exceljs';
import type { GraphqlClient, TestPlatform } from './test-platform';

/** A file route's answer to a signed-in GET (a template, a district's ledger). */
export async function download(client: GraphqlClient, path: string) {
  const response = await fetch(`${client.url}${path}`, {
    headers: client.token ? { authorization: `Bearer ${client.token}` } : {},
  });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

/** A ledger file sent to a check or import route: its status, its text and, when JSON, its body. */
export async function upload(client: GraphqlClient, path: string, file: Buffer) {
  const response = await fetch(`${client.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${client.token}` },
    body: file,
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = bytes.toString(response.headers.get('content-type')?.includes('json') ? 'utf8' : 'binary');
  return { status: response.status, text, body: (text.startsWith('{') ? JSON.parse(text) : {}) as Record<string, any> };
}

export async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

const createUnit = `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`;

/**
 * 铜梁区 with two units (FGW, JXW) and one project (TL-001, led by FGW, registered 2025-01-10),
 * and 渠县 with a unit of its own: the districts every ledger test imports into, and across.
 */
export async function ledgerDistricts(api: TestPlatform) {
  const create = (code: string, name: string) =>
    api.ok(`mutation($i: CreateDistrictInput!) { createDistrict(input: $i) { id } }`, { i: { code, name } });
  const district: string = (await create('TL', '铜梁区')).createDistrict.id;
  const other: string = (await create('QX', '渠县')).createDistrict.id;
  for (const [code, name] of [
    ['FGW', '区发展改革委'],
    ['JXW', '区经济信息委'],
  ])
    await api.ok(createUnit, { i: { districtId: district, code, name, kind: 'DEPARTMENT' } });
  await api.ok(createUnit, { i: { districtId: other, code: 'QFGW', name: '县发展改革局', kind: 'DEPARTMENT' } });
  const units: { id: string; code: string; name: string }[] = (
    await api.ok(`query($d: ID!) { units(districtId: $d) { id code name } }`, { d: district })
  ).units;
  const projectId: string = (
    await api.ok(`mutation($i: RegisterProjectInput!) { registerProject(input: $i) { id } }`, {
      i: {
        districtId: district,
        code: 'TL-001',
        name: '西部物流园',
        category: 'INFRASTRUCTURE',
        leadUnitId: units.find((u) => u.code === 'FGW')?.id,
        totalInvestment: 12000,
        occurredOn: '2025-01-10',
      },
    })
  ).registerProject.id;
  return { district, other, units, projectId };
}
