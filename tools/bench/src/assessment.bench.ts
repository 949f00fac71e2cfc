import {
  assessDistrict,
  DEFAULT_RULE_SET,
  parsePeriod,
  type ProjectFacts,
  type UnitFacts,
} from '@tuijin/domain-assessment';
import type { Stage } from '@tuijin/domain-projects';
import { round, type Comparison } from './measure';

const PROJECTS = 5_000;
const UNITS = 60;
const RUNS = 30;

/** A small seeded generator, so every run assesses the same district. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A district of 5,000 projects with a year of reports, corrections, stage changes and problems. */
export function largeDistrict(): { units: UnitFacts[]; projects: ProjectFacts[] } {
  const random = seeded(2025);
  const at = (day: string) => `${day}T09:00:00.000Z`;
  const units: UnitFacts[] = Array.from({ length: UNITS }, (_, i) => ({
    unitId: `u${i}`,
    code: `U${pad(i)}`,
    name: `单位${i}`,
    createdAt: at('2024-01-01'),
    reserveTargets: [{ year: 2025, target: 1 + Math.floor(random() * 5), recordedAt: at('2025-01-02') }],
  }));
  const projects = Array.from({ length: PROJECTS }, (_, i): ProjectFacts => {
    const start = 1 + Math.floor(random() * 10);
    const registered = `2025-${pad(Math.max(1, start - 1))}-01`;
    const stages: ProjectFacts['stages'] = [{ stage: 'SIGNED' as Stage, on: registered, recordedAt: at(registered) }];
    if (random() < 0.8)
      stages.push({
        stage: 'UNDER_CONSTRUCTION',
        on: `2025-${pad(start)}-15`,
        recordedAt: at(`2025-${pad(start)}-15`),
      });
    const planned = 500 + Math.floor(random() * 20_000);
    const reports: ProjectFacts['reports'] = [];
    for (let m = start; m <= 12; m++) {
      const next = m === 12 ? '2026-01' : `2025-${pad(m + 1)}`;
      const submittedOn = `${next}-${pad(1 + Math.floor(random() * 9))}`;
      reports.push({
        month: `2025-${pad(m)}`,
        investment: Math.round((planned / 12) * random() * 1.6),
        submittedOn,
        first: true,
        recordedAt: at(submittedOn),
      });
      if (random() < 0.05)
        reports.push({
          month: `2025-${pad(m)}`,
          investment: Math.round(planned / 12),
          submittedOn,
          first: false,
          recordedAt: at(submittedOn),
        });
    }
    const problems = Array.from({ length: Math.floor(random() * 3) }, (_, p) => {
      const due = `2025-${pad(1 + Math.floor(random() * 12))}-20`;
      return {
        problemId: `p${i}:${p}`,
        dueOn: due,
        raisedAt: at('2025-01-05'),
        ...(random() < 0.7 ? { resolvedOn: due, resolvedAt: at(due) } : {}),
      };
    });
    return {
      projectId: `p${i}`,
      code: `P${i}`,
      name: `项目${i}`,
      registeredOn: registered,
      registeredAt: at(registered),
      stages,
      leadUnits: [{ unitId: `u${i % UNITS}`, on: registered, recordedAt: at(registered) }],
      plans: [
        {
          year: 2025,
          plannedInvestment: planned,
          plannedStartMonth: `2025-${pad(start)}`,
          recordedAt: at('2025-01-02'),
        },
      ],
      openingBalances: [],
      reports,
      problems,
    };
  });
  return { units, projects };
}

/** Assessing a 5,000-project district for a month, once its facts are loaded (target: well under 100 ms). */
export async function assessmentBenchmark(): Promise<Comparison[]> {
  const district = largeDistrict();
  const times = (options: { knownAt?: string }) => {
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      assessDistrict({ period: parsePeriod('2025-09'), ruleSet: DEFAULT_RULE_SET, ...district, ...options });
      samples.push(performance.now() - started);
    }
    return samples.sort((a, b) => a - b);
  };
  const plain = times({});
  const known = times({ knownAt: '2025-10-03T00:00:00.000Z' });
  const median = (s: number[]) => s[Math.floor(s.length / 2)];
  const row = (name: string, samples: number[]): Comparison => ({
    name,
    unit: 'ms',
    value: round(median(samples), 1),
    baselineName: 'target',
    baseline: 100,
    ratio: median(samples) / 100,
    target: 'well under 100 ms',
    notes: `${PROJECTS} projects, ${UNITS} units, a year of reports; median of ${RUNS} runs, p95 ${round(samples[Math.floor(samples.length * 0.95)], 1)} ms`,
  });
  return [
    row('Assess a district for a month (5,000 projects)', plain),
    row('…the same as known at an instant (knownAt)', known),
  ];
}
