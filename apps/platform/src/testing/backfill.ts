import type { TestPlatform } from './test-platform';

/** Back-fills a district's year through the public contract, as a ledger import would. */
export async function backfillDistrict(api: TestPlatform) {
  const { createDistrict: district } = await api.ok(
    `mutation { createDistrict(input: { code: "500151", name: "铜梁区" }) { id code name } }`,
  );
  const unit = async (code: string, name: string, kind: string) =>
    (
      await api.ok(`mutation($input: CreateUnitInput!) { createUnit(input: $input) { id code kind } }`, {
        input: { districtId: district.id, code, name, kind },
      })
    ).createUnit;
  const fgw = await unit('FGW', '区发展改革委', 'DEPARTMENT');
  const bachuan = await unit('BC', '巴川街道', 'TOWNSHIP');
  await api.ok(`mutation($input: SetReserveTargetInput!) { setReserveTarget(input: $input) { id } }`, {
    input: { unitId: fgw.id, year: 2025, target: 6 },
  });
  const { registerProject: project } = await api.ok(
    `mutation($input: RegisterProjectInput!) { registerProject(input: $input) { id stage registeredOn } }`,
    {
      input: {
        districtId: district.id,
        code: 'TL-2025-001',
        name: '铜梁高新区智能制造产业园',
        category: 'INDUSTRIAL',
        leadUnitId: fgw.id,
        totalInvestment: 120000,
        stage: 'PREPARATION',
        occurredOn: '2025-01-10',
        ownerEnterprise: '重庆铜梁建设开发集团',
        township: '巴川街道',
      },
    },
  );
  const run = (mutation: string, input: Record<string, unknown>) =>
    api.ok(
      `mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { id } }`,
      {
        input,
      },
    );
  await run('setAnnualPlan', {
    projectId: project.id,
    year: 2025,
    plannedInvestment: 36000,
    plannedStartMonth: '2025-03',
    plannedCompletionMonth: '2026-06',
    milestones: ['主体封顶'],
  });
  await api.ok(`mutation($input: AssignLeaderInput!) { assignLeader(input: $input) { id } }`, {
    input: { projectId: project.id, leader: { name: '王副区长', phone: '023-45678901' } },
  });
  await run('changeStage', { projectId: project.id, stage: 'UNDER_CONSTRUCTION', occurredOn: '2025-03-18' });
  await run('submitMonthlyReport', {
    projectId: project.id,
    month: '2025-03',
    investment: 3000,
    progressPercent: 5,
    submittedOn: '2025-04-03',
  });
  await run('submitMonthlyReport', {
    projectId: project.id,
    month: '2025-04',
    investment: 2500,
    progressPercent: 9,
    submittedOn: '2025-05-12',
  });
  await run('submitMonthlyReport', {
    projectId: project.id,
    month: '2025-03',
    investment: 3200,
    progressPercent: 5,
    submittedOn: '2025-04-20',
    note: '更正',
  });
  const { raiseProblem: problem } = await api.ok(
    `mutation($input: RaiseProblemInput!) { raiseProblem(input: $input) { id status ownerUnit { code } } }`,
    {
      input: {
        projectId: project.id,
        category: 'LAND',
        description: '二期用地指标未落实',
        raisedOn: '2025-04-01',
        dueOn: '2025-05-31',
      },
    },
  );
  await run('resolveProblem', {
    problemId: problem.id,
    resolvedOn: '2025-05-20',
    resolution: '区规划和自然资源局已调剂用地指标',
  });
  return { district, fgw, bachuan, project, problem };
}
