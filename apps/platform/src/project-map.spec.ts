import { projectIdFor, streamOf } from '@tuijin/application';
import { TestPlatform, type GraphqlClient } from './testing/test-platform';

/**
 * The project map over real HTTP: the district's map uploaded as GeoJSON by its admin
 * (and refused, whole, to anyone else or when wrong), and the projects as points with lights.
 */

const square = (lon: number, lat: number, size = 0.05) => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];
const MAP = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: '东城街道' },
      geometry: { type: 'Polygon', coordinates: [square(106.0, 29.8)] },
    },
    {
      type: 'Feature',
      properties: { name: '南城街道' },
      geometry: { type: 'Polygon', coordinates: [square(106.05, 29.8)] },
    },
  ],
};

async function upload(api: GraphqlClient, districtId: string, body: string, query = '') {
  const response = await fetch(`${api.url}/maps/${districtId}/boundary${query}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/geo+json', ...(api.token ? { authorization: `Bearer ${api.token}` } : {}) },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as { error?: { code: string; field?: string; message: string } },
  };
}

describe('the project map', () => {
  let api: TestPlatform;
  let districtId: string;
  let otherDistrictId: string;
  let unitId: string;
  let admin: GraphqlClient;
  let reporter: GraphqlClient;
  let otherAdmin: GraphqlClient;
  let ownProjectId: string;
  let otherUnitProjectId: string;

  const run = async (mutation: string, type: string, input: Record<string, unknown>) =>
    (await api.ok(`mutation($i: ${type}!) { ${mutation}(input: $i) { id } }`, { i: input }))[mutation].id as string;

  beforeAll(async () => {
    api = await TestPlatform.start();
    districtId = await run('createDistrict', 'CreateDistrictInput', { code: 'MAP1', name: '地图区' });
    otherDistrictId = await run('createDistrict', 'CreateDistrictInput', { code: 'MAP2', name: '邻区' });
    unitId = await run('createUnit', 'CreateUnitInput', {
      districtId,
      code: 'FGW',
      name: '发改委',
      kind: 'DEPARTMENT',
    });
    const otherUnitId = await run('createUnit', 'CreateUnitInput', {
      districtId,
      code: 'JT',
      name: '交通局',
      kind: 'DEPARTMENT',
    });
    const register = (code: string, leadUnitId: string, location: Record<string, number>) =>
      run('registerProject', 'RegisterProjectInput', {
        districtId,
        code,
        name: `项目${code}`,
        category: 'INFRASTRUCTURE',
        leadUnitId,
        totalInvestment: 1000,
        stage: 'UNDER_CONSTRUCTION',
        occurredOn: '2025-01-05',
        ...location,
      });
    ownProjectId = await register('M-1', unitId, { longitude: 106.01, latitude: 29.81 });
    otherUnitProjectId = await register('M-2', otherUnitId, { longitude: 106.06, latitude: 29.82 });
    await register('M-3', unitId, {});
    // a plan far ahead of its reports: red at the end of June
    await api.ok(`mutation($i: SetAnnualPlanInput!) { setAnnualPlan(input: $i) { id } }`, {
      i: {
        projectId: ownProjectId,
        year: 2025,
        plannedInvestment: 1200,
        plannedStartMonth: '2025-01',
        plannedCompletionMonth: '2025-12',
      },
    });
    admin = await api.signedInAs({
      username: 'map-admin',
      displayName: '管理员',
      role: 'DISTRICT_ADMIN',
      districtIds: [districtId],
    });
    reporter = await api.signedInAs({
      username: 'map-reporter',
      displayName: '填报员',
      role: 'UNIT_REPORTER',
      districtIds: [districtId],
      unitId,
    });
    otherAdmin = await api.signedInAs({
      username: 'map-other',
      displayName: '邻区管理员',
      role: 'DISTRICT_ADMIN',
      districtIds: [otherDistrictId],
    });
  }, 60_000);
  afterAll(() => api.stop());

  it('takes the district map from its admin only, and shows it to the district', async () => {
    const before = await api.runtime.store.lastPosition();
    expect((await upload(reporter, districtId, JSON.stringify(MAP))).status).toBe(403);
    expect((await upload(otherAdmin, districtId, JSON.stringify(MAP))).status).toBe(404);
    expect((await upload(api.anonymous, districtId, JSON.stringify(MAP))).status).toBe(401);
    expect(await api.runtime.store.lastPosition()).toBe(before);

    const done = await upload(admin, districtId, JSON.stringify(MAP), '?source=区规划自然资源局');
    expect(done.status).toBe(200);
    const { districtMap } = await reporter.ok(
      `query($d: ID!) { districtMap(districtId: $d) { boundary approximate source } }`,
      { d: districtId },
    );
    expect(districtMap.boundary.features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual([
      '东城街道',
      '南城街道',
    ]);
    expect(districtMap).toMatchObject({ approximate: false, source: '区规划自然资源局' });
    const history = await api.runtime.store.readStream(streamOf.districtMap(districtId), 0);
    expect(history.map((e) => [e.type, e.actor.role])).toEqual([['DistrictBoundarySet', 'DISTRICT_ADMIN']]);
  });

  it.each([
    ['a file that is not JSON', '{"type": "FeatureCollection", ', 'not valid JSON'],
    [
      'an open ring',
      JSON.stringify({
        ...MAP,
        features: [
          {
            ...MAP.features[0],
            geometry: {
              type: 'Polygon',
              coordinates: [
                square(106, 29.8)
                  .slice(0, 4)
                  .concat([[106.01, 29.81]]),
              ],
            },
          },
        ],
      }),
      'is not closed',
    ],
    [
      'points',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [106, 29.8] } }],
      }),
      'Polygon or MultiPolygon',
    ],
    [
      'a swapped outline',
      JSON.stringify({
        ...MAP,
        features: [
          {
            ...MAP.features[0],
            geometry: { type: 'Polygon', coordinates: [square(29.8, 106).map(([a, b]) => [a, b])] },
          },
        ],
      }),
      'swapped',
    ],
  ])('refuses %s with a clear error, keeping the map it had', async (_what, body, message) => {
    const before = await api.runtime.store.lastPosition();
    const refused = await upload(admin, districtId, body);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'boundary' });
    expect(refused.body.error?.message).toContain(message);
    expect(await api.runtime.store.lastPosition()).toBe(before);
  });

  it('refuses a file over 2 MB before reading it', async () => {
    const padded = JSON.stringify({ ...MAP, padding: 'x'.repeat(2.1 * 1024 * 1024) });
    const refused = await upload(admin, districtId, padded);
    expect(refused.status).toBe(413);
    expect(refused.body.error?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  const pointsQuery = `query($d: ID!, $p: String!, $k: DateTime) {
    projectMap(districtId: $d, period: $p, knownAt: $k) { withoutLocation points { projectId light stage longitude latitude inChina } }
  }`;

  it('shows every located project with its light, and counts the ones without coordinates', async () => {
    const { projectMap } = await admin.ok(pointsQuery, { d: districtId, p: '2025-06' });
    expect(projectMap.withoutLocation).toBe(1);
    const byId = new Map(projectMap.points.map((p: { projectId: string }) => [p.projectId, p]));
    expect(byId.get(ownProjectId)).toMatchObject({
      light: 'RED',
      stage: 'UNDER_CONSTRUCTION',
      longitude: 106.01,
      latitude: 29.81,
      inChina: true,
    });
    expect(byId.get(otherUnitProjectId)).toMatchObject({ light: null });
  });

  it('shows a reporter their own unit’s projects only, and another district’s admin nothing', async () => {
    const { projectMap } = await reporter.ok(pointsQuery, { d: districtId, p: '2025-06' });
    expect(projectMap.points.map((p: { projectId: string }) => p.projectId)).toEqual([ownProjectId]);
    const refused = await otherAdmin.gql(pointsQuery, { d: districtId, p: '2025-06' });
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('shows only projects registered as known at knownAt', async () => {
    const before = new Date(Date.now() - 60 * 60_000).toISOString();
    const { projectMap } = await admin.ok(pointsQuery, { d: districtId, p: '2025-06', k: before });
    expect(projectMap.points).toEqual([]);
  });

  it('flags a point recorded outside China before the rule refused them, and leaves it out of the open data', async () => {
    const projectId = projectIdFor(districtId, 'M-OLD');
    await api.runtime.store.append({
      streamId: streamOf.project(projectId),
      expectedVersion: 0,
      actor: { userId: 'import', role: 'SYSTEM' },
      events: [
        {
          type: 'ProjectRegistered',
          occurredOn: '2025-01-05',
          data: {
            projectId,
            districtId,
            code: 'M-OLD',
            leadUnitId: unitId,
            stage: 'PREPARATION',
            name: '旧台账项目',
            category: 'OTHER',
            totalInvestment: 10,
            longitude: 29.81,
            latitude: 86.01,
          },
        },
      ],
    });
    await api.runtime.waitFor(await api.runtime.store.lastPosition());
    const { projectMap } = await admin.ok(pointsQuery, { d: districtId, p: '2025-06' });
    expect(projectMap.points.find((p: { projectId: string }) => p.projectId === projectId)).toMatchObject({
      inChina: false,
    });
    const response = await fetch(`${api.url}/downloads/oc4ids/projects/${projectId}.json`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    const pkg = (await response.json()) as { projects: { locations?: unknown }[] };
    expect(pkg.projects[0].locations).toBeUndefined();
  });
});
