import { projectFactsKnownAt, unitFactsKnownAt, type ProjectFacts, type UnitFacts } from './facts';
import { assessProject, type ProjectAssessment } from './light';
import type { Period } from './period';
import { isActiveOn, leadUnitOn } from './project-timeline';
import type { RuleSet } from './rule-set';
import { byCode, rankUnits, type TieBreak } from './ranking';
import { score, unitMetrics, type MetricValues } from './unit-metrics';

/** A metric value, or null for a unit that leads no project and so has nothing to be measured on. */
export type UnitMetricValues = { [K in keyof MetricValues]: MetricValues[K] | null };

export interface UnitScore extends UnitMetricValues {
  unitId: string;
  code: string;
  name: string;
  /** 1..n among units with at least one project; null for a unit with none. */
  rank: number | null;
  /** Out of 100; null for a unit that leads no project (it is listed, not scored: "—", never 100). */
  score: number | null;
  projectCount: number;
  /** Which tie-break placed the unit below the one ranked just above it on an equal score. */
  tieBreak: TieBreak | null;
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

const NOT_MEASURED: UnitMetricValues = {
  investmentCompletion: null,
  constructionStart: null,
  reserve: null,
  problemClearance: null,
  reportingPunctuality: null,
};

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

  const led = units.map((unit) => ({ unit, own: projectsByUnit.get(unit.unitId) ?? [] }));
  const identity = (unit: UnitFacts, own: ProjectFacts[]) => ({
    unitId: unit.unitId,
    code: unit.code,
    name: unit.name,
    projectCount: own.length,
  });
  const ranked: UnitScore[] = rankUnits(
    led
      .filter(({ own }) => own.length > 0)
      .map(({ unit, own }) => {
        const values = unitMetrics(unit, own, period, ruleSet);
        return { ...identity(unit, own), ...values, score: score(values, ruleSet) };
      }),
  );
  const unranked: UnitScore[] = led
    .filter(({ own }) => own.length === 0)
    .map(({ unit, own }) => ({ ...identity(unit, own), ...NOT_MEASURED, rank: null, score: null, tieBreak: null }))
    .sort(byCode);
  return {
    period,
    ruleSetVersion: ruleSet.version,
    units: [...ranked, ...unranked],
    reverseRanking: ranked.slice(-ruleSet.bottomN).reverse(),
    projects: projects.map((facts) => assessProject(facts, period, ruleSet)),
  };
}
