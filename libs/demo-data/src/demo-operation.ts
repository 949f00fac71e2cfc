import type { AssessmentCommands, OrganizationCommands, ProjectCommands } from '@tuijin/application';

/** The year the demo's plans, reports and assessments are about. */
export const DEMO_YEAR = 2025;
/** The first simulated day: districts and units are set up, the year's project list is entered. */
export const DEMO_START = '2024-12-01';
/** The last simulated day: December's reports have come in. */
export const DEMO_END = '2026-01-31';
export const DEFAULT_DEMO_SEED = 20250101;

export interface DemoOptions {
  /** Same seed and scale, same operations. */
  seed?: number;
  /** Multiplies every district's project count (0.1 for quick tests, 100+ for benchmarks). */
  scale?: number;
}

/** The commands the demo uses. */
export type DemoCommands = Pick<OrganizationCommands, 'createDistrict' | 'createUnit' | 'setReserveTarget'> &
  Pick<AssessmentCommands, 'publishRuleSet'> &
  Pick<
    ProjectCommands,
    | 'registerProject'
    | 'reviseProjectDetails'
    | 'changeLeadUnit'
    | 'assignLeader'
    | 'assignServiceSecretary'
    | 'setAnnualPlan'
    | 'changeStage'
    | 'submitMonthlyReport'
    | 'raiseProblem'
    | 'assignProblem'
    | 'escalateProblem'
    | 'resolveProblem'
    | 'closeProblem'
  >;

export type DemoCommandName = keyof DemoCommands;
export type DemoInput<K extends DemoCommandName> = Parameters<DemoCommands[K]>[0];

/** One command as a user would enter it on the simulated day `today` (YYYY-MM-DD). */
export type DemoOperation = {
  [K in DemoCommandName]: { command: K; input: DemoInput<K>; today: string };
}[DemoCommandName];

export const operation = <K extends DemoCommandName>(command: K, today: string, input: DemoInput<K>): DemoOperation =>
  ({ command, input, today }) as DemoOperation;

export function resolveDemoOptions(options: DemoOptions = {}): Required<DemoOptions> {
  const { seed = DEFAULT_DEMO_SEED, scale = 1 } = options;
  if (!Number.isFinite(seed)) throw new RangeError(`demo seed must be a finite number, not ${seed}`);
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError(`demo scale must be a positive number, not ${scale}`);
  return { seed: Math.trunc(seed) >>> 0, scale };
}
