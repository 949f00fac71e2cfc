import { assessProject, timeProportion } from './light';
import { parsePeriod } from './period';
import { DEFAULT_RULE_SETTINGS } from './rule-set';
import { project } from './testing/facts-builder';

const rules = DEFAULT_RULE_SETTINGS;
const lightIn = (label: string, facts: ReturnType<ReturnType<typeof project>['build']>) =>
  assessProject(facts, parsePeriod(label), rules).light;

describe('time-proportional target (序时进度)', () => {
  it.each([
    [12, 1, 1],
    [6, 1, 0.5],
    [1, 1, 1 / 12],
    [3, 4, 0],
    [4, 4, 1 / 9],
    [6, 4, 3 / 9],
    [12, 12, 1],
  ])('at the end of month %i for a plan starting in month %i is %d of the plan', (month, start, share) => {
    expect(timeProportion(month, start)).toBeCloseTo(share, 12);
  });
});

describe('project light (红黄绿灯)', () => {
  const working = (june: number) =>
    project('A', 'u', '2025-01-05', 'UNDER_CONSTRUCTION')
      .plan(2025, 1200, '2025-01')
      .report('2025-05', 0, '2025-06-01')
      .report('2025-06', june, '2025-07-01')
      .build();

  it('is GREEN on target, YELLOW up to 10 points behind, RED beyond (plan 1,200, June target 600)', () => {
    expect(lightIn('2025-06', working(600))).toBe('GREEN');
    expect(lightIn('2025-06', working(700))).toBe('GREEN');
    expect(lightIn('2025-06', working(540))).toBe('YELLOW');
    expect(lightIn('2025-06', working(480))).toBe('YELLOW');
    expect(lightIn('2025-06', working(479))).toBe('RED');
  });

  it('reports the target, completion and lag it judged by', () => {
    const assessed = assessProject(working(540), parsePeriod('2025-06'), rules);
    expect(assessed).toMatchObject({ plannedInvestment: 1200, target: 600, completed: 540 });
    expect(assessed.completionRate).toBeCloseTo(0.45, 12);
    expect(assessed.lag).toBeCloseTo(0.05, 12);
  });

  it('turns back when a project catches up (红转黄, 黄转绿)', () => {
    const facts = project('A', 'u', '2025-01-05', 'UNDER_CONSTRUCTION')
      .plan(2025, 1200, '2025-01')
      .report('2025-05', 300, '2025-06-01')
      .report('2025-06', 220, '2025-07-01')
      .report('2025-07', 180, '2025-08-01')
      .build();
    expect(lightIn('2025-05', facts)).toBe('RED'); // 300 of 500
    expect(lightIn('2025-06', facts)).toBe('YELLOW'); // 520 of 600
    expect(lightIn('2025-07', facts)).toBe('GREEN'); // 700 of 700
  });

  it('is YELLOW one month and RED three months after a missed planned start, even on investment target', () => {
    const facts = project('B', 'u', '2025-01-10', 'SIGNED')
      .plan(2025, 1000, '2025-03')
      .report('2025-03', 100, '2025-04-01')
      .report('2025-04', 100, '2025-05-01')
      .report('2025-05', 100, '2025-06-01')
      .report('2025-06', 100, '2025-07-01')
      .build();
    expect(lightIn('2025-03', facts)).toBe('GREEN'); // planned start month itself: no delay yet
    expect(lightIn('2025-04', facts)).toBe('YELLOW'); // 200 of 200, but 1 month late
    expect(lightIn('2025-05', facts)).toBe('YELLOW');
    expect(lightIn('2025-06', facts)).toBe('RED'); // 3 months late
  });

  it('counts a suspended project as not started', () => {
    const facts = project('C', 'u', '2025-01-10', 'SIGNED')
      .plan(2025, 0, '2025-03')
      .stage('UNDER_CONSTRUCTION', '2025-03-10')
      .stage('SUSPENDED', '2025-05-20')
      .build();
    expect(lightIn('2025-04', facts)).toBe('GREEN');
    expect(lightIn('2025-06', facts)).toBe('RED');
  });

  it('gives no start-delay light to a project whose planned start was in an earlier year', () => {
    const facts = project('D', 'u', '2024-02-01', 'UNDER_CONSTRUCTION')
      .plan(2025, 0, '2024-03')
      .stage('SUSPENDED', '2025-01-15')
      .build();
    expect(lightIn('2025-09', facts)).toBe('GREEN');
  });

  it('has no light without a plan for the year, once cancelled, or before registration', () => {
    const noPlan = project('E', 'u', '2025-01-05', 'UNDER_CONSTRUCTION').plan(2024, 100, '2024-01').build();
    expect(lightIn('2025-06', noPlan)).toBeNull();
    const cancelled = project('F', 'u', '2025-01-05', 'SIGNED')
      .plan(2025, 100, '2025-06')
      .stage('CANCELLED', '2025-04-01')
      .build();
    expect(lightIn('2025-03', cancelled)).toBe('GREEN');
    expect(lightIn('2025-04', cancelled)).toBeNull();
    const later = project('G', 'u', '2025-08-01', 'RESERVE').plan(2025, 100, '2025-10').build();
    expect(lightIn('2025-07', later)).toBeNull();
  });

  it('uses the last month of a quarter or a year', () => {
    const facts = working(479);
    expect(lightIn('2025-Q2', facts)).toBe('RED');
    expect(assessProject(facts, parsePeriod('2025'), rules).target).toBe(1200);
  });
});
