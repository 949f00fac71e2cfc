import fc from 'fast-check';
import { assessDistrict } from './assess-district';
import type { ProjectFacts, UnitFacts } from './facts';
import { parsePeriod } from './period';
import { DEFAULT_RULE_SET, ruleSetInForce, type RuleSet } from './rule-set';
import { project, unit } from './testing/facts-builder';
import { completedInvestment } from './project-timeline';

const period = parsePeriod('2025-06');

/** A unit whose single project has completed `june` of a 1,200 plan: its score moves with investment only. */
const unitWithProject = (code: string, june: number) => ({
  unit: unit(code),
  project: project(code, `u-${code}`, '2025-01-05', 'UNDER_CONSTRUCTION')
    .plan(2025, 1200, '2025-01')
    .report('2025-01', 0, '2025-02-01')
    .report('2025-02', 0, '2025-03-01')
    .report('2025-03', 0, '2025-04-01')
    .report('2025-04', 0, '2025-05-01')
    .report('2025-05', 0, '2025-06-01')
    .report('2025-06', june, '2025-07-01')
    .build(),
});

describe('ranking and reverse ranking', () => {
  const district = [
    unitWithProject('D', 600),
    unitWithProject('B', 300),
    unitWithProject('A', 300),
    unitWithProject('C', 150),
    unitWithProject('E', 0),
  ];
  const result = assessDistrict({
    period,
    ruleSet: DEFAULT_RULE_SET,
    units: [...district.map((d) => d.unit), unit('Z-NONE'), unit('0-NONE')],
    projects: district.map((d) => d.project),
  });

  it('ranks by score, then investment completion, then unit code, with no ties', () => {
    expect(result.units.map((u) => [u.code, u.rank, u.score])).toEqual([
      ['D', 1, 100],
      ['A', 2, 80],
      ['B', 3, 80],
      ['C', 4, 70],
      ['E', 5, 60],
      ['0-NONE', null, null],
      ['Z-NONE', null, null],
    ]);
  });

  it('gives a unit that leads no project no score and no metric values, rather than full marks', () => {
    expect(result.units.find((u) => u.code === 'Z-NONE')).toEqual({
      unitId: 'u-Z-NONE',
      code: 'Z-NONE',
      name: '单位Z-NONE',
      rank: null,
      score: null,
      projectCount: 0,
      tieBreak: null,
      investmentCompletion: null,
      constructionStart: null,
      reserve: null,
      problemClearance: null,
      reportingPunctuality: null,
    });
  });

  it('says which tie-break placed each unit below an equal score', () => {
    // A and B both score 80 with the same investment completion: the unit code decides.
    expect(result.units.map((u) => [u.code, u.tieBreak])).toEqual([
      ['D', null],
      ['A', null],
      ['B', 'UNIT_CODE'],
      ['C', null],
      ['E', null],
      ['0-NONE', null],
      ['Z-NONE', null],
    ]);
    // F scores 80 like A and B, with more investment but fewer on-time reports.
    const late = project('F', 'u-F', '2025-01-05', 'UNDER_CONSTRUCTION')
      .plan(2025, 1200, '2025-01')
      .report('2025-01', 0, '2025-02-20')
      .report('2025-02', 0, '2025-03-20')
      .report('2025-03', 0, '2025-04-20')
      .report('2025-04', 0, '2025-05-20')
      .report('2025-05', 0, '2025-06-20')
      .report('2025-06', 450, '2025-07-01')
      .build();
    const tied = assessDistrict({
      period,
      ruleSet: DEFAULT_RULE_SET,
      units: [...district.map((d) => d.unit), unit('F')],
      projects: [...district.map((d) => d.project), late],
    });
    expect(tied.units.slice(0, 4).map((u) => [u.code, u.rank, u.score, u.tieBreak])).toEqual([
      ['D', 1, 100, null],
      ['F', 2, 80, null],
      ['A', 3, 80, 'INVESTMENT_COMPLETION'],
      ['B', 4, 80, 'UNIT_CODE'],
    ]);
  });

  it('lists the last bottomN ranked units worst first, never an unranked one', () => {
    expect(result.reverseRanking.map((u) => u.code)).toEqual(['E', 'C', 'B']);
    const two = assessDistrict({
      period,
      ruleSet: { ...DEFAULT_RULE_SET, bottomN: 2 },
      units: district.map((d) => d.unit),
      projects: district.map((d) => d.project),
    });
    expect(two.reverseRanking.map((u) => u.code)).toEqual(['E', 'C']);
  });

  it('counts a project for the unit that leads it at the period end, and drops it once cancelled', () => {
    const moved = project('M', 'u-A', '2025-01-05', 'UNDER_CONSTRUCTION')
      .plan(2025, 100, '2025-01')
      .leadUnit('u-B', '2025-05-01');
    const input = { ruleSet: DEFAULT_RULE_SET, units: [unit('A'), unit('B')], projects: [moved.build()] };
    expect(
      assessDistrict({ ...input, period: parsePeriod('2025-04') }).units.map((u) => [u.code, u.projectCount]),
    ).toEqual([
      ['A', 1],
      ['B', 0],
    ]);
    expect(assessDistrict({ ...input, period: parsePeriod('2025-05') }).units[0]).toMatchObject({
      code: 'B',
      projectCount: 1,
    });
    const cancelled = moved.stage('CANCELLED', '2025-06-10').build();
    const after = assessDistrict({ ...input, projects: [cancelled], period: parsePeriod('2025-06') });
    expect(after.units.every((u) => u.rank === null)).toBe(true);
  });

  it('leaves out everything recorded after knownAt, including whole projects and units', () => {
    const late = { ...unitWithProject('L', 0).project, registeredAt: '2025-08-01T00:00:00.000Z' };
    const result = assessDistrict({
      period,
      ruleSet: DEFAULT_RULE_SET,
      units: [unit('L'), { ...unit('N'), createdAt: '2025-09-01T00:00:00.000Z' }],
      projects: [late],
      knownAt: '2025-07-15T00:00:00.000Z',
    });
    expect(result.units.map((u) => [u.code, u.projectCount])).toEqual([['L', 0]]);
  });
});

describe('rule set in force', () => {
  const v2: RuleSet = {
    ...DEFAULT_RULE_SET,
    version: 2,
    effectiveFrom: '2025-07-01',
    publishedAt: '2025-06-20T00:00:00Z',
  };
  const v3: RuleSet = {
    ...DEFAULT_RULE_SET,
    version: 3,
    effectiveFrom: '2025-04-01',
    publishedAt: '2025-06-25T00:00:00Z',
  };

  it('is the highest version effective on the period’s last day', () => {
    expect(ruleSetInForce([DEFAULT_RULE_SET, v2], parsePeriod('2025-06').endDay).version).toBe(1);
    expect(ruleSetInForce([DEFAULT_RULE_SET, v2], parsePeriod('2025-07').endDay).version).toBe(2);
    expect(ruleSetInForce([DEFAULT_RULE_SET, v2], parsePeriod('2025-Q3').endDay).version).toBe(2);
    expect(ruleSetInForce([DEFAULT_RULE_SET, v2, v3], parsePeriod('2025-05').endDay).version).toBe(3);
    expect(ruleSetInForce([DEFAULT_RULE_SET, v2, v3], parsePeriod('2025-08').endDay).version).toBe(3);
  });
});

describe('periods', () => {
  it.each([
    ['2025-03', 'MONTH', 3, '2025-03-31'],
    ['2024-02', 'MONTH', 2, '2024-02-29'],
    ['2025-Q2', 'QUARTER', 6, '2025-06-30'],
    ['2025', 'YEAR', 12, '2025-12-31'],
  ])('%s ends on its last day', (label, kind, month, endDay) => {
    expect(parsePeriod(label)).toMatchObject({ kind, month, endDay, year: Number(label.slice(0, 4)) });
  });

  it.each(['2025-13', '2025-Q5', '25', '2025-3', 'Q1-2025', ''])(
    'refuses "%s" with a message naming the field',
    (label) => {
      expect(() => parsePeriod(label)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'period' }));
    },
  );
});

/** Random but valid facts for a small district: several units, projects moving through stages, reports, problems. */
const STAGE_PATHS = [
  ['RESERVE'],
  ['RESERVE', 'PREPARATION', 'UNDER_CONSTRUCTION'],
  ['SIGNED', 'UNDER_CONSTRUCTION', 'COMPLETED'],
  ['UNDER_CONSTRUCTION', 'SUSPENDED'],
  ['PREPARATION', 'CANCELLED'],
] as const;

const districtFacts = fc
  .record({
    unitCount: fc.integer({ min: 1, max: 6 }),
    projects: fc.array(
      fc.record({
        unit: fc.nat(5),
        path: fc.constantFrom(...STAGE_PATHS),
        registeredMonth: fc.integer({ min: 1, max: 12 }),
        plan: fc.option(
          fc.record({ amount: fc.integer({ min: 0, max: 5000 }), start: fc.integer({ min: 1, max: 12 }) }),
        ),
        reports: fc.array(
          fc.record({
            month: fc.integer({ min: 1, max: 12 }),
            amount: fc.integer({ min: 0, max: 900 }),
            day: fc.integer({ min: 1, max: 20 }),
          }),
          { maxLength: 14 },
        ),
        problems: fc.array(
          fc.record({
            due: fc.integer({ min: 1, max: 12 }),
            resolvedAfterDays: fc.option(fc.integer({ min: -20, max: 40 })),
          }),
          { maxLength: 3 },
        ),
        reserveTarget: fc.integer({ min: 0, max: 4 }),
      }),
      { maxLength: 25 },
    ),
  })
  .map(({ unitCount, projects }) => {
    const units: UnitFacts[] = Array.from({ length: unitCount }, (_, i) =>
      unit(`U${i}`, { 2025: projects[i]?.reserveTarget ?? 0 }),
    );
    const facts: ProjectFacts[] = projects.map((p, index) => {
      const month = String(p.registeredMonth).padStart(2, '0');
      const builder = project(`P${index}`, units[p.unit % unitCount].unitId, `2025-${month}-01`, p.path[0]);
      p.path
        .slice(1)
        .forEach((stage, step) => builder.stage(stage, `2025-${month}-${String(10 + step * 5).padStart(2, '0')}`));
      if (p.plan) builder.plan(2025, p.plan.amount, `2025-${String(p.plan.start).padStart(2, '0')}`);
      for (const r of p.reports.filter((r) => r.month >= p.registeredMonth)) {
        const next = r.month === 12 ? '2026-01' : `2025-${String(r.month + 1).padStart(2, '0')}`;
        builder.report(
          `2025-${String(r.month).padStart(2, '0')}`,
          r.amount,
          `${next}-${String(r.day).padStart(2, '0')}`,
        );
      }
      for (const problem of p.problems) {
        const due = `2025-${String(problem.due).padStart(2, '0')}-15`;
        const resolved = problem.resolvedAfterDays === null ? undefined : addDays(due, problem.resolvedAfterDays);
        builder.problem(due, resolved);
      }
      return builder.build();
    });
    return { units, facts };
  });

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const periods = fc.constantFrom('2025-01', '2025-04', '2025-06', '2025-09', '2025-Q3', '2025');

describe('assessment invariants (property-based)', () => {
  it('scores stay within [0, 100] and every metric within [0, 1]', () => {
    fc.assert(
      fc.property(districtFacts, periods, ({ units, facts }, label) => {
        const result = assessDistrict({
          period: parsePeriod(label),
          ruleSet: DEFAULT_RULE_SET,
          units,
          projects: facts,
        });
        for (const u of result.units.filter((scored) => scored.rank !== null)) {
          expect(u.score).toBeGreaterThanOrEqual(0);
          expect(u.score).toBeLessThanOrEqual(100);
          for (const value of [
            u.investmentCompletion,
            u.constructionStart,
            u.reserve,
            u.problemClearance,
            u.reportingPunctuality,
          ]) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('ranks are a permutation of 1..n over exactly the units with projects', () => {
    fc.assert(
      fc.property(districtFacts, periods, ({ units, facts }, label) => {
        const result = assessDistrict({
          period: parsePeriod(label),
          ruleSet: DEFAULT_RULE_SET,
          units,
          projects: facts,
        });
        const ranked = result.units.filter((u) => u.rank !== null);
        expect(ranked.map((u) => u.rank)).toEqual(ranked.map((_, i) => i + 1));
        expect(ranked.every((u) => u.projectCount > 0)).toBe(true);
        expect(result.units.filter((u) => u.rank === null).every((u) => u.projectCount === 0 && u.score === null)).toBe(
          true,
        );
        expect(result.units).toHaveLength(units.length);
        expect(result.reverseRanking.length).toBe(Math.min(DEFAULT_RULE_SET.bottomN, ranked.length));
        for (let i = 1; i < ranked.length; i++) {
          const [above, below] = [ranked[i - 1], ranked[i]];
          expect(Number(above.score)).toBeGreaterThanOrEqual(Number(below.score));
          expect(below.tieBreak === null).toBe(above.score !== below.score);
        }
      }),
    );
  });

  it('a correction replaces the month it corrects and never adds to it', () => {
    fc.assert(
      fc.property(districtFacts, fc.integer({ min: 0, max: 900 }), ({ facts }, corrected) => {
        for (const original of facts.filter((f) => f.reports.length > 0)) {
          const month = original.reports[0].month;
          const correction = {
            month,
            investment: corrected,
            submittedOn: '2026-01-20',
            first: false,
            recordedAt: '2026-01-20T12:00:00.000Z',
          };
          const after = { ...original, reports: [...original.reports, correction] };
          const latestBefore = [...original.reports].reverse().find((r) => r.month === month)!.investment;
          expect(completedInvestment(after, 2025, 12)).toBe(
            completedInvestment(original, 2025, 12) - latestBefore + corrected,
          );
        }
      }),
    );
  });
});
