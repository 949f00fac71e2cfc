import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { freePort, ServiceProcess } from '@tuijin/testing';
import { GraphqlClient } from './testing/test-platform';

const ROWS = 1500;
const PASSWORD = 'Crash-Test-2025!';

/** A projects ledger of `ROWS` new projects as a CSV, the way a district would keep one. */
function ledger(): Buffer {
  const lines = [
    '项目编码,项目名称,项目类别,牵头单位,总投资（万元）,计划年度,年度计划投资（万元）,计划开工月份,计划竣工月份,包保领导',
  ];
  for (let i = 1; i <= ROWS; i++) {
    const code = `L-${String(i).padStart(4, '0')}`;
    lines.push(`${code},项目${i},产业,FGW,"${(1000 + i).toLocaleString('en')}",2025,500,2025-03,2026-12,领导${i % 20}`);
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/**
 * The platform in a process of its own, killed with SIGKILL while it imports a ledger, at
 * several moments of the import, and started again on the same data: each time the district
 * holds either none of the ledger's projects or all of them, and its book of imports agrees.
 */
describe('a ledger import killed half-way (kill -9)', () => {
  let platform: ServiceProcess;
  let client: GraphqlClient;
  const file = ledger();

  const signIn = async () => {
    const { login } = await new GraphqlClient(platform.url).ok<{ login: { token: string } }>(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
      { u: 'admin', p: PASSWORD },
    );
    client = new GraphqlClient(platform.url, login.token);
  };
  const district = async (code: string) => {
    const { createDistrict } = await client.ok(
      `mutation($i: CreateDistrictInput!) { createDistrict(input: $i) { id } }`,
      {
        i: { code, name: `区${code}` },
      },
    );
    await client.ok(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
      i: { districtId: createDistrict.id, code: 'FGW', name: '区发展改革委', kind: 'DEPARTMENT' },
    });
    return createDistrict.id as string;
  };
  const importInto = (districtId: string) =>
    fetch(`${platform.url}/files/ledgers/${districtId}/projects/import?fileName=${encodeURIComponent('台账.csv')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${client.token}`, 'content-type': 'text/csv' },
      body: file,
    });
  const held = async (districtId: string) => {
    const data = await client.ok(
      `query($d: ID!) { projects(districtId: $d) { totalCount } ledgerImports(districtId: $d) { registeredCount } }`,
      { d: districtId },
    );
    return { projects: data.projects.totalCount as number, imports: data.ledgerImports.length as number };
  };

  beforeAll(async () => {
    platform = new ServiceProcess('platform', 'apps/platform/src/main.ts', {
      PORT: String(await freePort()),
      TUIJIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'tuijin-crash-')),
      TUIJIN_DEMO: '0',
      TUIJIN_ADMIN_PASSWORD: PASSWORD,
      TUIJIN_TOKEN_SECRET: 'a-secret-of-at-least-thirty-two-characters',
      TUIJIN_LOG_LEVEL: 'warn',
    });
    await platform.start();
    await signIn();
  }, 120_000);
  afterAll(() => platform.kill());

  it('leaves all of the ledger or none of it, wherever the import is cut', async () => {
    // how long an import takes here, uninterrupted
    const whole = await district('FULL');
    const started = performance.now();
    expect((await importInto(whole)).status).toBe(200);
    const duration = performance.now() - started;
    expect(await held(whole)).toEqual({ projects: ROWS, imports: 1 });

    const cut = await district('CUT');
    const seen: number[] = [];
    // later and later, until a kill comes after the import's write (a restarted process is slower at first)
    for (const share of [0.3, 0.6, 0.9, 1.1, 1.3, 1.6, 2, 2.5, 3, 4, 6]) {
      const request = importInto(cut).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, duration * share));
      await platform.kill();
      await request;
      await platform.start();
      const after = await held(cut);
      seen.push(after.projects);
      expect([0, ROWS]).toContain(after.projects);
      expect(after.imports).toBe(after.projects === 0 ? 0 : 1);
      if (after.projects === ROWS) break;
    }
    // once the import ran to its end, a second one finds nothing to change
    if (seen.at(-1) === 0) expect((await importInto(cut)).status).toBe(200);
    const again = await (await importInto(cut)).json();
    expect(again).toMatchObject({ imported: false, registered: 0, changed: 0 });
    expect(await held(cut)).toEqual({ projects: ROWS, imports: 1 });

    expect(seen[0]).toBe(0);
  }, 600_000);
});
