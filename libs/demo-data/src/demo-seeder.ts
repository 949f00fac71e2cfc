import type {
  Actor,
  AssessmentCommands,
  CommandContext,
  OrganizationCommands,
  ProjectCommands,
  RecordingClock,
} from '@tuijin/application';
import { demoOperations } from './demo-plan';
import type { DemoCommands, DemoOperation, DemoOptions } from './demo-operation';

/** The actor recorded on every demo event. */
export const DEMO_ACTOR: Actor = { userId: 'demo-seed', role: 'SYSTEM' };

export interface DemoTargets {
  organization: OrganizationCommands;
  projects: ProjectCommands;
  assessment: AssessmentCommands;
}

type Handlers = {
  [K in keyof DemoCommands]: (
    targets: DemoTargets,
    input: Parameters<DemoCommands[K]>[0],
    context: CommandContext,
  ) => Promise<unknown>;
};

const HANDLERS: Handlers = {
  createDistrict: (t, input, context) => t.organization.createDistrict(input, context),
  createUnit: (t, input, context) => t.organization.createUnit(input, context),
  setReserveTarget: (t, input, context) => t.organization.setReserveTarget(input, context),
  registerProject: (t, input, context) => t.projects.registerProject(input, context),
  reviseProjectDetails: (t, input, context) => t.projects.reviseProjectDetails(input, context),
  changeLeadUnit: (t, input, context) => t.projects.changeLeadUnit(input, context),
  assignLeader: (t, input, context) => t.projects.assignLeader(input, context),
  assignServiceSecretary: (t, input, context) => t.projects.assignServiceSecretary(input, context),
  setAnnualPlan: (t, input, context) => t.projects.setAnnualPlan(input, context),
  setOpeningBalance: (t, input, context) => t.projects.setOpeningBalance(input, context),
  changeStage: (t, input, context) => t.projects.changeStage(input, context),
  submitMonthlyReport: (t, input, context) => t.projects.submitMonthlyReport(input, context),
  raiseProblem: (t, input, context) => t.projects.raiseProblem(input, context),
  assignProblem: (t, input, context) => t.projects.assignProblem(input, context),
  escalateProblem: (t, input, context) => t.projects.escalateProblem(input, context),
  resolveProblem: (t, input, context) => t.projects.resolveProblem(input, context),
  closeProblem: (t, input, context) => t.projects.closeProblem(input, context),
  publishRuleSet: (t, input, context) => t.assessment.publishRuleSet(input, context),
};

/** Runs one operation as its user would, on its simulated day. */
export function runDemoOperation(targets: DemoTargets, actor: Actor, op: DemoOperation): Promise<unknown> {
  // The union of operations does not correlate command and input for the compiler; HANDLERS does, per command.
  const handler = HANDLERS[op.command] as (t: DemoTargets, input: unknown, context: CommandContext) => Promise<unknown>;
  return handler(targets, op.input, { actor, today: op.today });
}

/** A demo operation the platform refused: says which one, and why. */
export class DemoSeedError extends Error {
  constructor(
    readonly index: number,
    readonly operation: DemoOperation,
    cause: unknown,
  ) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(`Demo operation #${index} (${operation.command} on ${operation.today}) was rejected: ${why}`, { cause });
    this.name = 'DemoSeedError';
  }
}

/** Operations of a day are recorded from 09:00 in China (01:00 UTC), a millisecond apart, in order. */
const recordingInstant = (day: string, ofDay: number): Date => new Date(Date.parse(`${day}T01:00:00.000Z`) + ofDay);

/**
 * Seeds the demo through the ordinary command handlers, in order, each on its
 * own simulated day, so the data obeys every rule real users are held to.
 * With the event store's `recording` clock, each is recorded on its day, so that
 * "as known at" a past instant shows what was known then. Stops at the first refusal.
 */
export async function seedDemo(
  commands: DemoTargets,
  actor: Actor = DEMO_ACTOR,
  options?: DemoOptions,
  recording?: RecordingClock,
): Promise<{ operations: number }> {
  let index = 0;
  let day = '';
  let ofDay = 0;
  for (const op of demoOperations(options)) {
    ofDay = op.today === day ? ofDay + 1 : 0;
    day = op.today;
    const run = () => runDemoOperation(commands, actor, op);
    try {
      await (recording ? recording.recordingAt(recordingInstant(op.today, ofDay), run) : run());
    } catch (error) {
      throw new DemoSeedError(index, op, error);
    }
    index++;
  }
  return { operations: index };
}
