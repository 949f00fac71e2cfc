/**
 * A district year written as plain data, and an independent, deliberately naive
 * reading of the spec's assessment rules over that data. The API's answers for
 * every period are checked against this oracle, so neither side merely echoes the other.
 */
export interface ScenarioProject {
  code: string;
  unit: string;
  registeredOn: string;
  stage: string;
  plan?: { amount: number; start: string };
  moves: { stage: string; on: string; reason?: string }[];
  /** In submission order; a second report for a month is a correction. */
  reports: { month: string; amount: number; on: string }[];
  problems: { due: string; raised: string; resolved?: string }[];
}

export interface Rules {
  weights: { investment: number; start: number; reserve: number; problems: number; punctuality: number };
  yellowMaxLag: number;
  startDelayYellowMonths: number;
  startDelayRedMonths: number;
  bottomN: number;
  reportDueDay: number;
}

export const DEFAULT_RULES: Rules = {
  weights: { investment: 40, start: 20, reserve: 15, problems: 15, punctuality: 10 },
  yellowMaxLag: 0.1,
  startDelayYellowMonths: 1,
  startDelayRedMonths: 3,
  bottomN: 3,
  reportDueDay: 5,
};

export const SECOND_RULES: Rules = {
  weights: { investment: 50, start: 20, reserve: 10, problems: 10, punctuality: 10 },
  yellowMaxLag: 0.15,
  startDelayYellowMonths: 2,
  startDelayRedMonths: 4,
  bottomN: 2,
  reportDueDay: 6,
};
export const SECOND_RULES_FROM = '2025-07-01';

export const UNITS = [
  { code: 'U1', kind: 'DEPARTMENT', name: '县发展改革局', reserveTarget: 2 },
  { code: 'U2', kind: 'TOWNSHIP', name: '东城街道', reserveTarget: 1 },
  { code: 'U3', kind: 'TOWNSHIP', name: '西河镇', reserveTarget: 0 },
];

const monthly = (from: number, to: number, amount: number, day: number, late: Record<number, number> = {}) =>
  Array.from({ length: to - from + 1 }, (_, i) => {
    const m = from + i;
    const next = m === 12 ? '2026-01' : `2025-${String(m + 1).padStart(2, '0')}`;
    return {
      month: `2025-${String(m).padStart(2, '0')}`,
      amount,
      on: `${next}-${String(late[m] ?? day).padStart(2, '0')}`,
    };
  });

export const PROJECTS: ScenarioProject[] = [
  {
    code: 'P1',
    unit: 'U1',
    registeredOn: '2024-11-01',
    stage: 'UNDER_CONSTRUCTION',
    plan: { amount: 1200, start: '2024-06' },
    moves: [],
    reports: [...monthly(1, 12, 100, 3, { 3: 8 }).filter((r) => r.month !== '2025-07')],
    problems: [
      { raised: '2025-03-01', due: '2025-03-31', resolved: '2025-03-25' },
      { raised: '2025-06-01', due: '2025-06-30', resolved: '2025-07-05' },
      { raised: '2025-09-01', due: '2025-09-30' },
    ],
  },
  {
    code: 'P2',
    unit: 'U1',
    registeredOn: '2025-01-15',
    stage: 'RESERVE',
    plan: { amount: 600, start: '2025-04' },
    moves: [
      { stage: 'PREPARATION', on: '2025-02-10' },
      { stage: 'SIGNED', on: '2025-03-05' },
      { stage: 'UNDER_CONSTRUCTION', on: '2025-04-20' },
      { stage: 'COMPLETED', on: '2025-11-30' },
    ],
    reports: monthly(4, 11, 75, 4, { 10: 9 }),
    problems: [{ raised: '2025-04-25', due: '2025-05-15', resolved: '2025-05-15' }],
  },
  {
    code: 'P3',
    unit: 'U1',
    registeredOn: '2025-02-01',
    stage: 'SIGNED',
    plan: { amount: 300, start: '2025-03' },
    moves: [{ stage: 'PREPARATION', on: '2025-05-10', reason: '规划调整，退回前期' }],
    reports: [],
    problems: [],
  },
  {
    code: 'P4',
    unit: 'U2',
    registeredOn: '2025-01-10',
    stage: 'PREPARATION',
    plan: { amount: 800, start: '2025-02' },
    moves: [
      { stage: 'UNDER_CONSTRUCTION', on: '2025-02-15' },
      { stage: 'SUSPENDED', on: '2025-06-01', reason: '资金未到位' },
      { stage: 'UNDER_CONSTRUCTION', on: '2025-08-01' },
    ],
    reports: [...monthly(2, 5, 100, 2), ...monthly(8, 12, 60, 5)],
    problems: [{ raised: '2025-08-01', due: '2025-08-31', resolved: '2025-08-20' }],
  },
  {
    code: 'P5',
    unit: 'U2',
    registeredOn: '2025-03-01',
    stage: 'RESERVE',
    plan: { amount: 200, start: '2025-09' },
    moves: [{ stage: 'CANCELLED', on: '2025-07-15', reason: '企业投资意向变更' }],
    reports: [],
    problems: [{ raised: '2025-03-10', due: '2025-06-30' }],
  },
  {
    code: 'P6',
    unit: 'U2',
    registeredOn: '2025-05-01',
    stage: 'RESERVE',
    moves: [],
    reports: [],
    problems: [],
  },
];

/** The correction submitted after the bulletin: P1's May figure goes from 100 to 40. */
export const LATE_CORRECTION = { project: 'P1', month: '2025-05', amount: 40, on: '2025-06-20' };

// ---- the oracle -------------------------------------------------------------------------

const STARTED = ['UNDER_CONSTRUCTION', 'COMPLETED', 'OPERATING'];
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (m: number) => new Date(Date.UTC(2025, m, 0)).toISOString().slice(0, 10);

function stageOn(p: ScenarioProject, day: string): string | undefined {
  if (p.registeredOn > day) return undefined;
  let stage = p.stage;
  for (const move of p.moves) if (move.on <= day) stage = move.stage;
  return stage;
}

function completedTo(p: ScenarioProject, m: number): number {
  const latest: Record<string, number> = {};
  for (const r of p.reports) if (r.month >= '2025-01' && r.month <= `2025-${pad(m)}`) latest[r.month] = r.amount;
  return Object.values(latest).reduce((a, b) => a + b, 0);
}

const share = (m: number, s: number) => Math.min(1, Math.max(0, (m - s + 1) / (13 - s)));
const startMonth = (p: ScenarioProject) => (p.plan!.start.startsWith('2025') ? Number(p.plan!.start.slice(5)) : 1);

export function oracleLight(p: ScenarioProject, m: number, rules: Rules): string | null {
  const end = lastDay(m);
  if (!p.plan || p.registeredOn > end || stageOn(p, end) === 'CANCELLED') return null;
  const lag = share(m, startMonth(p)) - completedTo(p, m) / p.plan.amount;
  const rank = ['GREEN', 'YELLOW', 'RED'];
  let light = lag <= 1e-9 ? 0 : lag <= rules.yellowMaxLag + 1e-9 ? 1 : 2;
  const s = startMonth(p);
  if (p.plan.start.startsWith('2025') && s < m && !STARTED.includes(stageOn(p, end)!)) {
    if (m - s >= rules.startDelayRedMonths) light = 2;
    else if (m - s >= rules.startDelayYellowMonths) light = Math.max(light, 1);
  }
  return rank[light];
}

const tieBreak = (above: { investment: number }, below: { investment: number }) =>
  above.investment !== below.investment ? 'INVESTMENT_COMPLETION' : 'UNIT_CODE';

export function oracleUnits(projects: ScenarioProject[], m: number, rules: Rules) {
  const end = lastDay(m);
  const scored = UNITS.map((unit) => {
    const own = projects.filter(
      (p) => p.unit === unit.code && p.registeredOn <= end && stageOn(p, end) !== 'CANCELLED',
    );
    const planned = own.filter((p) => p.plan);
    const target = planned.reduce((sum, p) => sum + p.plan!.amount * share(m, startMonth(p)), 0);
    const done = planned.reduce((sum, p) => sum + completedTo(p, m), 0);
    const investment = target === 0 ? 1 : Math.min(1, done / target);
    const dueToStart = planned.filter((p) => p.plan!.start.startsWith('2025') && Number(p.plan!.start.slice(5)) <= m);
    const start =
      dueToStart.length === 0
        ? 1
        : dueToStart.filter((p) => STARTED.includes(stageOn(p, end)!)).length / dueToStart.length;
    const enteredReserve = own.filter((p) =>
      [{ stage: p.stage, on: p.registeredOn }, ...p.moves].some(
        (e) => e.stage === 'RESERVE' && e.on >= '2025-01-01' && e.on <= end,
      ),
    ).length;
    const reserve = unit.reserveTarget === 0 ? 1 : Math.min(1, enteredReserve / unit.reserveTarget);
    const dueProblems = own.flatMap((p) => p.problems).filter((q) => q.due >= '2025-01-01' && q.due <= end);
    const problems =
      dueProblems.length === 0
        ? 1
        : dueProblems.filter((q) => q.resolved && q.resolved <= q.due).length / dueProblems.length;
    let due = 0;
    let onTime = 0;
    for (let k = 1; k < m; k++) {
      for (const p of own) {
        if (stageOn(p, lastDay(k)) !== 'UNDER_CONSTRUCTION') continue;
        due += 1;
        const first = p.reports.find((r) => r.month === `2025-${pad(k)}`);
        const deadline = `${k === 12 ? '2026-01' : `2025-${pad(k + 1)}`}-${pad(rules.reportDueDay)}`;
        if (first && first.on <= deadline) onTime += 1;
      }
    }
    const punctuality = due === 0 ? 1 : onTime / due;
    const w = rules.weights;
    const score =
      Math.round(
        (w.investment * investment +
          w.start * start +
          w.reserve * reserve +
          w.problems * problems +
          w.punctuality * punctuality) *
          100,
      ) / 100;
    return { code: unit.code, projectCount: own.length, investment, start, reserve, problems, punctuality, score };
  });
  const ranked = scored
    .filter((u) => u.projectCount > 0)
    .sort((a, b) => b.score - a.score || b.investment - a.investment || a.code.localeCompare(b.code))
    .map((u, i, all) => ({
      ...u,
      rank: i + 1,
      tieBreak: i > 0 && all[i - 1].score === u.score ? tieBreak(all[i - 1], u) : null,
    }));
  // a unit that leads no project is not measured at all: no score, no metric values
  const unranked = scored
    .filter((u) => u.projectCount === 0)
    .map((u) => ({ code: u.code, projectCount: 0, rank: null, score: null, tieBreak: null }));
  return {
    units: [...ranked, ...unranked],
    reverse: ranked
      .slice(-rules.bottomN)
      .reverse()
      .map((u) => u.code),
  };
}

export const withCorrection = (projects: ScenarioProject[]): ScenarioProject[] =>
  projects.map((p) =>
    p.code === LATE_CORRECTION.project
      ? {
          ...p,
          reports: [
            ...p.reports,
            { month: LATE_CORRECTION.month, amount: LATE_CORRECTION.amount, on: LATE_CORRECTION.on },
          ],
        }
      : p,
  );

/** A GraphQL client that returns the data of an answer and throws on any error. */
export interface GraphqlOk {
  ok(query: string, variables?: Record<string, unknown>): Promise<Record<string, any>>;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

/**
 * Enters the scenario through the public GraphQL contract, in the order a district
 * would, with any client that fails on errors; returns the district and two instants
 * (before the second rule set, before the late correction) for `knownAt` questions.
 */
export async function enterAssessmentScenario(api: GraphqlOk) {
  const input = (name: string, value: Record<string, unknown>) =>
    api.ok(`mutation($i: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $i) { id } }`, { i: value });
  const district = (await input('createDistrict', { code: 'SC-2025', name: '示范县' })).createDistrict.id;
  const units: Record<string, string> = {};
  for (const unit of UNITS) {
    units[unit.code] = (
      await input('createUnit', { districtId: district, code: unit.code, name: unit.name, kind: unit.kind })
    ).createUnit.id;
    await input('setReserveTarget', { unitId: units[unit.code], year: 2025, target: unit.reserveTarget });
  }
  const projects: Record<string, string> = {};
  for (const p of PROJECTS) {
    const { registerProject } = await input('registerProject', {
      districtId: district,
      code: p.code,
      name: `示范项目${p.code}`,
      category: 'INFRASTRUCTURE',
      leadUnitId: units[p.unit],
      totalInvestment: 5000,
      stage: p.stage,
      occurredOn: p.registeredOn,
    });
    projects[p.code] = registerProject.id;
    if (p.plan) {
      await input('setAnnualPlan', {
        projectId: projects[p.code],
        year: 2025,
        plannedInvestment: p.plan.amount,
        plannedStartMonth: p.plan.start,
        plannedCompletionMonth: '2026-12',
      });
    }
    for (const report of p.reports) {
      await input('submitMonthlyReport', {
        projectId: projects[p.code],
        month: report.month,
        investment: report.amount,
        progressPercent: 50,
        submittedOn: report.on,
      });
    }
    for (const problem of p.problems) {
      const { raiseProblem } = await input('raiseProblem', {
        projectId: projects[p.code],
        category: 'APPROVAL',
        description: '审批手续办理',
        raisedOn: problem.raised,
        dueOn: problem.due,
      });
      if (problem.resolved)
        await input('resolveProblem', {
          problemId: raiseProblem.id,
          resolvedOn: problem.resolved,
          resolution: '已办结',
        });
    }
    // stage moves last: a cancelled project accepts nothing more
    for (const move of p.moves)
      await input('changeStage', {
        projectId: projects[p.code],
        stage: move.stage,
        occurredOn: move.on,
        reason: move.reason,
      });
  }
  await pause();
  const beforeRules = new Date().toISOString();
  await pause();
  await api.ok(`mutation($i: PublishRuleSetInput!) { publishRuleSet(input: $i) { version effectiveFrom } }`, {
    i: { districtId: district, effectiveFrom: SECOND_RULES_FROM, ...SECOND_RULES },
  });
  await pause();
  const beforeCorrection = new Date().toISOString();
  await pause();
  await input('submitMonthlyReport', {
    projectId: projects[LATE_CORRECTION.project],
    month: LATE_CORRECTION.month,
    investment: LATE_CORRECTION.amount,
    progressPercent: 50,
    submittedOn: LATE_CORRECTION.on,
  });
  return { district, beforeRules, beforeCorrection };
}
