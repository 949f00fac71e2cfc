import type { CommandData, CommandType } from '@tuijin/application';
import { DemoCalendar, REFERENCE_END_MONTH } from './demo-calendar';

export const DEFAULT_DEMO_SEED = 20250101;

export interface DemoOptions {
  /** Same seed, scale and calendar, same operations. */
  seed?: number;
  /** Multiplies every district's project count (0.1 for quick tests, 100+ for benchmarks). */
  scale?: number;
  /**
   * The last month with reports (YYYY-MM); the demo's twelve months of reports end with it.
   * Defaults to REFERENCE_END_MONTH, the fixed calendar tests and benchmarks count on.
   */
  endMonth?: string;
  /** Nothing is entered after this day (YYYY-MM-DD): a demo seeded today stops yesterday. */
  lastDay?: string;
}

export interface ResolvedDemoOptions {
  seed: number;
  scale: number;
  calendar: DemoCalendar;
}

/** The commands the demo uses. */
export type DemoCommandName = Extract<
  CommandType,
  | 'CreateDistrict'
  | 'CreateUnit'
  | 'SetReserveTarget'
  | 'PublishRuleSet'
  | 'RegisterProject'
  | 'ReviseProjectDetails'
  | 'ChangeLeadUnit'
  | 'AssignLeader'
  | 'AssignServiceSecretary'
  | 'SetAnnualPlan'
  | 'SetOpeningBalance'
  | 'ChangeStage'
  | 'SubmitMonthlyReport'
  | 'RaiseProblem'
  | 'AssignProblem'
  | 'EscalateProblem'
  | 'ResolveProblem'
  | 'CloseProblem'
>;
export type DemoInput<K extends DemoCommandName> = CommandData<K>;

/** One command as a user would enter it on the simulated day `today` (YYYY-MM-DD). */
export type DemoOperation = {
  [K in DemoCommandName]: { command: K; input: DemoInput<K>; today: string };
}[DemoCommandName];

export const operation = <K extends DemoCommandName>(command: K, today: string, input: DemoInput<K>): DemoOperation =>
  ({ command, input, today }) as DemoOperation;

export function resolveDemoOptions(options: DemoOptions = {}): ResolvedDemoOptions {
  const { seed = DEFAULT_DEMO_SEED, scale = 1, endMonth = REFERENCE_END_MONTH, lastDay } = options;
  if (!Number.isFinite(seed)) throw new RangeError(`demo seed must be a finite number, not ${seed}`);
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError(`demo scale must be a positive number, not ${scale}`);
  return { seed: Math.trunc(seed) >>> 0, scale, calendar: new DemoCalendar(endMonth, lastDay) };
}
