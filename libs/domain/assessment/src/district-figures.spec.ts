import { assessDistrict } from './assess-district';
import { districtFigures, investmentByMonth } from './district-figures';
import { parsePeriod } from './period';
import { DEFAULT_RULE_SET } from './rule-set';
import { project, unit } from './testing/facts-builder';

const june = parsePeriod('2025-06');

/**
 * 区发展改革委 (A) and 住建委 (B) at the end of June 2025:
 * - P1 (A) under construction, 1,200 planned from January, 100 reported each month: 600 done, target 600;
 * - P2 (A) 900 planned, 800 reported by April, cancelled in May: in no total, counted apart;
 * - P3 (B) in reserve without a 2025 plan, 50 reported for March: a project, but in no year figure;
 * - P4 (B) registered in July: not yet a project of June;
 * - P5 (B) signed, 600 planned from May, not started: target 600 × 2/8 = 150.
 */
const facts = [
  project('P1', 'u-A', '2025-01-05', 'UNDER_CONSTRUCTION')
    .plan(2025, 1200, '2025-01')
    .report('2025-01', 100, '2025-02-03')
    .report('2025-02', 100, '2025-03-03')
    .report('2025-03', 100, '2025-04-03')
    .report('2025-04', 100, '2025-05-03')
    .report('2025-05', 100, '2025-06-03')
    .report('2025-06', 100, '2025-07-03')
    .build(),
  project('P2', 'u-A', '2025-01-08', 'UNDER_CONSTRUCTION')
    .plan(2025, 900, '2025-01')
    .report('2025-01', 200, '2025-02-03')
    .report('2025-02', 200, '2025-03-03')
    .report('2025-03', 200, '2025-04-03')
    .report('2025-04', 200, '2025-05-03')
    .stage('CANCELLED', '2025-05-20')
    .build(),
  project('P3', 'u-B', '2025-02-01', 'RESERVE').plan(2024, 300, '2024-03').report('2025-03', 50, '2025-04-02').build(),
  project('P4', 'u-B', '2025-07-02', 'PREPARATION').plan(2025, 500, '2025-08').build(),
  project('P5', 'u-B', '2025-03-01', 'SIGNED').plan(2025, 600, '2025-05').build(),
];

describe('district figures (one set of numbers)', () => {
  const figures = districtFigures(facts, june);

  it('counts projects registered by the period’s end and not cancelled then, the cancelled ones apart', () => {
    expect(figures.projectCount).toBe(3);
    expect(figures.cancelledCount).toBe(1);
    expect(figures.stageFunnel.filter((s) => s.count > 0)).toEqual([
      { stage: 'RESERVE', count: 1 },
      { stage: 'SIGNED', count: 1 },
      { stage: 'UNDER_CONSTRUCTION', count: 1 },
    ]);
    expect(figures.stageFunnel.map((s) => s.stage)).not.toContain('CANCELLED');
  });

  it('sums the year figures over the counted projects with a plan for the year', () => {
    expect(figures).toMatchObject({
      plannedProjectCount: 2,
      plannedInvestment: 1800,
      completedYearToDate: 600,
      target: 750,
      investmentCompletion: 0.8,
      constructionStart: 0.5,
    });
    expect(figures.completionRate).toBeCloseTo(600 / 1800, 12);
    expect(figures.targetShare).toBeCloseTo(750 / 1800, 12);
    // 8.3 points behind the 序时 target
    expect(figures.gapToTarget).toBeCloseTo(-150 / 1800, 12);
  });

  it('counts a cancelled project again for a period that ended before it was cancelled', () => {
    const april = districtFigures(facts, parsePeriod('2025-04'));
    expect(april).toMatchObject({ projectCount: 4, cancelledCount: 0, completedYearToDate: 1200 });
  });

  it('has no rates without planned investment, and an investment completion of 1 as the metric has', () => {
    const reserveOnly = districtFigures([facts[2]], june);
    expect(reserveOnly).toMatchObject({
      projectCount: 1,
      plannedProjectCount: 0,
      completedYearToDate: 0,
      completionRate: null,
      targetShare: null,
      gapToTarget: null,
      investmentCompletion: 1,
    });
  });

  it('agrees with the units of the assessment: their projects add up to the district’s', () => {
    const assessment = assessDistrict({
      period: june,
      ruleSet: DEFAULT_RULE_SET,
      units: [unit('A'), unit('B'), unit('C')],
      projects: facts,
    });
    expect(assessment.units.reduce((sum, u) => sum + u.projectCount, 0)).toBe(figures.projectCount);
  });

  it('runs month by month over the same projects, ending the period on the year-to-date figures', () => {
    const months = investmentByMonth(facts, june);
    expect(months).toHaveLength(12);
    expect(months[5]).toEqual({ month: '2025-06', target: 750, completed: 100, completedToDate: 600 });
    expect(months.slice(0, 6).map((m) => m.completed)).toEqual([100, 100, 100, 100, 100, 100]);
    expect(months[6]).toMatchObject({ month: '2025-07', completed: 0, completedToDate: 600 });
    expect(months[11].target).toBe(1800);
  });
});
