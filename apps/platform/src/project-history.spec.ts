import { userIdFor } from '@tuijin/application';
import { backfillDistrict } from './testing/backfill';
import { TestPlatform } from './testing/test-platform';

const HISTORY = `query($id: ID!, $knownAt: DateTime) { project(id: $id) { history(knownAt: $knownAt) {
  type occurredOn recordedAt actor { userId role }
  change {
    __typename
    ... on ProjectRegistered { code name category stage totalInvestment leadUnit { code } }
    ... on ProjectDetailsRevised { changedFields changes { name totalInvestment township } }
    ... on LeadUnitChanged { leadUnit { code } previousLeadUnit { code } reason }
    ... on LeaderAssigned { leader { name phone } }
    ... on ServiceSecretaryAssigned { secretary { name } }
    ... on AnnualPlanSet { year plannedInvestment plannedStartMonth plannedCompletionMonth milestones }
    ... on OpeningBalanceSet { asOfMonth cumulativeInvestment yearToDateInvestment }
    ... on StageChanged { from to move reason }
    ... on MonthlyReportSubmitted { month investment progressPercent note submittedOn backfilled }
    ... on MonthlyReportCorrected { month investment previousInvestment progressPercent note backfilled }
    ... on ProblemRaised { problem { description } problemCategory description dueOn ownerUnit { code } }
    ... on ProblemAssigned { problem { id } ownerUnit { code } note }
    ... on ProblemEscalated { problem { id } level note }
    ... on ProblemResolved { problem { id } resolution }
    ... on ProblemClosed { problem { id } reason }
  }
} } }`;

interface Entry {
  type: string;
  occurredOn: string;
  recordedAt: string;
  actor: { userId: string; role: string };
  change: Record<string, unknown> & { __typename: string };
}

describe("a project's history as typed changes", () => {
  let api: TestPlatform;
  beforeEach(async () => {
    api = await TestPlatform.start();
  });
  afterEach(() => api.stop());

  const history = async (id: string, knownAt?: string) =>
    (await api.ok<{ project: { history: Entry[] } }>(HISTORY, { id, knownAt })).project.history;

  /** The back-filled year, then every other kind of change, recorded a week after it. */
  async function everyKindOfChange() {
    const facts = await api.runtime.recording.recordingAt(new Date('2025-06-01T00:00:00Z'), () =>
      backfillDistrict(api),
    );
    const { project, bachuan, fgw } = facts;
    const run = (mutation: string, input: Record<string, unknown>) =>
      api.ok(
        `mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { id } }`,
        {
          input,
        },
      );
    await api.runtime.recording.recordingAt(new Date('2025-06-08T00:00:00Z'), async () => {
      await run('reviseProject', { projectId: project.id, changes: { totalInvestment: 130000, township: '东城街道' } });
      await run('changeLeadUnit', { projectId: project.id, leadUnitId: bachuan.id, reason: '属地管理' });
      await run('assignServiceSecretary', { projectId: project.id, secretary: { name: '李秘书' } });
      await run('setOpeningBalance', {
        projectId: project.id,
        asOfMonth: '2025-02',
        cumulativeInvestment: 800,
        yearToDateInvestment: 300,
      });
      const { raiseProblem: second } = await api.ok(
        `mutation($input: RaiseProblemInput!) { raiseProblem(input: $input) { id } }`,
        {
          input: {
            projectId: project.id,
            category: 'APPROVAL',
            description: '施工许可待批',
            raisedOn: '2025-06-02',
            dueOn: '2025-06-30',
          },
        },
      );
      await run('assignProblem', { problemId: second.id, ownerUnitId: fgw.id, note: '发改委牵头' });
      await run('escalateProblem', { problemId: second.id, level: 'LEADER', note: '报包保领导' });
      await run('closeProblem', { problemId: second.id, reason: '项目调整，不再需要' });
    });
    return facts;
  }

  it('describes every kind of event with its own typed fields, who recorded it and when', async () => {
    const { project, problem } = await everyKindOfChange();
    const entries = await history(project.id);
    const changes = entries.map((entry) => entry.change);

    expect(entries.map((entry) => entry.type)).toEqual(changes.map((change) => change.__typename));
    expect(changes).toEqual([
      {
        __typename: 'ProjectRegistered',
        code: 'TL-2025-001',
        name: '铜梁高新区智能制造产业园',
        category: 'INDUSTRIAL',
        stage: 'PREPARATION',
        totalInvestment: 120000,
        leadUnit: { code: 'FGW' },
      },
      {
        __typename: 'AnnualPlanSet',
        year: 2025,
        plannedInvestment: 36000,
        plannedStartMonth: '2025-03',
        plannedCompletionMonth: '2026-06',
        milestones: ['主体封顶'],
      },
      { __typename: 'LeaderAssigned', leader: { name: '王副区长', phone: '023-45678901' } },
      { __typename: 'StageChanged', from: 'PREPARATION', to: 'UNDER_CONSTRUCTION', move: 'FORWARD', reason: null },
      {
        __typename: 'MonthlyReportSubmitted',
        month: '2025-03',
        investment: 3000,
        progressPercent: 5,
        note: null,
        submittedOn: '2025-04-03',
        backfilled: true,
      },
      expect.objectContaining({ __typename: 'MonthlyReportSubmitted', month: '2025-04' }),
      {
        __typename: 'MonthlyReportCorrected',
        month: '2025-03',
        investment: 3200,
        previousInvestment: 3000,
        progressPercent: 5,
        note: '更正',
        backfilled: true,
      },
      {
        __typename: 'ProblemRaised',
        problem: { description: '二期用地指标未落实' },
        problemCategory: 'LAND',
        description: '二期用地指标未落实',
        dueOn: '2025-05-31',
        ownerUnit: { code: 'FGW' },
      },
      { __typename: 'ProblemResolved', problem: { id: problem.id }, resolution: '区规划和自然资源局已调剂用地指标' },
      {
        __typename: 'ProjectDetailsRevised',
        changedFields: ['totalInvestment', 'township'],
        changes: { name: null, totalInvestment: 130000, township: '东城街道' },
      },
      {
        __typename: 'LeadUnitChanged',
        leadUnit: { code: 'BC' },
        previousLeadUnit: { code: 'FGW' },
        reason: '属地管理',
      },
      { __typename: 'ServiceSecretaryAssigned', secretary: { name: '李秘书' } },
      { __typename: 'OpeningBalanceSet', asOfMonth: '2025-02', cumulativeInvestment: 800, yearToDateInvestment: 300 },
      expect.objectContaining({ __typename: 'ProblemRaised', problemCategory: 'APPROVAL', ownerUnit: { code: 'BC' } }),
      expect.objectContaining({ __typename: 'ProblemAssigned', ownerUnit: { code: 'FGW' }, note: '发改委牵头' }),
      expect.objectContaining({ __typename: 'ProblemEscalated', level: 'LEADER', note: '报包保领导' }),
      expect.objectContaining({ __typename: 'ProblemClosed', reason: '项目调整，不再需要' }),
    ]);
    expect(entries[6]).toMatchObject({
      occurredOn: '2025-04-20',
      recordedAt: '2025-06-01T00:00:00.000Z',
      actor: { userId: userIdFor('admin'), role: 'CITY_ADMIN' },
    });
  });

  it('shows only what had been recorded by knownAt', async () => {
    const { project } = await everyKindOfChange();
    const known = await history(project.id, '2025-06-05T08:00:00+08:00');
    expect(known.map((entry) => entry.type)).toEqual([
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
    expect(await history(project.id, '2025-05-31T23:59:59Z')).toEqual([]);
    expect(await history(project.id)).toHaveLength(17);
  });

  it("refuses another district's reader, and names no unit of another district", async () => {
    const { project, district, fgw } = await backfillDistrict(api);
    const { createDistrict: other } = await api.ok(
      `mutation { createDistrict(input: { code: "500152", name: "大足区" }) { id } }`,
    );
    const { createUnit: foreign } = await api.ok(
      `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
      { input: { districtId: other.id, code: 'DZ-FGW', name: '大足区发展改革委', kind: 'DEPARTMENT' } },
    );
    // a ledger imported before units were checked against the project's district could name one of another district
    const { version } = (await api.runtime.store.readStream(`project-${project.id}`)).at(-1)!;
    const appended = await api.runtime.store.append({
      streamId: `project-${project.id}`,
      expectedVersion: version,
      actor: { userId: userIdFor('admin'), role: 'CITY_ADMIN' },
      events: [
        {
          type: 'LeadUnitChanged',
          occurredOn: '2025-06-01',
          data: { leadUnitId: foreign.id, previousLeadUnitId: fgw.id, reason: '导入' },
        },
      ],
    });
    await api.runtime.waitFor(appended.position);

    const reader = await api.signedInAs({
      username: 'tl-analyst',
      displayName: '铜梁分析员',
      role: 'ANALYST',
      districtIds: [district.id],
    });
    const own = await reader.ok<{ project: { history: Entry[] } }>(HISTORY, { id: project.id });
    expect(own.project.history.at(-1)!.change).toEqual({
      __typename: 'LeadUnitChanged',
      leadUnit: null,
      previousLeadUnit: { code: 'FGW' },
      reason: '导入',
    });

    const stranger = await api.signedInAs({
      username: 'dz-analyst',
      displayName: '大足分析员',
      role: 'ANALYST',
      districtIds: [other.id],
    });
    const refused = await stranger.gql(HISTORY, { id: project.id });
    expect(refused.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    expect(JSON.stringify(refused)).not.toContain('铜梁');
  });
});
