import { assessDistrict } from './assess-district';
import { assessProject } from './light';
import { parsePeriod } from './period';
import { completedInvestment } from './project-timeline';
import { reportStatus } from './report-status';
import { DEFAULT_RULE_SET, DEFAULT_RULE_SETTINGS } from './rule-set';
import { project, unit } from './testing/facts-builder';
import { unitMetrics } from './unit-metrics';

/**
 * Worked examples of the opening balance (开累基数, docs/assessment.md): 铜梁区 starts using Tuijin in
 * April 2025. Its school project was already building: 30,000 万元 invested since 2023, of which
 * 2,400 in January–March 2025. The plan for 2025 is 12,000 万元 from January; from April on the
 * project reports 1,000 万元 a month.
 */
const fgw = unit('FGW');
const school = () =>
  project('S', fgw.unitId, '2025-04-08', 'UNDER_CONSTRUCTION')
    .plan(2025, 12000, '2025-01', '2025-04-08T12:00:00.000Z')
    .openingBalance('2025-03', 30000, 2400, '2025-04-08T12:00:00.000Z')
    .report('2025-04', 1000, '2025-05-05')
    .report('2025-05', 1000, '2025-06-04')
    .report('2025-06', 1000, '2025-07-03');

describe('opening balance in the assessment (completed_Y,≤m)', () => {
  it('adds its year-to-date part for every month from its own: March 2,400; June 2,400 + 3 × 1,000', () => {
    const facts = school().build();
    expect(completedInvestment(facts, 2025, 3)).toBe(2400);
    expect(completedInvestment(facts, 2025, 6)).toBe(5400);
    expect(completedInvestment(facts, 2025, 12)).toBe(5400);
  });

  it('adds nothing before its month: the amount is not split by month', () => {
    const facts = school().build();
    expect(completedInvestment(facts, 2025, 2)).toBe(0);
  });

  it('adds nothing to a later year: a balance as of December 2024 carries no 2025 investment', () => {
    const facts = project('T', fgw.unitId, '2025-01-06', 'UNDER_CONSTRUCTION')
      .plan(2025, 1200, '2025-01')
      .openingBalance('2024-12', 8417, 5000)
      .report('2025-01', 100, '2025-02-03')
      .build();
    expect(completedInvestment(facts, 2025, 1)).toBe(100);
    expect(completedInvestment(facts, 2024, 12)).toBe(5000);
  });

  it('lights June yellow where the reports alone would be red: 5,400 of the 6,000 target (lag 0.05)', () => {
    const withBalance = assessProject(school().build(), parsePeriod('2025-06'), DEFAULT_RULE_SETTINGS);
    expect(withBalance).toMatchObject({ light: 'YELLOW', target: 6000, completed: 5400 });
    expect(withBalance.lag).toBeCloseTo(0.05, 12);
    const withoutBalance = project('S', fgw.unitId, '2025-04-08', 'UNDER_CONSTRUCTION')
      .plan(2025, 12000, '2025-01')
      .report('2025-04', 1000, '2025-05-05')
      .report('2025-05', 1000, '2025-06-04')
      .report('2025-06', 1000, '2025-07-03')
      .build();
    // 3,000 of 6,000: 25 points behind
    expect(assessProject(withoutBalance, parsePeriod('2025-06'), DEFAULT_RULE_SETTINGS).light).toBe('RED');
  });

  it('counts in the unit investment completion: 5,400 of 6,000 in June', () => {
    const values = unitMetrics(fgw, [school().build()], parsePeriod('2025-06'), DEFAULT_RULE_SET);
    expect(values.investmentCompletion).toBeCloseTo(0.9, 12);
  });

  it('owes no report for the months it covers, so punctuality is judged from April on', () => {
    const facts = school().build();
    expect(reportStatus(facts, '2025-03', DEFAULT_RULE_SETTINGS, '2025-07-31')).toBe('NOT_DUE');
    expect(reportStatus(facts, '2025-04', DEFAULT_RULE_SETTINGS, '2025-07-31')).toBe('ON_TIME');
    expect(unitMetrics(fgw, [school().build()], parsePeriod('2025-06'), DEFAULT_RULE_SET).reportingPunctuality).toBe(1);
    // registered as building from January (its ledger back-filled), January to March are still not owed
    const backfilled = project('S', fgw.unitId, '2025-01-06', 'UNDER_CONSTRUCTION')
      .openingBalance('2025-03', 30000, 2400)
      .report('2025-04', 1000, '2025-05-05')
      .build();
    expect(reportStatus(backfilled, '2025-02', DEFAULT_RULE_SETTINGS, '2025-05-31')).toBe('NOT_DUE');
    expect(unitMetrics(fgw, [backfilled], parsePeriod('2025-05'), DEFAULT_RULE_SET).reportingPunctuality).toBe(1);
  });

  it('the latest correction counts, and knownAt reproduces the figure before it', () => {
    const corrected = school().openingBalance('2025-03', 30000, 1800, '2025-07-20T12:00:00.000Z').build();
    expect(completedInvestment(corrected, 2025, 6)).toBe(4800);
    const input = { period: parsePeriod('2025-06'), ruleSet: DEFAULT_RULE_SET, units: [fgw], projects: [corrected] };
    const now = assessDistrict(input).projects[0];
    const before = assessDistrict({ ...input, knownAt: '2025-07-10T00:00:00.000Z' }).projects[0];
    expect(now.completed).toBe(4800);
    expect(before.completed).toBe(5400);
    // as known on 6 May: the first balance and April's report only
    const inMay = assessDistrict({ ...input, knownAt: '2025-05-06T00:00:00.000Z' }).projects[0];
    expect(inMay.completed).toBe(3400);
  });
});
