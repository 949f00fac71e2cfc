import { projectFactsKnownAt, unitFactsKnownAt, type ProjectFacts, type UnitFacts } from './facts';
import { assessProject, type ProjectAssessment } from './light';
import type { Period } from './period';
import { isActiveOn, leadUnitOn } from './project-timeline';
import type { RuleSet } from './rule-set';
import { score, unitMetrics, type MetricValues } from './unit-metrics';

export interface UnitScore extends MetricValues {
  unitId: string;
  code: string;
  name: string;
  /** 1..n among units with at least one project; null for a unit with none. */
  rank: number | null;
  score: number;
  projectCount: number;
}

export interface DistrictAssessment {
  period: Period;
  ruleSetVersion: number;
  /** Ranked units in rank order, then the unranked ones by code. */
  units: UnitScore[];
  /** The last `bottomN` ranked units, worst first (逆排名). */
  reverseRanking: UnitScore[];
  projects: ProjectAssessment[];
}

export interface AssessmentInput {
  period: Period;
  ruleSet: RuleSet;
  units: UnitFacts[];
  projects: ProjectFacts[];
  /** Only facts recorded at or before this instant count. */
  knownAt?: string;
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Assesses every unit and project of a district for a period, as the rule set defines. */
export function assessDistrict(input: AssessmentInput): DistrictAssessment {
  const { period, ruleSet, knownAt } = input;
  const projects = input.projects
    .map((facts) => projectFactsKnownAt(facts, knownAt))
    .filter((facts): facts is ProjectFacts => facts !== undefined);
  const units = input.units
    .map((facts) => unitFactsKnownAt(facts, knownAt))
    .filter((facts): facts is UnitFacts => facts !== undefined);

  const projectsByUnit = new Map<string, ProjectFacts[]>();
  for (const project of projects) {
    if (!isActiveOn(project, period.endDay)) continue;
    const unitId = leadUnitOn(project, period.endDay);
    if (unitId === undefined) continue;
    const list = projectsByUnit.get(unitId) ?? [];
    list.push(project);
    projectsByUnit.set(unitId, list);
  }

  const scored = units.map((unit): UnitScore => {
    const own = projectsByUnit.get(unit.unitId) ?? [];
    const values = unitMetrics(unit, own, period, ruleSet);
    return {
      unitId: unit.unitId,
      code: unit.code,
      name: unit.name,
      rank: null,
      score: score(values, ruleSet),
      projectCount: own.length,
      ...values,
    };
  });
  const ranked = scored
    .filter((unit) => unit.projectCount > 0)
    .sort((a, b) => b.score - a.score || b.investmentCompletion - a.investmentCompletion || byCode(a, b))
    .map((unit, index) => ({ ...unit, rank: index + 1 }));
  const unranked = scored.filter((unit) => unit.projectCount === 0).sort(byCode);

  return {
    period,
    ruleSetVersion: ruleSet.version,
    units: [...ranked, ...unranked],
    reverseRanking: ranked.slice(-ruleSet.bottomN).reverse(),
    projects: projects.map((facts) => assessProject(facts, period, ruleSet)),
  };
}
