import { commandMessage, type Actor, type Commands, type RecordingClock } from '@tuijin/application';
import { demoOperations } from './demo-plan';
import type { DemoOperation, DemoOptions } from './demo-operation';

/** The actor recorded on every demo event. */
export const DEMO_ACTOR: Actor = { userId: 'demo-seed', role: 'SYSTEM' };

/** Runs one operation as its user would, on its simulated day. */
export function runDemoOperation(commands: Commands, actor: Actor, op: DemoOperation): Promise<unknown> {
  return commands.handle(commandMessage(op.command, op.input, { actor, today: op.today }));
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
  commands: Commands,
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
