import { TestPlatform } from './testing/test-platform';

/**
 * A bulletin worked out by hand for a small district: given three projects with their plans,
 * reports, stages and problems, when April's monthly and May's first ten-day bulletins are
 * asked for, then every section holds exactly what a district office would count.
 */
const BULLETIN = `query($d: ID!, $k: BulletinKind!, $p: String!) {
  bulletin(districtId: $d, kind: $k, period: $p) {
    asOfDay assessedPeriod previousPeriod
    headline { projectCount plannedInvestment completedInvestment completionShare targetShare gapPoints totalInvestment }
    starts { due started rate missed { project { code leadUnit leader } plannedStartMonth stage } }
    ranking { rank unit { code } score }
    lights { redCount yellowCount greenCount red { project { code leader } } changes { project { code } from to } }
    problems { overdue { projectCode ownerUnit daysOverdue dueOn } cleared { projectCode resolvedOn } }
    reporting { months { month dueOn } units { unit { code } late missing reports { projectCode month status } } }
    rankMoves { unit { code } rank previousRank change }
  } }`;

describe('a bulletin of a small district, worked out by hand', () => {
  let api: TestPlatform;
  let district: string;
  let problemOfB: string;

  beforeAll(async () => {
    api = await TestPlatform.start();
    const run = async (name: string, input: Record<string, unknown>) =>
      (
        await api.ok(`mutation($i: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $i) { id } }`, {
          i: input,
        })
      )[name].id as string;
    district = await run('createDistrict', { code: 'HAND-1', name: '样例区' });
    const u1 = await run('createUnit', { districtId: district, code: 'U1', name: '住建委', kind: 'DEPARTMENT' });
    const u2 = await run('createUnit', { districtId: district, code: 'U2', name: '交通局', kind: 'DEPARTMENT' });
    const project = async (code: string, unit: string, stage: string, plan: number, start: string) => {
      const id = await run('registerProject', {
        districtId: district,
        code,
        name: `项目${code}`,
        category: 'INFRASTRUCTURE',
        leadUnitId: unit,
        totalInvestment: 10000,
        stage,
        occurredOn: '2025-01-05',
      });
      await run('setAnnualPlan', {
        projectId: id,
        year: 2025,
        plannedInvestment: plan,
        plannedStartMonth: start,
        plannedCompletionMonth: '2026-12',
      });
      return id;
    };
    const report = (projectId: string, month: string, investment: number, submittedOn: string) =>
      run('submitMonthlyReport', { projectId, month, investment, progressPercent: 20, submittedOn });
    const a = await project('A', u1, 'UNDER_CONSTRUCTION', 1200, '2025-01');
    await api.ok(`mutation($i: AssignLeaderInput!) { assignLeader(input: $i) { id } }`, {
      i: { projectId: a, leader: { name: '张副区长' } },
    });
    await report(a, '2025-01', 100, '2025-02-03');
    await report(a, '2025-02', 100, '2025-03-03');
    await report(a, '2025-03', 100, '2025-04-10'); // late: due 5 April
    const b = await project('B', u2, 'SIGNED', 600, '2025-02'); // never starts
    problemOfB = await run('raiseProblem', {
      projectId: b,
      category: 'LAND',
      description: '用地未落实',
      raisedOn: '2025-02-01',
      dueOn: '2025-03-15',
    });
    const c = await project('C', u2, 'UNDER_CONSTRUCTION', 1200, '2025-01');
    await report(c, '2025-01', 100, '2025-02-03');
    await report(c, '2025-02', 100, '2025-03-03');
    await report(c, '2025-03', 300, '2025-04-03');
    await report(c, '2025-04', 100, '2025-05-03');
    const problemOfC = await run('raiseProblem', {
      projectId: c,
      category: 'APPROVAL',
      description: '施工许可',
      raisedOn: '2025-03-01',
      dueOn: '2025-04-15',
    });
    await run('resolveProblem', { problemId: problemOfC, resolvedOn: '2025-04-12', resolution: '已办结' });
  }, 60_000);
  afterAll(() => api.stop());

  it('April: the headline, starts, lights, problems and reports as counted by hand', async () => {
    const { bulletin } = await api.ok(BULLETIN, { d: district, k: 'MONTH', p: '2025-04' });
    expect(bulletin).toMatchObject({ asOfDay: '2025-04-30', assessedPeriod: '2025-04', previousPeriod: '2025-03' });
    // planned 1200 + 600 + 1200; completed A 300 + C 600; 序时: A 400 + B 600×3/11 + C 400
    const target = 400 + (600 * 3) / 11 + 400;
    expect(bulletin.headline).toMatchObject({
      projectCount: 3,
      plannedInvestment: 3000,
      completedInvestment: 900,
      totalInvestment: 30000,
    });
    expect(bulletin.headline.completionShare).toBeCloseTo(0.3, 12);
    expect(bulletin.headline.targetShare).toBeCloseTo(target / 3000, 12);
    expect(bulletin.headline.gapPoints).toBeCloseTo((0.3 - target / 3000) * 100, 9);
    expect(bulletin.starts).toEqual({
      due: 3,
      started: 2,
      rate: 2 / 3,
      missed: [
        { project: { code: 'B', leadUnit: '交通局', leader: null }, plannedStartMonth: '2025-02', stage: 'SIGNED' },
      ],
    });
    // A: 25% done against 33% due (黄); B: not started two months after its planned start (红); C ahead (绿)
    expect(bulletin.lights).toMatchObject({
      redCount: 1,
      yellowCount: 1,
      greenCount: 1,
      red: [{ project: { code: 'B' } }],
    });
    expect(bulletin.lights.changes).toEqual([{ project: { code: 'A' }, from: 'GREEN', to: 'YELLOW' }]);
    expect(bulletin.problems.overdue).toEqual([
      { projectCode: 'B', ownerUnit: '交通局', daysOverdue: 46, dueOn: '2025-03-15' },
    ]);
    expect(bulletin.problems.cleared).toEqual([{ projectCode: 'C', resolvedOn: '2025-04-12' }]);
    // March's reports fell due on 5 April: A's came on the 10th
    expect(bulletin.reporting).toEqual({
      months: [{ month: '2025-03', dueOn: '2025-04-05' }],
      units: [
        {
          unit: { code: 'U1' },
          late: 1,
          missing: 0,
          reports: [{ projectCode: 'A', month: '2025-03', status: 'LATE' }],
        },
      ],
    });
  });

  it('April: ranks and rank moves are the assessment’s for April against March', async () => {
    const { bulletin } = await api.ok(BULLETIN, { d: district, k: 'MONTH', p: '2025-04' });
    const ranks = async (period: string) =>
      (
        await api.ok(
          `query($d: ID!, $p: String!) { assessment(districtId: $d, period: $p) { units { unit { code } rank score } } }`,
          { d: district, p: period },
        )
      ).assessment.units;
    const april = await ranks('2025-04');
    const march = await ranks('2025-03');
    expect(bulletin.ranking.map((u: any) => [u.rank, u.unit.code, u.score])).toEqual(
      april.map((u: any) => [u.rank, u.unit.code, u.score]),
    );
    const moved = april
      .map((u: any) => ({
        code: u.unit.code,
        rank: u.rank,
        previousRank: march.find((m: any) => m.unit.code === u.unit.code).rank,
      }))
      .filter((u: any) => u.rank !== u.previousRank);
    expect(
      bulletin.rankMoves.map((m: any) => ({ code: m.unit.code, rank: m.rank, previousRank: m.previousRank })),
    ).toEqual(moved);
  });

  it('first ten days of May: April’s ranking, April’s reports due on the 5th, problems as of the 10th', async () => {
    const { bulletin } = await api.ok(BULLETIN, { d: district, k: 'TEN_DAY', p: '2025-05-T1' });
    expect(bulletin).toMatchObject({ asOfDay: '2025-05-10', assessedPeriod: '2025-04', previousPeriod: '2025-04-T3' });
    expect(bulletin.reporting).toEqual({
      months: [{ month: '2025-04', dueOn: '2025-05-05' }],
      units: [
        {
          unit: { code: 'U1' },
          late: 0,
          missing: 1,
          reports: [{ projectCode: 'A', month: '2025-04', status: 'MISSING' }],
        },
      ],
    });
    expect(bulletin.problems.overdue).toEqual([
      { projectCode: 'B', ownerUnit: '交通局', daysOverdue: 56, dueOn: '2025-03-15' },
    ]);
    expect(bulletin.problems.cleared).toEqual([]);
    // the ten days before (to 30 April) were ranked by March, whose reports were the last due by then
    expect(bulletin.lights.changes).toEqual([{ project: { code: 'A' }, from: 'GREEN', to: 'YELLOW' }]);
  });

  it('second ten days of May: still April’s ranking, so nothing moved and no report fell due', async () => {
    const { bulletin } = await api.ok(BULLETIN, { d: district, k: 'TEN_DAY', p: '2025-05-T2' });
    expect(bulletin).toMatchObject({ asOfDay: '2025-05-20', assessedPeriod: '2025-04', previousPeriod: '2025-05-T1' });
    expect(bulletin.reporting).toEqual({ months: [], units: [] });
    expect(bulletin.lights.changes).toEqual([]);
    expect(bulletin.rankMoves).toEqual([]);
    expect(bulletin.problems.overdue[0].daysOverdue).toBe(66);
  });

  it('keeps a problem closed after the bulletin in the bulletin as it was known, and drops it now', async () => {
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await api.ok(`mutation($i: CloseProblemInput!) { closeProblem(input: $i) { id } }`, {
      i: { problemId: problemOfB, reason: '企业撤回诉求' },
    });
    const AS_OF = `query($d: ID!, $at: DateTime) { bulletin(districtId: $d, kind: MONTH, period: "2025-04", knownAt: $at) {
      problems { overdue { projectCode } } } }`;
    const then = (await api.ok(AS_OF, { d: district, at: before })).bulletin;
    const now = (await api.ok(AS_OF, { d: district })).bulletin;
    expect(then.problems.overdue).toEqual([{ projectCode: 'B' }]);
    expect(now.problems.overdue).toEqual([]);
  });

  it('ranks the first ten days by the month before last while last month’s reports are not yet due', async () => {
    const rules = {
      weights: { investment: 40, start: 20, reserve: 15, problems: 15, punctuality: 10 },
      yellowMaxLag: 0.1,
      startDelayYellowMonths: 1,
      startDelayRedMonths: 3,
      bottomN: 3,
      reportDueDay: 15,
    };
    await api.ok(`mutation($i: PublishRuleSetInput!) { publishRuleSet(input: $i) { version } }`, {
      i: { districtId: district, effectiveFrom: '2025-01-01', ...rules },
    });
    const ranked = async (period: string) =>
      (await api.ok(BULLETIN, { d: district, k: 'TEN_DAY', p: period })).bulletin.assessedPeriod;
    // April's reports are due on 15 May: by the 10th the last month due is March
    expect(await ranked('2025-05-T1')).toBe('2025-03');
    expect(await ranked('2025-05-T2')).toBe('2025-04');
  });
});
