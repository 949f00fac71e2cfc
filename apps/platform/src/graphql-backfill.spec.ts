import { userIdFor } from '@tuijin/application';
import { backfillDistrict } from './testing/backfill';
import { TestPlatform } from './testing/test-platform';

const PROJECT_FIELDS = `
  id code name category stage stageSince registeredOn totalInvestment completedInvestment
  district { code } leadUnit { code name }
  leader { name phone } serviceSecretary { name }
  annualPlans { year plannedInvestment plannedStartMonth plannedCompletionMonth milestones }
  monthlyReports { month investment progressPercent submittedOn firstSubmittedOn dueOn late corrections }
  problems { id category status raisedOn dueOn resolvedOn resolution ownerUnit { code } }
  openProblemCount
  history { version type occurredOn recordedAt actor { userId role } data }
`;

describe('back-filling a district year through GraphQL', () => {
  let api: TestPlatform;
  beforeEach(async () => {
    api = await TestPlatform.start();
  });
  afterEach(() => api.stop());

  it('reads back every fact, with corrections replacing values and the full history', async () => {
    const { project, problem } = await backfillDistrict(api);
    const { project: read } = await api.ok(`query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`, {
      id: project.id,
    });

    expect(read).toMatchObject({
      code: 'TL-2025-001',
      stage: 'UNDER_CONSTRUCTION',
      stageSince: '2025-03-18',
      registeredOn: '2025-01-10',
      completedInvestment: 5700,
      district: { code: '500151' },
      leadUnit: { code: 'FGW', name: '区发展改革委' },
      leader: { name: '王副区长', phone: '023-45678901' },
      annualPlans: [{ year: 2025, plannedInvestment: 36000, plannedStartMonth: '2025-03', milestones: ['主体封顶'] }],
      openProblemCount: 0,
    });
    expect(read.monthlyReports).toEqual([
      {
        month: '2025-03',
        investment: 3200,
        progressPercent: 5,
        submittedOn: '2025-04-20',
        firstSubmittedOn: '2025-04-03',
        dueOn: '2025-04-05',
        late: false,
        corrections: 1,
      },
      {
        month: '2025-04',
        investment: 2500,
        progressPercent: 9,
        submittedOn: '2025-05-12',
        firstSubmittedOn: '2025-05-12',
        dueOn: '2025-05-05',
        late: true,
        corrections: 0,
      },
    ]);
    expect(read.problems).toEqual([
      {
        id: problem.id,
        category: 'LAND',
        status: 'RESOLVED',
        raisedOn: '2025-04-01',
        dueOn: '2025-05-31',
        resolvedOn: '2025-05-20',
        resolution: '区规划和自然资源局已调剂用地指标',
        ownerUnit: { code: 'FGW' },
      },
    ]);
    expect(read.history.map((h: { type: string }) => h.type)).toEqual([
      'ProjectRegistered',
      'AnnualPlanSet',
      'LeaderAssigned',
      'StageChanged',
      'MonthlyReportSubmitted',
      'MonthlyReportSubmitted',
      'MonthlyReportCorrected',
      'ProblemRaised',
      'ProblemResolved',
    ]);
    expect(read.history[6]).toMatchObject({
      version: 7,
      occurredOn: '2025-04-20',
      actor: { userId: userIdFor('admin'), role: 'CITY_ADMIN' },
      data: { month: '2025-03', investment: 3200, previousInvestment: 3000 },
    });
    expect(read.history[0].recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('keeps every fact across a restart of the platform', async () => {
    const { project } = await backfillDistrict(api);
    const query = `query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } districts { code name units { code } } }`;
    const before = await api.ok(query, { id: project.id });
    await api.stop();
    api = await TestPlatform.start(api.dataDir);
    expect(await api.ok(query, { id: project.id })).toEqual(before);
  });

  it('pages, filters and sorts a district project list as a Relay connection', async () => {
    const { district, fgw, bachuan } = await backfillDistrict(api);
    for (let i = 2; i <= 6; i++) {
      await api.ok(`mutation($input: RegisterProjectInput!) { registerProject(input: $input) { id } }`, {
        input: {
          districtId: district.id,
          code: `TL-2025-00${i}`,
          name: i % 2 ? `东城街道污水管网${i}期` : `巴川街道学校${i}`,
          category: i % 2 ? 'INFRASTRUCTURE' : 'SOCIAL',
          leadUnitId: i % 2 ? fgw.id : bachuan.id,
          totalInvestment: 1000 * i,
        },
      });
    }
    const page = `query($d: ID!, $f: ProjectFilter, $after: String, $order: ProjectOrder) {
      projects(districtId: $d, filter: $f, first: 2, after: $after, orderBy: $order) {
        totalCount edges { cursor node { code totalInvestment } } pageInfo { hasNextPage endCursor } } }`;
    const order = { field: 'TOTAL_INVESTMENT', direction: 'DESC' };
    const first = (await api.ok(page, { d: district.id, order })).projects;
    expect(first.totalCount).toBe(6);
    expect(first.edges.map((e: any) => e.node.code)).toEqual(['TL-2025-001', 'TL-2025-006']);
    const codes: string[] = first.edges.map((e: any) => e.node.code);
    let cursor = first.pageInfo.endCursor;
    while (cursor) {
      const next = (await api.ok(page, { d: district.id, order, after: cursor })).projects;
      codes.push(...next.edges.map((e: any) => e.node.code));
      cursor = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    expect(codes).toEqual(['TL-2025-001', 'TL-2025-006', 'TL-2025-005', 'TL-2025-004', 'TL-2025-003', 'TL-2025-002']);

    const filtered = (
      await api.ok(page, { d: district.id, f: { category: ['SOCIAL'], leadUnitId: bachuan.id, text: '学校' } })
    ).projects;
    expect(filtered.totalCount).toBe(3);
    expect(filtered.edges.map((e: any) => e.node.code)).toEqual(['TL-2025-002', 'TL-2025-004']);
    const byStage = (await api.ok(page, { d: district.id, f: { stage: ['UNDER_CONSTRUCTION'] } })).projects;
    expect(byStage.edges.map((e: any) => e.node.code)).toEqual(['TL-2025-001']);
  });

  it('applies a retried mutation with the same Idempotency-Key only once', async () => {
    const { project } = await backfillDistrict(api);
    const mutation = `mutation($input: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $input) { monthlyReports { month corrections } } }`;
    const input = {
      projectId: project.id,
      month: '2025-05',
      investment: 4000,
      progressPercent: 14,
      submittedOn: '2025-06-04',
    };
    const headers = { 'idempotency-key': 'report-2025-05-try' };
    await api.gql(mutation, { input }, headers);
    const retry = await api.gql(mutation, { input }, headers);
    expect(retry.errors).toBeUndefined();
    const history = (await api.ok(`query($id: ID!) { project(id: $id) { history { type } } }`, { id: project.id }))
      .project.history;
    expect(history.filter((h: { type: string }) => h.type.startsWith('MonthlyReport'))).toHaveLength(4);
  });

  it('says whether a project still accepts changes: a cancelled one accepts none and refuses them', async () => {
    const { project } = await backfillDistrict(api);
    const accepts = async () =>
      (await api.ok(`query($id: ID!) { project(id: $id) { acceptsChanges } }`, { id: project.id })).project
        .acceptsChanges;
    expect(await accepts()).toBe(true);
    await api.ok(`mutation($input: ChangeStageInput!) { changeStage(input: $input) { stage } }`, {
      input: { projectId: project.id, stage: 'CANCELLED', occurredOn: '2025-06-01', reason: '企业撤资' },
    });
    expect(await accepts()).toBe(false);
    const refused = await api.gql(`mutation($input: AssignLeaderInput!) { assignLeader(input: $input) { id } }`, {
      input: { projectId: project.id, leader: { name: '李副区长' } },
    });
    expect(refused.errors?.[0].extensions?.['code']).toBe('CONFLICT');
  });

  it('offers the stages a project may move to, asking a reason where changeStage will, a resume judged against the stage before the suspension', async () => {
    const { project } = await backfillDistrict(api);
    const choices = async () =>
      new Map<string, boolean>(
        (
          await api.ok(`query($id: ID!) { project(id: $id) { stageChoices { stage needsReason } } }`, {
            id: project.id,
          })
        ).project.stageChoices.map((c: { stage: string; needsReason: boolean }) => [c.stage, c.needsReason]),
      );
    const change = (stage: string, occurredOn: string, reason?: string) =>
      api.gql(`mutation($input: ChangeStageInput!) { changeStage(input: $input) { stage } }`, {
        input: { projectId: project.id, stage, occurredOn, reason },
      });
    const { stage } = (await api.ok(`query($id: ID!) { project(id: $id) { stage } }`, { id: project.id })).project;
    expect(stage).toBe('UNDER_CONSTRUCTION');
    expect([...(await choices())]).toEqual([
      ['RESERVE', true],
      ['PREPARATION', true],
      ['SIGNED', true],
      ['COMPLETED', false],
      ['OPERATING', false],
      ['SUSPENDED', true],
      ['CANCELLED', true],
    ]);
    expect((await change('SUSPENDED', '2025-08-01', '资金未到位')).errors).toBeUndefined();
    const suspended = await choices();
    expect([suspended.get('UNDER_CONSTRUCTION'), suspended.get('SIGNED'), suspended.get('SUSPENDED')]).toEqual([
      false,
      true,
      undefined,
    ]);
    // what the choices say is what changeStage does: a move back without a reason is refused
    expect((await change('SIGNED', '2025-09-01')).errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await change('UNDER_CONSTRUCTION', '2025-09-01')).errors).toBeUndefined();
    expect((await change('CANCELLED', '2025-10-01', '企业撤资')).errors).toBeUndefined();
    expect(await choices()).toEqual(new Map());
  });

  it('serves a GraphiQL page whose scripts come from this server', async () => {
    const page = await fetch(`${api.url}/graphiql`);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const scripts = [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.every((src) => src.startsWith('/graphiql/'))).toBe(true);
    for (const src of scripts) {
      const asset = await fetch(`${api.url}${src}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(200);
    }
    const browser = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    await browser.arrayBuffer();
    expect(browser.headers.get('location')).toBe('/graphiql');
  });
});
