import { Logger } from '@nestjs/common';
import { TestPlatform } from './testing/test-platform';

/** Posts a raw body to /graphql as the city admin, answering the HTTP status beside the body. */
async function post(api: TestPlatform, body: string) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe('GraphQL hardening', () => {
  let api: TestPlatform;
  let districtId: string;
  beforeAll(async () => {
    api = await TestPlatform.start();
    districtId = (await api.ok(`mutation { createDistrict(input: { code: "H1", name: "某区" }) { id } }`))
      .createDistrict.id;
  });
  afterAll(() => api.stop());

  it('refuses a query nested too deep, before running it', async () => {
    const deep = `{ districts { units { district { units { district { units { district { units { district { units { district { units { id } } } } } } } } } } } } }`;
    const result = await api.gql(deep);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toMatch(/levels deep/);
  });

  it('refuses a query that would cost too much, naming the cost, as a bad request (HTTP 400)', async () => {
    const wide = `query($d: ID!) { projects(districtId: $d, first: 100) { edges { node {
      district { projects(first: 100) { edges { node { id code history { type } } } } } } } } }`;
    const logged = jest.spyOn(Logger.prototype, 'error');
    const { status, text } = await post(api, JSON.stringify({ query: wide, variables: { d: districtId } }));
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
    expect(status).toBe(400);
    const result = JSON.parse(text);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toMatch(/would cost \d+/);
  });

  it('prices a query anew for each @include condition its variables choose', async () => {
    const query = `query($d: ID!, $big: Boolean!) { projects(districtId: $d, first: 100) { edges { node {
      id district @include(if: $big) { projects(first: 100) { edges { node { id code history { type } } } } } } } } }`;
    expect((await api.gql(query, { d: districtId, big: false })).errors).toBeUndefined();
    const big = await post(api, JSON.stringify({ query, variables: { d: districtId, big: true } }));
    expect(big.status).toBe(400);
    expect(JSON.parse(big.text).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('checks page sizes before pricing a query: a negative page cannot lower the cost', async () => {
    const query = `query($d: ID!, $n: Int!) { projects(districtId: $d, first: 100) { edges { node {
      district { projects(first: 100) { edges { node { id code history { type } } } }
                 small: projects(first: $n) { totalCount } } } } } }`;
    for (const n of [-1_000_000, 0, 101]) {
      const { status, text } = await post(api, JSON.stringify({ query, variables: { d: districtId, n } }));
      expect(status).toBe(400);
      expect(JSON.parse(text).errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    }
  });

  it('prices a query by the page sizes its variables ask for, every time it is sent', async () => {
    const paged = `query($d: ID!, $n: Int!) { projects(districtId: $d, first: $n) { edges { node {
      district { projects(first: $n) { edges { node { id code history { type } } } } } } } } }`;
    const invalid = await api.gql(paged, { n: 100 });
    expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.gql(paged, { d: districtId, n: 2 })).errors).toBeUndefined();
    const wide = await api.gql(paged, { d: districtId, n: 100 });
    expect(wide.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await api.gql(paged, { d: districtId, n: 2 })).errors).toBeUndefined();
  });

  it('opens introspection to admins and analysts only', async () => {
    const introspect = `{ __schema { queryType { name } } }`;
    expect((await api.gql(introspect)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const analyst = await api.signedInAs({
      username: 'an-1',
      displayName: '分析员',
      role: 'ANALYST',
      districtIds: [districtId],
    });
    expect((await analyst.gql(introspect)).errors).toBeUndefined();
    const { createUnit } = await api.ok(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
      i: { districtId, code: 'U1', name: '某局', kind: 'DEPARTMENT' },
    });
    const reporter = await api.signedInAs({
      username: 'rp-1',
      displayName: '填报员',
      role: 'UNIT_REPORTER',
      districtIds: [districtId],
      unitId: createUnit.id,
    });
    expect((await reporter.gql(introspect)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.anonymous.gql(introspect)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an oversized request body without parsing it', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
      body: JSON.stringify({ query: `{ districts { id } }`, variables: { padding: 'x'.repeat(200_000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.text()).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('sends security headers and allows only configured origins', async () => {
    const allowed = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://tuijin.example.gov.cn', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://tuijin.example.gov.cn');
    const foreign = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const page = await fetch(`${api.url}/graphiql`);
    await page.text();
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    // served over plain HTTP on a district's own network, the app must keep working
    expect(page.headers.get('content-security-policy')).not.toMatch(/upgrade-insecure-requests/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses a subscription with a clear code, not an internal error', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error');
    const { status, text } = await post(api, JSON.stringify({ query: 'subscription { districts { id } }' }));
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
    expect(status).toBe(400);
    expect(JSON.parse(text).errors[0]).toMatchObject({
      extensions: { code: 'BAD_REQUEST' },
      message: expect.stringMatching(/Subscriptions are not offered/),
    });
  });

  it("answers a body that is not JSON in GraphQL's shape, without repeating the request", async () => {
    for (const body of ['{"query": "{ districts { id } ', '{"query": "SECRET-PAYLOAD-7f3a"']) {
      const { status, text } = await post(api, body);
      expect(status).toBe(400);
      expect(JSON.parse(text)).toEqual({
        errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
      });
    }
  });

  it('serves only its own GraphiQL files: any other name, __proto__ included, is not found', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error');
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'nothing.js']) {
      const response = await fetch(`${api.url}/graphiql/${name}`);
      await response.arrayBuffer();
      expect([name, response.status]).toEqual([name, 404]);
    }
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it('accepts only real calendar instants as DateTime', async () => {
    const query = `query($d: ID!, $at: DateTime) { dashboard(districtId: $d, period: "2025-06", knownAt: $at) { lights { red } } }`;
    for (const at of [
      '2025-02-30T00:00:00Z',
      '2025-06-01T24:00:00Z',
      '2025-06-01T08:60:00Z',
      '2025-06-01T08:00:00+15:00',
    ]) {
      const result = await api.gql(query, { d: districtId, at });
      expect([at, result.errors?.[0].extensions?.code]).toEqual([at, 'BAD_USER_INPUT']);
    }
    for (const at of ['2024-02-29T23:59:59.999Z', '2025-06-01T08:00:00+08:00']) {
      expect([at, (await api.gql(query, { d: districtId, at })).errors]).toEqual([at, undefined]);
    }
  });

  it('accepts only cursors in the shape this API makes, for the order asked', async () => {
    for (const code of ['C1', 'C2', 'C3']) {
      await api.ok(`mutation($i: RegisterProjectInput!) { registerProject(input: $i) { id } }`, {
        i: {
          districtId,
          code,
          name: '项目',
          category: 'SOCIAL',
          leadUnitId: await unitOf(api, districtId),
          totalInvestment: 5,
        },
      });
    }
    const page = `query($d: ID!, $after: String, $order: ProjectOrder) {
      projects(districtId: $d, first: 1, after: $after, orderBy: $order) { edges { node { code } } pageInfo { endCursor } } }`;
    const first = (await api.ok(page, { d: districtId })).projects;
    const next = (await api.ok(page, { d: districtId, after: first.pageInfo.endCursor })).projects;
    expect(next.edges[0].node.code).not.toBe(first.edges[0].node.code);
    const made = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const foreign = [
      made({ value: 'C1', id: 'x' }),
      made(['C1', { $gt: '' }]),
      made(['C1', 'x', 'extra']),
      made([['C1'], 'x']),
      `${first.pageInfo.endCursor}=`,
      Buffer.from(JSON.stringify(['C1', 'x'])).toString('base64'),
    ];
    for (const after of foreign) {
      const result = await api.gql(page, { d: districtId, after });
      expect([after, result.errors?.[0].extensions]).toEqual([after, { code: 'BAD_USER_INPUT', field: 'after' }]);
    }
    // a cursor of the code order holds text; the investment order sorts on numbers
    const byInvestment = await api.gql(page, {
      d: districtId,
      after: first.pageInfo.endCursor,
      order: { field: 'TOTAL_INVESTMENT' },
    });
    expect(byInvestment.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('never shows a stack trace or internal message, even for malformed requests', async () => {
    const malformed = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ districts { id } ',
    });
    const text = await malformed.text();
    expect(malformed.status).toBe(400);
    expect(text).not.toMatch(/at .*\.(ts|js):\d+|node_modules/);
    const syntax = await api.gql(`{ districts { id `);
    expect(syntax.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(syntax)).not.toMatch(/stacktrace|node_modules/);
  });
});

async function unitOf(api: TestPlatform, districtId: string): Promise<string> {
  const { units } = await api.ok(`query($d: ID!) { units(districtId: $d) { id } }`, { d: districtId });
  if (units.length > 0) return units[0].id;
  const { createUnit } = await api.ok(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
    i: { districtId, code: 'HU', name: '某局', kind: 'DEPARTMENT' },
  });
  return createUnit.id;
}
