import { assessDistrict } from './assess-district';
import { parsePeriod } from './period';
import { DEFAULT_RULE_SET } from './rule-set';
import { project, unit } from './testing/facts-builder';
import { unitMetrics } from './unit-metrics';

/**
 * The worked example of docs/assessment.md: one unit, four projects, assessed for June 2025.
 */
const fgw = unit('FGW', { 2025: 2 });
const a = () =>
  project('A', fgw.unitId, '2025-01-05', 'UNDER_CONSTRUCTION')
    .plan(2025, 1200, '2025-01')
    .report('2025-01', 100, '2025-02-03')
    .report('2025-02', 100, '2025-03-05')
    .report('2025-03', 100, '2025-04-06')
    .report('2025-04', 100, '2025-05-04')
    .report('2025-05', 100, '2025-06-03')
    .report('2025-06', 150, '2025-07-02')
    .problem('2025-03-31', '2025-03-20')
    .problem('2025-05-31', '2025-06-10')
    .problem('2025-07-15')
    .problem('2024-12-31');
const b = () =>
  project('B', fgw.unitId, '2025-02-01', 'SIGNED')
    .plan(2025, 900, '2025-04')
    .stage('UNDER_CONSTRUCTION', '2025-05-10')
    .report('2025-05', 100, '2025-06-03')
    .report('2025-06', 50, '2025-07-03')
    .problem('2025-06-30');
const c = () => project('C', fgw.unitId, '2025-01-20', 'PREPARATION').plan(2025, 600, '2025-05');
const d = () => project('D', fgw.unitId, '2025-03-01', 'RESERVE');

const june = parsePeriod('2025-06');

describe('unit metrics, worked example (June 2025)', () => {
  const values = () => unitMetrics(fgw, [a().build(), b().build(), c().build(), d().build()], june, DEFAULT_RULE_SET);

  it('investment completion: (650 + 150 + 0) of (600 + 300 + 150)', () => {
    expect(values().investmentCompletion).toBeCloseTo(800 / 1050, 12);
  });

  it('construction start: A and B of the three planned to start by June', () => {
    expect(values().constructionStart).toBeCloseTo(2 / 3, 12);
  });

  it('reserve: D entered RESERVE in 2025, against a target of 2', () => {
    expect(values().reserve).toBe(0.5);
  });

  it('problem clearance: of three problems due by June 30, one was resolved by its due date', () => {
    expect(values().problemClearance).toBeCloseTo(1 / 3, 12);
  });

  it('reporting punctuality: five of six reports due for January to May arrived by the 5th (March was late)', () => {
    expect(values().reportingPunctuality).toBeCloseTo(5 / 6, 12);
  });

  it('scores 64.64 and ranks first', () => {
    const result = assessDistrict({
      period: june,
      ruleSet: DEFAULT_RULE_SET,
      units: [fgw, unit('ZJW')],
      projects: [a().build(), b().build(), c().build(), d().build()],
    });
    expect(result.units[0]).toMatchObject({ code: 'FGW', rank: 1, score: 64.64, projectCount: 4 });
    expect(result.units[1]).toMatchObject({ code: 'ZJW', rank: null, score: null, projectCount: 0 });
    expect(result.ruleSetVersion).toBe(1);
  });

  it('a correction replaces the month it corrects, and knownAt reproduces the figure before it', () => {
    const corrected = a().report('2025-06', 50, '2025-07-12').build();
    const input = {
      period: june,
      ruleSet: DEFAULT_RULE_SET,
      units: [fgw],
      projects: [corrected, b().build(), c().build(), d().build()],
    };
    expect(assessDistrict(input).units[0].score).toBe(60.83);
    expect(assessDistrict({ ...input, knownAt: '2025-07-10T00:00:00.000Z' }).units[0].score).toBe(64.64);
  });

  it('a report is on time on the due day itself and judged by its first submission, not a correction', () => {
    const late = project('L', fgw.unitId, '2025-01-05', 'UNDER_CONSTRUCTION')
      .report('2025-01', 10, '2025-02-06')
      .report('2025-01', 12, '2025-02-04')
      .report('2025-02', 10, '2025-03-05')
      .build();
    expect(unitMetrics(fgw, [late], parsePeriod('2025-03'), DEFAULT_RULE_SET).reportingPunctuality).toBe(0.5);
  });

  it('a missing report is not on time, and no reports are due for the current month', () => {
    const facts = project('M', fgw.unitId, '2025-01-05', 'UNDER_CONSTRUCTION')
      .report('2025-02', 10, '2025-03-01')
      .build();
    expect(unitMetrics(fgw, [facts], parsePeriod('2025-03'), DEFAULT_RULE_SET).reportingPunctuality).toBe(0.5);
    expect(unitMetrics(fgw, [facts], parsePeriod('2025-01'), DEFAULT_RULE_SET).reportingPunctuality).toBe(1);
  });

  it('every metric is 1 when there is nothing to measure', () => {
    expect(unitMetrics(unit('X'), [d().build()], june, DEFAULT_RULE_SET)).toEqual({
      investmentCompletion: 1,
      constructionStart: 1,
      reserve: 1,
      problemClearance: 1,
      reportingPunctuality: 1,
    });
  });

  it('investment completion is capped at 1', () => {
    const ahead = project('H', fgw.unitId, '2025-01-05', 'UNDER_CONSTRUCTION')
      .plan(2025, 120, '2025-01')
      .report('2025-01', 500, '2025-02-01')
      .build();
    expect(unitMetrics(fgw, [ahead], parsePeriod('2025-01'), DEFAULT_RULE_SET).investmentCompletion).toBe(1);
  });
});
