import {
  DEFAULT_RULES,
  PROJECTS,
  SECOND_RULES,
  SECOND_RULES_FROM,
  oracleLight,
  oracleUnits,
  withCorrection,
  enterAssessmentScenario,
  type Rules,
} from '@tuijin/testing';
import { TestPlatform } from './testing/test-platform';

const ASSESSMENT = `query($d: ID!, $p: String!, $k: DateTime, $v: Int) {
  assessment(districtId: $d, period: $p, knownAt: $k, ruleSetVersion: $v) {
    period periodEnd ruleSetVersion
    units { unit { code } rank score projectCount investmentCompletion constructionStart reserve problemClearance reportingPunctuality tieBreak }
    reverseRanking { unit { code } }
    projects { project { code } light }
  } }`;

const PERIODS = [
  ...Array.from({ length: 12 }, (_, i) => ({ label: `2025-${String(i + 1).padStart(2, '0')}`, month: i + 1 })),
  { label: '2025-Q1', month: 3 },
  { label: '2025-Q2', month: 6 },
  { label: '2025-Q3', month: 9 },
  { label: '2025-Q4', month: 12 },
  { label: '2025', month: 12 },
];

function expectMatchesOracle(actual: any, month: number, rules: Rules, projects = withCorrection(PROJECTS)) {
  const expected = oracleUnits(projects, month, rules);
  expect(actual.units.map((u: any) => [u.unit.code, u.rank, u.projectCount, u.tieBreak])).toEqual(
    expected.units.map((u) => [u.code, u.rank, u.projectCount, u.tieBreak]),
  );
  actual.units.forEach((u: any, i: number) => {
    const e = expected.units[i];
    if (e.score === null) {
      const { investmentCompletion, constructionStart, reserve, problemClearance, reportingPunctuality } = u;
      expect([
        u.score,
        investmentCompletion,
        constructionStart,
        reserve,
        problemClearance,
        reportingPunctuality,
      ]).toEqual([null, null, null, null, null, null]);
      return;
    }
    expect(u.score).toBeCloseTo(e.score, 6);
    expect(u.investmentCompletion).toBeCloseTo(e.investment, 9);
    expect(u.constructionStart).toBeCloseTo(e.start, 9);
    expect(u.reserve).toBeCloseTo(e.reserve, 9);
    expect(u.problemClearance).toBeCloseTo(e.problems, 9);
    expect(u.reportingPunctuality).toBeCloseTo(e.punctuality, 9);
  });
  expect(actual.reverseRanking.map((u: any) => u.unit.code)).toEqual(expected.reverse);
  const lights = Object.fromEntries(actual.projects.map((p: any) => [p.project.code, p.light]));
  expect(lights).toEqual(Object.fromEntries(projects.map((p) => [p.code, oracleLight(p, month, rules)])));
}

describe('assessment of a back-filled district year', () => {
  let api: TestPlatform;
  let scenario: Awaited<ReturnType<typeof enterAssessmentScenario>>;
  beforeAll(async () => {
    api = await TestPlatform.start(undefined, '2026-01-31');
    scenario = await enterAssessmentScenario(api);
  }, 60_000);
  afterAll(() => api.stop());

  it.each(PERIODS)('gives exactly the numbers of the spec for $label', async ({ label, month }) => {
    const { assessment } = await api.ok(ASSESSMENT, { d: scenario.district, p: label });
    // the second rule set takes effect in July: periods ending from July on use it
    const rules = month >= 7 ? SECOND_RULES : DEFAULT_RULES;
    expect(assessment.ruleSetVersion).toBe(rules === SECOND_RULES ? 2 : 1);
    expectMatchesOracle(assessment, month, rules);
  });

  it('draws the score trend from January to the chosen month in one request, each month under its own rules', async () => {
    const trend = `query($d: ID!, $u: String!, $k: DateTime) { scoreTrend(districtId: $d, upTo: $u, knownAt: $k) {
      period ruleSetVersion
      units { unit { code } rank score projectCount investmentCompletion constructionStart reserve problemClearance reportingPunctuality tieBreak }
      reverseRanking { unit { code } } projects { project { code } light } } }`;
    const { scoreTrend } = await api.ok(trend, { d: scenario.district, u: '2025-08' });
    expect(scoreTrend.map((a: any) => [a.period, a.ruleSetVersion])).toEqual(
      Array.from({ length: 8 }, (_, i) => [`2025-0${i + 1}`, i + 1 >= 7 ? 2 : 1]),
    );
    scoreTrend.forEach((assessment: any, i: number) =>
      expectMatchesOracle(assessment, i + 1, i + 1 >= 7 ? SECOND_RULES : DEFAULT_RULES),
    );
    const before = (await api.ok(trend, { d: scenario.district, u: '2025-06', k: scenario.beforeCorrection }))
      .scoreTrend;
    expectMatchesOracle(before[5], 6, DEFAULT_RULES, PROJECTS);
    for (const upTo of ['2025-13', '2025-Q2', '']) {
      const bad = await api.gql(trend, { d: scenario.district, u: upTo });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'upTo' });
    }
  });

  it('reproduces a period as it was known before a later correction (knownAt)', async () => {
    const known = (await api.ok(ASSESSMENT, { d: scenario.district, p: '2025-06', k: scenario.beforeCorrection }))
      .assessment;
    expectMatchesOracle(known, 6, DEFAULT_RULES, PROJECTS);
    const now = (await api.ok(ASSESSMENT, { d: scenario.district, p: '2025-06' })).assessment;
    expectMatchesOracle(now, 6, DEFAULT_RULES);
    expect(known.units.find((u: any) => u.unit.code === 'U1').score).not.toBe(
      now.units.find((u: any) => u.unit.code === 'U1').score,
    );
  });

  it('uses only the rule sets published by knownAt, and scores under another version on request', async () => {
    const before = (await api.ok(ASSESSMENT, { d: scenario.district, p: '2025-09', k: scenario.beforeRules }))
      .assessment;
    expect(before.ruleSetVersion).toBe(1);
    expectMatchesOracle(before, 9, DEFAULT_RULES, PROJECTS);
    const shadow = (await api.ok(ASSESSMENT, { d: scenario.district, p: '2025-03', v: 2 })).assessment;
    expect(shadow.ruleSetVersion).toBe(2);
    expectMatchesOracle(shadow, 3, SECOND_RULES);
  });

  it('previews a draft rule set without publishing it', async () => {
    const draft = {
      ...SECOND_RULES,
      weights: { investment: 20, start: 20, reserve: 20, problems: 20, punctuality: 20 },
    };
    const preview = await api.ok(
      `query($d: ID!, $r: RuleSettingsInput!) { previewAssessment(districtId: $d, period: "2025-05", rules: $r) {
        ruleSetVersion units { unit { code } rank score projectCount investmentCompletion constructionStart reserve problemClearance reportingPunctuality tieBreak }
        reverseRanking { unit { code } } projects { project { code } light } } }`,
      { d: scenario.district, r: draft },
    );
    expect(preview.previewAssessment.ruleSetVersion).toBe(0);
    expectMatchesOracle(preview.previewAssessment, 5, draft);
    const { ruleSets } = await api.ok(
      `query($d: ID!) { ruleSets(districtId: $d) { version effectiveFrom publishedAt weights { investment } } }`,
      { d: scenario.district },
    );
    expect(ruleSets.map((r: any) => [r.version, r.effectiveFrom, r.weights.investment])).toEqual([
      [1, '1990-01-01', 40],
      [2, SECOND_RULES_FROM, 50],
    ]);
    expect(ruleSets[0].publishedAt).toBeNull();
  });

  it('names the rule set in force on a day, today when no day is given', async () => {
    const inForce = async (on?: string) =>
      (
        await api.ok(`query($d: ID!, $on: Date) { ruleSetInForce(districtId: $d, on: $on) { version } }`, {
          d: scenario.district,
          on,
        })
      ).ruleSetInForce.version;
    const dayBefore = new Date(Date.parse(SECOND_RULES_FROM) - 86_400_000).toISOString().slice(0, 10);
    expect(await inForce(dayBefore)).toBe(1);
    expect(await inForce(SECOND_RULES_FROM)).toBe(2);
    expect(await inForce()).toBe(2);
  });

  it('refuses a rule set whose weights do not add up to 100, and publishes nothing', async () => {
    const before = await api.runtime.store.lastPosition();
    const result = await api.gql(`mutation($i: PublishRuleSetInput!) { publishRuleSet(input: $i) { version } }`, {
      i: {
        districtId: scenario.district,
        effectiveFrom: '2025-10-01',
        ...SECOND_RULES,
        weights: { ...SECOND_RULES.weights, start: 30 },
      },
    });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'weights' } });
    expect(result.errors?.[0].message).toMatch(/add up to 100, they add up to 110/);
    expect(await api.runtime.store.lastPosition()).toBe(before);
  });

  it('shows a project its light, target and light history', async () => {
    const { projects } = await api.ok(
      `query($d: ID!) { projects(districtId: $d, filter: { text: "P3" }) { edges { node {
        light(period: "2025-06") assessment(period: "2025-04") { plannedInvestment target completed lag }
        lightHistory(year: 2025) { month light } } } } }`,
      { d: scenario.district },
    );
    const p3 = projects.edges[0].node;
    const oracle = PROJECTS.find((p) => p.code === 'P3')!;
    expect(p3.light).toBe(oracleLight(oracle, 6, DEFAULT_RULES));
    expect(p3.assessment).toEqual({ plannedInvestment: 300, target: 60, completed: 0, lag: 0.2 });
    expect(p3.lightHistory).toHaveLength(12);
    expect(p3.lightHistory.map((h: any) => h.light)).toEqual(
      Array.from({ length: 12 }, (_, i) => oracleLight(oracle, i + 1, i + 1 >= 7 ? SECOND_RULES : DEFAULT_RULES)),
    );
  });

  it('marks each monthly report late or not by the due day of the rules in force for its month', async () => {
    const { projects } = await api.ok(
      `query($d: ID!) { projects(districtId: $d, first: 10) { edges { node { code monthlyReports { month dueOn late } } } } }`,
      { d: scenario.district },
    );
    const reports = (code: string) => projects.edges.find((e: any) => e.node.code === code).node.monthlyReports;
    expect(reports('P1').find((r: any) => r.month === '2025-03')).toEqual({
      month: '2025-03',
      dueOn: '2025-04-05',
      late: true,
    });
    expect(reports('P1').find((r: any) => r.month === '2025-05')).toEqual({
      month: '2025-05',
      dueOn: '2025-06-05',
      late: false,
    });
    expect(reports('P2').find((r: any) => r.month === '2025-10')).toEqual({
      month: '2025-10',
      dueOn: '2025-11-06',
      late: true,
    });
    expect(reports('P4').find((r: any) => r.month === '2025-08')).toEqual({
      month: '2025-08',
      dueOn: '2025-09-06',
      late: false,
    });
  });

  it('fills the district dashboard: stage funnel, investment by month, lights and overdue problems', async () => {
    const query = `query($d: ID!, $p: String!) { dashboard(districtId: $d, period: $p) {
      figures { stageFunnel { stage count } cancelledCount } investmentByMonth { month target completed completedToDate }
      lights { green yellow red none } redProjects { project { code } lag }
      overdueProblems { project { code } dueOn status } topUnits { unit { code } rank } } }`;
    const june = (await api.ok(query, { d: scenario.district, p: '2025-06' })).dashboard;
    expect(Object.fromEntries(june.figures.stageFunnel.map((s: any) => [s.stage, s.count]))).toEqual({
      RESERVE: 2,
      PREPARATION: 1,
      SIGNED: 0,
      UNDER_CONSTRUCTION: 2,
      COMPLETED: 0,
      OPERATING: 0,
      SUSPENDED: 1,
    });
    expect(june.figures.cancelledCount).toBe(0);
    const sixth = june.investmentByMonth[5];
    expect(sixth.month).toBe('2025-06');
    expect(sixth.completedToDate).toBe(540 + 225 + 400);
    expect(sixth.target).toBeCloseTo(600 + 200 + 120 + (800 * 5) / 11, 9);
    expect(june.investmentByMonth[6].completed).toBe(0);
    const lights = withCorrection(PROJECTS).map((p) => oracleLight(p, 6, DEFAULT_RULES));
    expect(june.lights).toEqual({
      green: lights.filter((l) => l === 'GREEN').length,
      yellow: lights.filter((l) => l === 'YELLOW').length,
      red: lights.filter((l) => l === 'RED').length,
      none: lights.filter((l) => l === null).length,
    });
    expect(june.redProjects.map((p: any) => p.project.code).sort()).toEqual(
      withCorrection(PROJECTS)
        .filter((p) => oracleLight(p, 6, DEFAULT_RULES) === 'RED')
        .map((p) => p.code)
        .sort(),
    );
    expect(june.topUnits.map((u: any) => u.rank)).toEqual([1, 2]);
    const october = (await api.ok(query, { d: scenario.district, p: '2025-10' })).dashboard;
    // P5 was cancelled in July: counted apart, and out of the lights
    expect(october.figures.cancelledCount).toBe(1);
    expect(october.figures.stageFunnel.find((s: any) => s.stage === 'RESERVE').count).toBe(1);
    expect(Object.values(october.lights).reduce((a: any, b: any) => a + b, 0)).toBe(5);
    expect(october.overdueProblems).toEqual([{ project: { code: 'P1' }, dueOn: '2025-09-30', status: 'OPEN' }]);
  });

  it('compares districts by investment completion and construction start', async () => {
    const { districtComparison } = await api.ok(`{ districtComparison(period: "2025-06") {
      district { code } projectCount plannedInvestment completedYearToDate investmentCompletion constructionStart } }`);
    const row = districtComparison.find((r: any) => r.district.code === 'SC-2025');
    expect(row).toMatchObject({ projectCount: 6, plannedInvestment: 3100, completedYearToDate: 1165 });
    expect(row.investmentCompletion).toBeCloseTo(1165 / (600 + 200 + 120 + (800 * 5) / 11), 9);
    expect(row.constructionStart).toBeCloseTo(1 / 3, 9);
  });
});
