import { schemaErrors, reviewErrors } from '@tuijin/open-data/testing';
import { TEST_PUBLISHING, TestPlatform, type GraphqlClient } from './testing/test-platform';

/**
 * The OC4IDS downloads and the public address over real HTTP: who may download what,
 * publication off by default, caching headers from the last change, `knownAt`, and
 * what the public package leaves out.
 */

const PREFIX = TEST_PUBLISHING.oc4idsPrefix;

interface District {
  districtId: string;
  code: string;
  unitId: string;
  otherUnitId: string;
  projectId: string;
  otherProjectId: string;
}

async function buildDistrict(api: TestPlatform, code: string): Promise<District> {
  const run = async (mutation: string, type: string, input: Record<string, unknown>) =>
    (await api.ok(`mutation($i: ${type}!) { ${mutation}(input: $i) { id } }`, { i: input }))[mutation].id as string;
  const districtId = await run('createDistrict', 'CreateDistrictInput', { code, name: `开放区${code}` });
  const unitId = await run('createUnit', 'CreateUnitInput', {
    districtId,
    code: 'FGW',
    name: '区发展改革委',
    kind: 'DEPARTMENT',
  });
  const otherUnitId = await run('createUnit', 'CreateUnitInput', {
    districtId,
    code: 'JT',
    name: '区交通局',
    kind: 'DEPARTMENT',
  });
  const register = (projectCode: string, leadUnitId: string, extra: Record<string, unknown>) =>
    run('registerProject', 'RegisterProjectInput', {
      districtId,
      code: projectCode,
      name: `${projectCode} 智能制造产业园`,
      category: 'INDUSTRIAL',
      leadUnitId,
      totalInvestment: 12_345.67,
      stage: 'UNDER_CONSTRUCTION',
      occurredOn: '2025-01-10',
      ...extra,
    });
  const projectId = await register(`${code}-001`, unitId, {
    ownerEnterprise: '重庆铜梁建设发展有限公司',
    township: '东城街道',
    longitude: 106.05,
    latitude: 29.84,
    description: '建设标准厂房约12万平方米',
  });
  const otherProjectId = await register(`${code}-002`, otherUnitId, {});
  await api.ok(`mutation($i: SetAnnualPlanInput!) { setAnnualPlan(input: $i) { id } }`, {
    i: {
      projectId,
      year: 2025,
      plannedInvestment: 1200,
      plannedStartMonth: '2025-01',
      plannedCompletionMonth: '2026-06',
    },
  });
  await api.ok(`mutation($i: AssignLeaderInput!) { assignLeader(input: $i) { id } }`, {
    i: { projectId, leader: { name: '王副区长', phone: '13800138000' } },
  });
  await api.ok(`mutation($i: RaiseProblemInput!) { raiseProblem(input: $i) { id } }`, {
    i: { projectId, category: 'LAND', description: '用地指标尚未落实（内部）', dueOn: '2025-12-31' },
  });
  return { districtId, code, unitId, otherUnitId, projectId, otherProjectId };
}

const report = (api: GraphqlClient, projectId: string, month: string, investment: number, progressPercent: number) =>
  api.ok(`mutation($i: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $i) { id } }`, {
    i: { projectId, month, investment, progressPercent },
  });

const publication = (client: GraphqlClient, mutation: 'publishOpenData' | 'withdrawOpenData', district: District) =>
  client.gql(`mutation($i: OpenDataInput!) { ${mutation}(input: $i) { published publicPath } }`, {
    i: { districtId: district.districtId },
  });

async function download(path: string, client?: GraphqlClient, headers: Record<string, string> = {}) {
  const url = client?.url ?? '';
  const response = await fetch(`${url}${path}`, {
    headers: { ...(client?.token ? { authorization: `Bearer ${client.token}` } : {}), ...headers },
  });
  const text = await response.text();
  return { response, text, json: () => JSON.parse(text) };
}

describe('OC4IDS open data over HTTP', () => {
  let api: TestPlatform;
  let a: District;
  let b: District;
  let adminA: GraphqlClient;
  let analystA: GraphqlClient;
  let reporterA: GraphqlClient;
  let adminB: GraphqlClient;
  let reporterB: GraphqlClient;
  const districtPath = (d: District) => `/downloads/oc4ids/districts/${d.districtId}.json`;
  const publicPath = (d: District) => `/open-data/${d.code}/oc4ids.json`;

  beforeAll(async () => {
    api = await TestPlatform.start();
    a = await buildDistrict(api, 'OD100');
    b = await buildDistrict(api, 'OD200');
    await report(api, a.projectId, '2025-01', 100, 8);
    await report(api, a.projectId, '2025-02', 120, 15);
    const as = (username: string, role: 'DISTRICT_ADMIN' | 'ANALYST' | 'UNIT_REPORTER', district: District) =>
      api.signedInAs({
        username,
        displayName: username,
        role,
        districtIds: [district.districtId],
        ...(role === 'UNIT_REPORTER' ? { unitId: district.unitId } : {}),
      });
    adminA = await as('od-admin-a', 'DISTRICT_ADMIN', a);
    analystA = await as('od-analyst-a', 'ANALYST', a);
    reporterA = await as('od-reporter-a', 'UNIT_REPORTER', a);
    adminB = await as('od-admin-b', 'DISTRICT_ADMIN', b);
    reporterB = await as('od-reporter-b', 'UNIT_REPORTER', b);
  }, 60_000);
  afterAll(() => api.stop());

  it('lets the district admin and an analyst of the district download its package, valid against the schema', async () => {
    for (const client of [adminA, analystA, api]) {
      const { response, json } = await download(districtPath(a), client);
      expect(response.status).toBe(200);
      const pkg = json();
      expect(schemaErrors(pkg)).toEqual([]);
      expect(reviewErrors(pkg, PREFIX)).toEqual([]);
      expect(pkg.projects.map((p: { id: string }) => p.id).sort()).toEqual(
        [`${PREFIX}-${a.projectId}`, `${PREFIX}-${a.otherProjectId}`].sort(),
      );
      expect(response.headers.get('cache-control')).toBe('private, no-cache');
    }
  });

  it("refuses another district's admin and reporters of either district the whole package, and anyone without a login", async () => {
    // another district is out of sight: it answers as if it did not exist
    expect((await download(districtPath(a), adminB)).response.status).toBe(404);
    // reporters may not download a district's whole package, whichever district
    expect((await download(districtPath(a), reporterB)).response.status).toBe(403);
    // a reporter sees their unit's projects, not the district's every project
    expect((await download(districtPath(a), reporterA)).response.status).toBe(403);
    const anonymous = await download(districtPath(a), api.anonymous);
    expect(anonymous.response.status).toBe(401);
    expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
    const unknown = await download('/downloads/oc4ids/districts/no-such-district.json', api);
    expect(unknown.response.status).toBe(404);
  });

  it('gives one project as a package of one to whoever may see it, and to nobody else', async () => {
    const own = await download(`/downloads/oc4ids/projects/${a.projectId}.json`, reporterA);
    expect(own.response.status).toBe(200);
    expect(own.json().projects).toHaveLength(1);
    expect(schemaErrors(own.json())).toEqual([]);
    // projects out of the caller's sight answer as if they did not exist
    expect((await download(`/downloads/oc4ids/projects/${a.otherProjectId}.json`, reporterA)).response.status).toBe(
      404,
    );
    expect((await download(`/downloads/oc4ids/projects/${a.projectId}.json`, reporterB)).response.status).toBe(404);
    expect((await download(`/downloads/oc4ids/projects/${a.projectId}.json`, adminB)).response.status).toBe(404);
  });

  it('serves nothing at the public address until the district admin turns it on, then serves it without a login', async () => {
    expect((await download(publicPath(a), api.anonymous)).response.status).toBe(404);
    const off = await adminA.ok(`query($d: ID!) { openData(districtId: $d) { published publicPath } }`, {
      d: a.districtId,
    });
    expect(off.openData).toEqual({ published: false, publicPath: null });

    const refused = await publication(adminB, 'publishOpenData', a);
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await download(publicPath(a), api.anonymous)).response.status).toBe(404);

    const on = await publication(adminA, 'publishOpenData', a);
    expect(on.data?.publishOpenData).toEqual({ published: true, publicPath: publicPath(a) });
    const served = await download(publicPath(a), api.anonymous);
    expect(served.response.status).toBe(200);
    expect(schemaErrors(served.json())).toEqual([]);
    expect(served.response.headers.get('cache-control')).toBe('public, max-age=300');
    // the other district stays unpublished
    expect((await download(publicPath(b), api.anonymous)).response.status).toBe(404);

    expect((await publication(adminA, 'withdrawOpenData', a)).data?.withdrawOpenData.published).toBe(false);
    expect((await download(publicPath(a), api.anonymous)).response.status).toBe(404);
    expect((await publication(adminA, 'publishOpenData', a)).data?.publishOpenData.published).toBe(true);
  });

  it('dates the package by its last change, answers a revalidation with 304, and changes both with a new report', async () => {
    const history = await api.ok(`query($p: ID!) { project(id: $p) { history { recordedAt } } }`, { p: a.projectId });
    const other = await api.ok(`query($p: ID!) { project(id: $p) { history { recordedAt } } }`, {
      p: a.otherProjectId,
    });
    const instants: string[] = [...history.project.history, ...other.project.history].map(
      (h: { recordedAt: string }) => h.recordedAt,
    );
    const last = instants.sort()[instants.length - 1];

    const first = await download(publicPath(a), api.anonymous);
    expect(first.json().publishedDate).toBe(last);
    const etag = first.response.headers.get('etag') as string;
    expect(first.response.headers.get('last-modified')).toBe(new Date(last).toUTCString());
    // as a browser or cache revalidates (fetch itself would add no-cache to a conditional request)
    const revalidate = { 'if-none-match': etag, 'cache-control': 'max-age=0' };
    const revalidated = await download(publicPath(a), api.anonymous, revalidate);
    expect(revalidated.response.status).toBe(304);
    expect(revalidated.text).toBe('');
    const since = { 'if-modified-since': new Date(last).toUTCString(), 'cache-control': 'max-age=0' };
    expect((await download(publicPath(a), api.anonymous, since)).response.status).toBe(304);

    await report(api, a.projectId, '2025-03', 90, 22);
    const changed = await download(publicPath(a), api.anonymous, revalidate);
    expect(changed.response.status).toBe(200);
    expect(changed.response.headers.get('etag')).not.toBe(etag);
    expect(changed.json().publishedDate > last).toBe(true);
  });

  it('gives exactly what was recorded by knownAt: an earlier value before a correction, no project registered later', async () => {
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await report(api, a.projectId, '2025-02', 150, 16); // a correction of February
    const run = async (mutation: string, type: string, input: Record<string, unknown>) =>
      (await api.ok(`mutation($i: ${type}!) { ${mutation}(input: $i) { id } }`, { i: input }))[mutation].id as string;
    const lateId = await run('registerProject', 'RegisterProjectInput', {
      districtId: a.districtId,
      code: 'OD100-009',
      name: '后来登记的项目',
      category: 'SOCIAL',
      leadUnitId: a.unitId,
      totalInvestment: 500,
      stage: 'PREPARATION',
      occurredOn: '2025-03-01',
    });
    const february = (pkg: {
      projects: {
        id: string;
        metrics?: { id: string; observations: { id: string; value?: { amount: number } }[] }[];
      }[];
    }) =>
      pkg.projects
        .find((p) => p.id === `${PREFIX}-${a.projectId}`)
        ?.metrics?.find((m) => m.id === 'financialProgress')
        ?.observations.find((o) => o.id === '2025-02')?.value?.amount;

    const then = await download(`${districtPath(a)}?knownAt=${encodeURIComponent(before)}`, adminA);
    expect(february(then.json())).toBe(1_200_000);
    expect(then.json().projects.map((p: { id: string }) => p.id)).not.toContain(`${PREFIX}-${lateId}`);
    expect(then.json().publishedDate <= before).toBe(true);
    const now = await download(districtPath(a), adminA);
    expect(february(now.json())).toBe(1_500_000);
    expect(now.json().projects.map((p: { id: string }) => p.id)).toContain(`${PREFIX}-${lateId}`);

    const bad = await download(`${districtPath(a)}?knownAt=yesterday`, adminA);
    expect(bad.response.status).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'knownAt' });
  });

  it('reveals no leader, phone number, user id or problem text at the public address', async () => {
    const { text } = await download(publicPath(a), api.anonymous);
    for (const secret of ['13800138000', '王副区长', '用地指标', 'od-admin-a', 'demo-seed'])
      expect(text).not.toContain(secret);
    const users = await api.ok(`{ users { id } }`);
    for (const { id } of users.users) expect(text).not.toContain(id);
  });
});
