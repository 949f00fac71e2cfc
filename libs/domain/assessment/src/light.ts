import { monthNumber, yearOf } from '@tuijin/domain-kernel';
import type { ProjectFacts } from './facts';
import type { Period } from './period';
import { completedInvestment, isActiveOn, isStarted, planFor, stageOn } from './project-timeline';
import type { RuleSettings } from './rule-set';

export type Light = 'GREEN' | 'YELLOW' | 'RED';

const EPSILON = 1e-9;
const SEVERITY: Record<Light, number> = { GREEN: 0, YELLOW: 1, RED: 2 };
export const worseLight = (a: Light, b: Light): Light => (SEVERITY[a] >= SEVERITY[b] ? a : b);

/** The month a plan starts counting from in its year: its planned start month if that is in the year, else January. */
export function startMonthInYear(plannedStartMonth: string, year: number): number {
  return yearOf(plannedStartMonth) === year ? monthNumber(plannedStartMonth) : 1;
}

/** Time-proportional target share (序时进度) at the end of month m for a plan starting in month s. */
export function timeProportion(month: number, startMonth: number): number {
  return Math.min(1, Math.max(0, (month - startMonth + 1) / (13 - startMonth)));
}

export interface ProjectAssessment {
  projectId: string;
  code: string;
  name: string;
  light: Light | null;
  /** Planned investment for the year, 万元 (null without a plan). */
  plannedInvestment: number | null;
  /** The time-proportional target at the period's end, 万元. */
  target: number | null;
  /** Investment completed in the year up to the period's end, 万元. */
  completed: number;
  /** completed / planned investment (null without a plan or with a plan of 0). */
  completionRate: number | null;
  /** target share − completion rate; positive is behind. */
  lag: number | null;
}

/** A project's light (红黄绿灯) and figures at the end of the period's last month. */
export function assessProject(facts: ProjectFacts, period: Period, rules: RuleSettings): ProjectAssessment {
  const { year, month, endDay } = period;
  const plan = planFor(facts, year);
  const completed = completedInvestment(facts, year, month);
  const { projectId, code, name } = facts;
  if (!plan || !isActiveOn(facts, endDay)) {
    const plannedInvestment = plan?.plannedInvestment ?? null;
    return {
      projectId,
      code,
      name,
      light: null,
      plannedInvestment,
      target: null,
      completed,
      completionRate: null,
      lag: null,
    };
  }
  const startMonth = startMonthInYear(plan.plannedStartMonth, year);
  const share = timeProportion(month, startMonth);
  const completionRate = plan.plannedInvestment > 0 ? completed / plan.plannedInvestment : null;
  const lag = completionRate === null ? 0 : share - completionRate;
  // a hair of tolerance so a lag of exactly the threshold is not pushed over it by binary fractions
  let light: Light = lag <= EPSILON ? 'GREEN' : lag <= rules.yellowMaxLag + EPSILON ? 'YELLOW' : 'RED';

  const startsThisYear = yearOf(plan.plannedStartMonth) === year;
  const delay = month - startMonth;
  if (startsThisYear && delay >= 1 && !isStarted(stageOn(facts, endDay))) {
    if (delay >= rules.startDelayRedMonths) light = worseLight(light, 'RED');
    else if (delay >= rules.startDelayYellowMonths) light = worseLight(light, 'YELLOW');
  }
  const { plannedInvestment } = plan;
  // one literal shape for every project's answer: thousands are made per assessment
  return {
    projectId,
    code,
    name,
    light,
    plannedInvestment,
    target: plannedInvestment * share,
    completed,
    completionRate,
    lag,
  };
}
