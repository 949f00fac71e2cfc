import { TestPlatform } from './testing/test-platform';

const FIGURES = `period projectCount cancelledCount stageFunnel { stage count } plannedProjectCount plannedInvestment
  completedYearToDate target completionRate targetShare gapToTarget investmentCompletion constructionStart`;

const DASHBOARD = `query($d: ID!, $p: String!) { dashboard(districtId: $d, period: $p) {
  figures { district { code } ${FIGURES} }
  investmentByMonth { month completedToDate target }
  lights { green yellow red none }
  assessment { units { unit { code } rank score projectCount tieBreak
    investmentCompletion constructionStart reserve problemClearance reportingPunctuality } } } }`;

const COMPARISON = `query($p: String!) { districtComparison(period: $p) { district { code } ${FIGURES} } }`;

const months = (to: number) => Array.from({ length: to }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
const nextMonthDay = (month: string, day: number) =>
  `2025-${String(Number(month.slice(5)) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * A district where three units score 90 with the same investment completion, a fourth scores 90
 * by investing more but reporting late, a fifth's only project was cancelled in May after
 * reporting 800 万元, and a sixth never led a project.
 */
async function enterDistrict(api: TestPlatform) {
  const input = (name: string, value: Record<string, unknown>) =>
    api.ok(`mutation($i: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $i) { id } }`, { i: value });
  const district = (await input('createDistrict', { code: 'FIG-1', name: '同分区' })).createDistrict.id as string;
  const units: Record<string, string> = {};
  for (const code of ['A', 'B', 'C', 'D', 'E', 'F'])
    units[code] = (
      await input('createUnit', { districtId: district, code, name: `单位${code}`, kind: 'DEPARTMENT' })
    ).createUnit.id;
  const project = async (
    code: string,
    unit: string,
    stage: string,
    plan?: number,
    reports: { month: string; amount: number; day: number }[] = [],
  ) => {
    const id = (
      await input('registerProject', {
        districtId: district,
        code,
        name: `项目${code}`,
        category: 'INDUSTRIAL',
        leadUnitId: units[unit],
        totalInvestment: 5000,
        stage,
        occurredOn: '2025-01-05',
      })
    ).registerProject.id as string;
    if (plan !== undefined)
      await input('setAnnualPlan', {
        projectId: id,
        year: 2025,
        plannedInvestment: plan,
        plannedStartMonth: '2025-01',
        plannedCompletionMonth: '2026-06',
      });
    for (const { month, amount, day } of reports)
      await input('submitMonthlyReport', {
        projectId: id,
        month,
        investment: amount,
        progressPercent: 50,
        submittedOn: nextMonthDay(month, day),
      });
    return id;
  };
  // 450 of a 600 target, every report on time: 30 + 20 + 15 + 15 + 10 = 90
  for (const unit of ['A', 'B', 'C'])
    await project(
      `${unit}1`,
      unit,
      'UNDER_CONSTRUCTION',
      1200,
      months(6).map((month) => ({ month, amount: 75, day: 3 })),
    );
  await project('A2', 'A', 'RESERVE');
  // the whole target, every due report late: 40 + 20 + 15 + 15 + 0 = 90
  await project(
    'F1',
    'F',
    'UNDER_CONSTRUCTION',
    1200,
    months(6).map((month) => ({ month, amount: 100, day: 20 })),
  );
  const cancelled = await project(
    'D1',
    'D',
    'UNDER_CONSTRUCTION',
    1200,
    months(4).map((month) => ({ month, amount: 200, day: 3 })),
  );
  await input('changeStage', {
    projectId: cancelled,
    stage: 'CANCELLED',
    occurredOn: '2025-05-20',
    reason: '企业退出',
  });
  return district;
}

describe('one set of numbers for a district', () => {
  let api: TestPlatform;
  let district: string;
  beforeAll(async () => {
    api = await TestPlatform.start(undefined, '2026-01-15');
    district = await enterDistrict(api);
  }, 60_000);
  afterAll(() => api.stop());

  const dashboard = async (period: string) => (await api.ok(DASHBOARD, { d: district, p: period })).dashboard;
  const comparison = async (period: string) =>
    (await api.ok(COMPARISON, { p: period })).districtComparison.find((row: any) => row.district.code === 'FIG-1');

  it('shows the same figures on the dashboard and in the city comparison, a cancelled project in neither total', async () => {
    const { figures, investmentByMonth, lights, assessment } = await dashboard('2025-06');
    expect(await comparison('2025-06')).toEqual(figures);
    expect(figures).toMatchObject({
      period: '2025-06',
      projectCount: 5,
      cancelledCount: 1,
      plannedProjectCount: 4,
      plannedInvestment: 4800,
      // 3 × 450 + 600; the cancelled project's 800 is in no total
      completedYearToDate: 1950,
      target: 2400,
      completionRate: 1950 / 4800,
      targetShare: 0.5,
      investmentCompletion: 1950 / 2400,
      constructionStart: 1,
    });
    expect(figures.gapToTarget).toBeCloseTo(1950 / 4800 - 0.5, 12);
    const stageTotal = figures.stageFunnel.reduce((sum: number, s: any) => sum + s.count, 0);
    expect(stageTotal).toBe(figures.projectCount);
    expect(figures.stageFunnel.map((s: any) => s.stage)).not.toContain('CANCELLED');
    const unitTotal = assessment.units.reduce((sum: number, u: any) => sum + u.projectCount, 0);
    expect(unitTotal).toBe(figures.projectCount);
    expect(lights.green + lights.yellow + lights.red + lights.none).toBe(figures.projectCount);
    const june = investmentByMonth.find((m: any) => m.month === '2025-06');
    expect(june).toEqual({ month: '2025-06', completedToDate: 1950, target: 2400 });
  });

  it('counts the cancelled project for a period that ended before it was cancelled', async () => {
    const { figures } = await dashboard('2025-04');
    expect(await comparison('2025-04')).toEqual(figures);
    expect(figures).toMatchObject({ projectCount: 6, cancelledCount: 0, completedYearToDate: 3 * 300 + 400 + 800 });
  });

  it('gives units that lead no project no score and no metric values, and leaves them unranked', async () => {
    const { assessment } = await dashboard('2025-06');
    const unscored = assessment.units.filter((u: any) => u.rank === null);
    expect(unscored.map((u: any) => u.unit.code)).toEqual(['D', 'E']);
    for (const unit of unscored) {
      expect(unit).toMatchObject({ score: null, projectCount: 0, tieBreak: null, investmentCompletion: null });
      expect([unit.constructionStart, unit.reserve, unit.problemClearance, unit.reportingPunctuality]).toEqual([
        null,
        null,
        null,
        null,
      ]);
    }
  });

  it('says which tie-break ranked each of four units at 90.00', async () => {
    const { assessment } = await dashboard('2025-06');
    expect(assessment.units.slice(0, 4).map((u: any) => [u.unit.code, u.rank, u.score, u.tieBreak])).toEqual([
      ['F', 1, 90, null],
      ['A', 2, 90, 'INVESTMENT_COMPLETION'],
      ['B', 3, 90, 'UNIT_CODE'],
      ['C', 4, 90, 'UNIT_CODE'],
    ]);
  });
});
