import { TestPlatform, type GraphqlClient } from './testing/test-platform';

const PROBLEMS = `query($d: ID!, $filter: ProblemFilter, $first: Int, $after: String) {
  problems(districtId: $d, filter: $filter, first: $first, after: $after) {
    totalCount edges { node { description status dueOn project { code } ownerUnit { code } } }
    pageInfo { hasNextPage endCursor }
  } }`;

interface Page {
  problems: {
    totalCount: number;
    edges: { node: { description: string; status: string; dueOn: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const descriptions = (page: Page) => page.problems.edges.map((edge) => edge.node.description);

describe('the problem ledger query (问题台账)', () => {
  let api: TestPlatform;
  let districtId: string;
  let otherDistrictId: string;
  let fgw: string;
  let zjw: string;
  let p1: string;
  let p2: string;

  const run = async (mutation: string, input: Record<string, unknown>) => {
    const type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
    return (await api.ok(`mutation($i: ${type}!) { ${mutation}(input: $i) { id } }`, { i: input }))[mutation]
      .id as string;
  };
  const list = (client: GraphqlClient, variables: Record<string, unknown> = {}) =>
    client.ok<Page>(PROBLEMS, { d: districtId, ...variables });

  beforeAll(async () => {
    api = await TestPlatform.start();
    districtId = await run('createDistrict', { code: '500151', name: '铜梁区' });
    otherDistrictId = await run('createDistrict', { code: '511725', name: '渠县' });
    fgw = await run('createUnit', { districtId, code: 'FGW', name: '区发展改革委', kind: 'DEPARTMENT' });
    zjw = await run('createUnit', { districtId, code: 'ZJW', name: '区住建委', kind: 'DEPARTMENT' });
    const project = (code: string, leadUnitId: string) =>
      run('registerProject', {
        districtId,
        code,
        name: `项目${code}`,
        category: 'INDUSTRIAL',
        leadUnitId,
        totalInvestment: 1000,
        stage: 'UNDER_CONSTRUCTION',
        occurredOn: '2025-01-10',
      });
    p1 = await project('TL-001', fgw);
    p2 = await project('TL-002', zjw);
    const raise = (projectId: string, category: string, description: string, dueOn: string, ownerUnitId?: string) =>
      run('raiseProblem', { projectId, category, description, raisedOn: '2025-06-01', dueOn, ownerUnitId });
    await raise(p1, 'LAND', '用地指标未落实', '2025-12-20');
    const financing = await raise(p1, 'FINANCING', '贷款审批慢', '2025-11-01');
    await raise(p2, 'APPROVAL', '施工许可待批', '2025-10-15', fgw);
    await run('resolveProblem', { problemId: financing, resolvedOn: '2025-10-20', resolution: '银行已放款' });
    const elsewhere = await run('createUnit', {
      districtId: otherDistrictId,
      code: 'FGJ',
      name: '县发改局',
      kind: 'DEPARTMENT',
    });
    const otherProject = await run('registerProject', {
      districtId: otherDistrictId,
      code: 'QX-001',
      name: '渠县项目',
      category: 'SOCIAL',
      leadUnitId: elsewhere,
      totalInvestment: 500,
      stage: 'UNDER_CONSTRUCTION',
      occurredOn: '2025-01-10',
    });
    await raise(otherProject, 'LABOUR', '渠县的问题', '2025-09-01');
  }, 60_000);

  afterAll(() => api.stop());

  it('lists a district’s problems most urgent first, a page at a time, and no other district’s', async () => {
    const first = await list(api, { first: 2 });
    expect(first.problems.totalCount).toBe(3);
    expect(first.problems.edges.map((e) => e.node.dueOn)).toEqual(['2025-10-15', '2025-11-01']);
    expect(first.problems.pageInfo.hasNextPage).toBe(true);
    const second = await list(api, { first: 2, after: first.problems.pageInfo.endCursor });
    expect(descriptions(second)).toEqual(['用地指标未落实']);
    expect(second.problems.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by status, category, owner unit, project and words of the description', async () => {
    expect(descriptions(await list(api, { filter: { status: ['RESOLVED'] } }))).toEqual(['贷款审批慢']);
    expect(descriptions(await list(api, { filter: { status: ['OPEN', 'ASSIGNED', 'ESCALATED'] } }))).toEqual([
      '施工许可待批',
      '用地指标未落实',
    ]);
    expect(descriptions(await list(api, { filter: { category: ['LAND'] } }))).toEqual(['用地指标未落实']);
    expect(descriptions(await list(api, { filter: { ownerUnitId: zjw } }))).toEqual([]);
    expect(descriptions(await list(api, { filter: { ownerUnitId: fgw, projectId: p2 } }))).toEqual(['施工许可待批']);
    expect(descriptions(await list(api, { filter: { text: '贷款', status: null } }))).toEqual(['贷款审批慢']);
  });

  it('shows a unit reporter the problems of the projects their unit leads, a leader those of their projects', async () => {
    const reporter = await api.signedInAs({
      username: 'zjw-reporter',
      displayName: '住建委填报员',
      role: 'UNIT_REPORTER',
      districtIds: [districtId],
      unitId: zjw,
    });
    expect(descriptions(await list(reporter))).toEqual(['施工许可待批']);
    expect(descriptions(await list(reporter, { filter: { projectId: p1 } }))).toEqual([]);

    const leader = await api.signedInAs({
      username: 'tl-leader',
      displayName: '王副区长',
      role: 'LEADER',
      districtIds: [districtId],
    });
    expect((await list(leader)).problems.totalCount).toBe(0);
    const { me } = await leader.ok<{ me: { id: string } }>('{ me { id } }');
    await run('assignLeader', { projectId: p1, leader: { name: '王副区长', userId: me.id } });
    expect(descriptions(await list(leader))).toEqual(['贷款审批慢', '用地指标未落实']);
  });

  it('refuses a 包保领导 whose account is of another district: they could not see the project they answer for', async () => {
    const stranger = await api.signedInAs({
      username: 'qx-leader',
      displayName: '渠县副县长',
      role: 'LEADER',
      districtIds: [otherDistrictId],
    });
    const { me } = await stranger.ok<{ me: { id: string } }>('{ me { id } }');
    const before = await api.runtime.store.lastPosition();
    const refused = await api.gql(
      `mutation($i: AssignLeaderInput!) { assignLeader(input: $i) { id leader { name } } }`,
      { i: { projectId: p1, leader: { name: '渠县副县长', userId: me.id } } },
    );
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'leader.userId' },
      message: `leader.userId "${me.id}" is not a user account of this district`,
    });
    expect(await api.runtime.store.lastPosition()).toBe(before);
  });

  it('answers another district’s admin as if the district did not exist, and a bad page or an unknown district with a clear error', async () => {
    const outsider = await api.signedInAs({
      username: 'qx-admin',
      displayName: '渠县管理员',
      role: 'DISTRICT_ADMIN',
      districtIds: [otherDistrictId],
    });
    const crossing = await outsider.gql(PROBLEMS, { d: districtId });
    expect(crossing.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: `District "${districtId}" does not exist`,
    });
    expect(crossing.data).toBeNull();

    const tooMany = await api.gql(PROBLEMS, { d: districtId, first: 500 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badCursor = await api.gql(PROBLEMS, { d: districtId, after: 'not-a-cursor' });
    expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const unknown = await api.gql(PROBLEMS, { d: 'no-such-district' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
