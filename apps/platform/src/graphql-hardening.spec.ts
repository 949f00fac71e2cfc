import { TestPlatform } from './testing/test-platform';

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

  it('refuses a query that would cost too much, naming the cost', async () => {
    const wide = `query($d: ID!) { projects(districtId: $d, first: 100) { edges { node {
      district { projects(first: 100) { edges { node { id code history { type } } } } } } } } }`;
    const result = await api.gql(wide, { d: districtId });
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toMatch(/would cost \d+/);
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
