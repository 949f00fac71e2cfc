import { GraphqlClient, TestPlatform } from './testing/test-platform';

/** Sends a request with an `Idempotency-Key`, answering the HTTP status beside the GraphQL body. */
async function withKey(client: GraphqlClient, key: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${client.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}`, 'idempotency-key': key },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

const REGISTER = `mutation($i: RegisterProjectInput!) { registerProject(input: $i) { id code name } }`;
const RAISE = `mutation($i: RaiseProblemInput!) { raiseProblem(input: $i) { id description } }`;
const CREATE_USER = `mutation($i: CreateUserInput!) { createUser(input: $i) { id username } }`;
const REPORT = `mutation($i: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $i) { id monthlyReports { month investment } } }`;

describe('Idempotency-Key: a retried mutation is applied once and answered as the first time', () => {
  let api: TestPlatform;
  let districtId: string;
  let unitId: string;
  let projectId: string;
  let otherProjectId: string;
  let reporter: GraphqlClient;

  const project = (code: string, unit = unitId) => ({
    districtId,
    code,
    name: `项目${code}`,
    category: 'SOCIAL',
    leadUnitId: unit,
    totalInvestment: 100,
    stage: 'UNDER_CONSTRUCTION',
    occurredOn: '2025-01-10',
  });
  const report = (id: string, investment: number) => ({
    projectId: id,
    month: '2025-03',
    investment,
    progressPercent: 10,
  });
  const eventsNow = () => api.runtime.store.lastPosition();

  beforeAll(async () => {
    api = await TestPlatform.start();
    districtId = (await api.ok(`mutation { createDistrict(input: { code: "I1", name: "某区" }) { id } }`))
      .createDistrict.id;
    unitId = (
      await api.ok(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
        i: { districtId, code: 'FGW', name: '发改委', kind: 'DEPARTMENT' },
      })
    ).createUnit.id;
    projectId = (await api.ok(REGISTER, { i: project('I-1') })).registerProject.id;
    otherProjectId = (await api.ok(REGISTER, { i: project('I-2') })).registerProject.id;
    reporter = await api.signedInAs({
      username: 'idem-reporter',
      displayName: '填报员',
      role: 'UNIT_REPORTER',
      districtIds: [districtId],
      unitId,
    });
  }, 60_000);
  afterAll(() => api.stop());

  it("keeps each user's keys apart: a key another user sent before does not swallow this user's write", async () => {
    const admin = await withKey(api, 'shared-key-1', REPORT, { i: report(projectId, 10) });
    expect(admin.body.errors).toBeUndefined();
    const before = await eventsNow();
    const mine = await withKey(reporter, 'shared-key-1', REPORT, { i: report(otherProjectId, 20) });
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data.submitMonthlyReport).toMatchObject({
      id: otherProjectId,
      monthlyReports: [{ month: '2025-03', investment: 20 }],
    });
    expect(await eventsNow()).toBe(before + 1);
  });

  it('refuses a key sent again with a different request, and writes nothing', async () => {
    await withKey(reporter, 'report-try-1', REPORT, { i: report(projectId, 30) });
    const before = await eventsNow();
    const other = await withKey(reporter, 'report-try-1', REPORT, { i: report(projectId, 31) });
    expect(other.body.errors?.[0]).toMatchObject({
      extensions: { code: 'IDEMPOTENCY_KEY_REUSED' },
      message: expect.stringMatching(/different request/),
    });
    expect(other.body.data).toBeNull();
    expect(await eventsNow()).toBe(before);
    const stored = await api.ok(`query($id: ID!) { project(id: $id) { monthlyReports { investment } } }`, {
      id: projectId,
    });
    expect(stored.project.monthlyReports).toEqual([{ investment: 30 }]);
  });

  it('refuses an unusable key with a clear error, before anything is written', async () => {
    const before = await eventsNow();
    for (const key of ['k'.repeat(201), 'with space', 'clé']) {
      const refused = await withKey(reporter, key, REPORT, { i: report(projectId, 40) });
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'Idempotency-Key' },
        message: expect.stringMatching(/1 to 200/),
      });
    }
    expect(await eventsNow()).toBe(before);
    expect(
      (await withKey(reporter, 'k'.repeat(200), REPORT, { i: report(projectId, 41) })).body.errors,
    ).toBeUndefined();
  });

  it('answers a retried registerProject, createUser and raiseProblem with what they created, not CONFLICT', async () => {
    const userInput = {
      i: {
        username: 'idem-new',
        displayName: '新人',
        password: 'Password-2025',
        role: 'ANALYST',
        districtIds: [districtId],
      },
    };
    const problemInput = {
      i: { projectId, category: 'LAND', description: '用地', raisedOn: '2025-02-01', dueOn: '2025-12-31' },
    };
    const registered = await withKey(reporter, 'register-1', REGISTER, { i: project('I-3') });
    const user = await withKey(api, 'user-1', CREATE_USER, userInput);
    const raised = await withKey(reporter, 'raise-1', RAISE, problemInput);
    // someone else raises another problem on the project before the retry comes back
    await api.ok(RAISE, {
      i: { projectId, category: 'LABOUR', description: '用工', raisedOn: '2025-02-02', dueOn: '2025-12-31' },
    });
    const before = await eventsNow();
    const retries = [
      await withKey(reporter, 'register-1', REGISTER, { i: project('I-3') }),
      await withKey(api, 'user-1', CREATE_USER, userInput),
      await withKey(reporter, 'raise-1', RAISE, problemInput),
    ];
    expect(retries.map((r) => r.body)).toEqual([registered.body, user.body, raised.body]);
    expect(raised.body.data.raiseProblem).toMatchObject({ id: `${projectId}:1`, description: '用地' });
    expect(await eventsNow()).toBe(before);
  });

  it('applies identical requests sent at once with one key exactly once', async () => {
    const before = await eventsNow();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => withKey(reporter, 'burst-1', REGISTER, { i: project('I-4') })),
    );
    expect(answers.map((a) => a.body.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(new Set(answers.map((a) => a.body.data.registerProject.id)).size).toBe(1);
    expect(await eventsNow()).toBe(before + 1);
  });
});
