import { TestPlatform, TEST_ADMIN_PASSWORD, GraphqlClient } from './testing/test-platform';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username role } } }`;
const ME = `{ me { username role districtIds } }`;

describe('signing in and out', () => {
  let api: TestPlatform;
  // a platform per test, each with its own admin's password hashed: slow on a busy machine
  beforeEach(async () => {
    api = await TestPlatform.start();
  }, 30_000);
  afterEach(() => api.stop());

  it('signs in with the right password and answers one generic error otherwise', async () => {
    const ok = await api.anonymous.ok(LOGIN, { u: 'admin', p: TEST_ADMIN_PASSWORD });
    expect(ok.login.user).toEqual({ username: 'admin', role: 'CITY_ADMIN' });
    expect(Date.parse(ok.login.expiresAt)).toBeGreaterThan(Date.now());
    const wrong = await api.anonymous.gql(LOGIN, { u: 'admin', p: 'not-it-1234' });
    const unknown = await api.anonymous.gql(LOGIN, { u: 'nobody', p: 'not-it-1234' });
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Wrong username or password',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
  });

  it('locks a username after five failures, even for the right password, without telling whether it exists', async () => {
    for (let i = 0; i < 5; i++) await api.anonymous.gql(LOGIN, { u: 'admin', p: `guess-${i}-12345` });
    const locked = await api.anonymous.gql(LOGIN, { u: 'admin', p: TEST_ADMIN_PASSWORD });
    expect(locked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(locked.errors?.[0].message).toMatch(/try again after/);
    for (let i = 0; i < 5; i++) await api.anonymous.gql(LOGIN, { u: 'ghost', p: `guess-${i}-12345` });
    expect((await api.anonymous.gql(LOGIN, { u: 'ghost', p: 'x-123456789' })).errors?.[0].extensions?.code).toBe(
      'RATE_LIMITED',
    );
  });

  it('checks at most five guesses sent at once for one username: the rest are refused unchecked', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => api.anonymous.gql(LOGIN, { u: 'admin', p: `parallel-${i}-12345` })),
    );
    const codes = answers.map((answer) => answer.errors?.[0].extensions?.code);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(35);
    const right = await api.anonymous.gql(LOGIN, { u: 'admin', p: TEST_ADMIN_PASSWORD });
    expect(right.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('refuses a request that signs in more than once, opening no session', async () => {
    const before = await api.runtime.store.lastPosition();
    const aliases = Array.from(
      { length: 20 },
      (_, i) => `l${i}: login(username: "admin", password: "${TEST_ADMIN_PASSWORD}") { token }`,
    );
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { ${aliases.join(' ')} }` }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: unknown }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]).toMatchObject({
      extensions: { code: 'BAD_REQUEST' },
      message: expect.stringMatching(/sign in once.*20 times/),
    });
    const viaFragment = await api.anonymous.gql(
      `mutation { ...In one: login(username: "admin", password: "x-123456789") { token } }
       fragment In on Mutation { login(username: "admin", password: "${TEST_ADMIN_PASSWORD}") { token } }`,
    );
    expect(viaFragment.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(await api.runtime.store.lastPosition()).toBe(before);
  });

  it('ends a session on logout: its token stops working at once, other sessions go on', async () => {
    const first = await api.login('admin', TEST_ADMIN_PASSWORD);
    const second = await api.login('admin', TEST_ADMIN_PASSWORD);
    expect((await first.ok(`mutation { logout }`)).logout).toBe(true);
    expect((await first.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await second.ok(ME)).me.username).toBe('admin');
  });

  it('refreshes a token for the same session', async () => {
    const client = await api.login('admin', TEST_ADMIN_PASSWORD);
    const { refreshToken } = await client.ok(`mutation { refreshToken { token expiresAt } }`);
    const refreshed = new GraphqlClient(api.url, refreshToken.token);
    expect((await refreshed.ok(ME)).me.username).toBe('admin');
    await refreshed.ok(`mutation { logout }`);
    expect((await client.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends every session when the password changes, and signs in with the new one', async () => {
    const other = await api.login('admin', TEST_ADMIN_PASSWORD);
    const changed = await api.gql(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) { username } }`, {
      i: { currentPassword: TEST_ADMIN_PASSWORD, newPassword: 'Brand-new-2026' },
    });
    expect(changed.errors).toBeUndefined();
    expect((await other.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.anonymous.gql(LOGIN, { u: 'admin', p: TEST_ADMIN_PASSWORD })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await api.anonymous.ok(LOGIN, { u: 'admin', p: 'Brand-new-2026' })).login.user.username).toBe('admin');
  });

  it('refuses a wrong current password, a weak new one, a forged or garbled token', async () => {
    const wrong = await api.gql(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) { username } }`, {
      i: { currentPassword: 'not-it-12345', newPassword: 'Brand-new-2026' },
    });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const weak = await api.gql(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) { username } }`, {
      i: { currentPassword: TEST_ADMIN_PASSWORD, newPassword: 'short' },
    });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const [header, payload] = api.token!.split('.');
    const forged = new GraphqlClient(api.url, `${header}.${payload}.c2lnbmF0dXJl`);
    expect((await forged.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const garbled = await api.anonymous.gql(ME, {}, { authorization: 'Basic YWRtaW46YWRtaW4=' });
    expect(garbled.errors?.[0].message).toMatch(/Bearer/);
  });

  it('stops a deactivated user at once', async () => {
    const analyst = await api
      .signedInAs({ username: 'leaving', displayName: '调离人员', role: 'ANALYST', districtIds: [] })
      .catch((error: Error) => error);
    expect(analyst).toBeInstanceOf(Error); // an analyst needs a district
    const { createDistrict } = await api.ok(`mutation { createDistrict(input: { code: "D1", name: "某区" }) { id } }`);
    const user = await api.signedInAs({
      username: 'leaving',
      displayName: '调离人员',
      role: 'ANALYST',
      districtIds: [createDistrict.id],
    });
    const { me } = await user.ok(`{ me { id } }`);
    await api.ok(`mutation($i: DeactivateUserInput!) { deactivateUser(input: $i) { active } }`, {
      i: { userId: me.id, reason: '调离' },
    });
    expect((await user.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('records who did what: logins and every change carry the user and role', async () => {
    const { createDistrict } = await api.ok(`mutation { createDistrict(input: { code: "D2", name: "某区" }) { id } }`);
    const events = await api.runtime.store.readAll(0, 10_000);
    const created = events.find((e) => e.type === 'DistrictCreated');
    expect(created?.actor).toMatchObject({ role: 'CITY_ADMIN' });
    expect(events.some((e) => e.type === 'SessionStarted' && e.actor.role === 'CITY_ADMIN')).toBe(true);
    expect(createDistrict.id).toBeTruthy();
  });
});
