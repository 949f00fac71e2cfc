import { problemIdFor } from '@tuijin/application';
import type { EscalationLevel, ProblemCategory } from '@tuijin/domain-projects';
import { REASONS, problemDescription, problemResolution } from './catalogue/texts';
import { addDays } from './calendar';
import { operation, type DemoOperation } from './demo-operation';
import { unitsHandling, type DistrictContext, type UnitContext } from './organisation';
import type { Random } from './random';

/** How a problem's story ends (or does not, by the demo's last day). */
export type ProblemOutcome =
  | 'ON_TIME'
  | 'LATE'
  | 'LEADER'
  | 'ONSITE'
  | 'OPEN'
  | 'CLOSED'
  /** Overdue, escalated to the leader and then to an on-site office meeting, still unsolved. */
  | 'OVERDUE_ESCALATED';

const OUTCOME_WEIGHTS = { ON_TIME: 52, LATE: 15, LEADER: 10, ONSITE: 6, OPEN: 11, CLOSED: 6 } as const;
const CATEGORY_WEIGHTS: Readonly<Record<ProblemCategory, number>> = {
  LAND: 25,
  APPROVAL: 25,
  FINANCING: 15,
  UTILITIES: 15,
  LABOUR: 10,
  OTHER: 10,
};
const DUE_IN_DAYS = [7, 10, 15, 20, 30, 45];

export interface ProblemRequest {
  raisedOn: string;
  category?: ProblemCategory;
  outcome?: ProblemOutcome;
}

export interface PlannedProblem {
  problemId: string;
  operations: DemoOperation[];
  /** The day it is resolved or closed; undefined if it stays open. */
  settledOn?: string;
}

interface ProblemSubject {
  projectId: string;
  district: DistrictContext;
  leadUnit: UnitContext;
}

/**
 * A problem (问题) raised on a project, and everything that happens to it:
 * handed to the unit whose remit it is, escalated to the leader (包保领导) or an
 * on-site office meeting (现场办公), resolved on time or late, closed, or left
 * open past its due date. Every step is entered on the day it happens.
 */
export function planProblem(
  random: Random,
  subject: ProblemSubject,
  sequence: number,
  request: ProblemRequest,
): PlannedProblem {
  const { projectId, district, leadUnit } = subject;
  const problemId = problemIdFor(projectId, sequence);
  const { raisedOn } = request;
  const category = request.category ?? random.weighted(CATEGORY_WEIGHTS);
  const outcome = request.outcome ?? random.weighted(OUTCOME_WEIGHTS);
  const dueIn = random.pick(DUE_IN_DAYS);
  const dueOn = addDays(raisedOn, dueIn);
  const handlers = unitsHandling(district, category).filter((unit) => unit.unitId !== leadUnit.unitId);
  const handler = handlers.length > 0 ? random.pick(handlers) : undefined;
  const ownedByHandler = handler !== undefined && random.chance(0.4);

  const operations: DemoOperation[] = [
    operation('RaiseProblem', raisedOn, {
      projectId,
      category,
      description: problemDescription(random, category),
      raisedOn,
      dueOn,
      ...(ownedByHandler && { ownerUnitId: handler.unitId }),
    }),
  ];
  // Days after raising; every later step is on or after the one before.
  let cursor = 0;
  const at = (offset: number) => {
    cursor = Math.max(cursor, offset);
    return addDays(raisedOn, cursor);
  };
  const escalate = (offset: number, level: EscalationLevel, notes: readonly string[]) => {
    const day = at(offset);
    operations.push(operation('EscalateProblem', day, { problemId, level, occurredOn: day, note: random.pick(notes) }));
  };
  const settle = (offset: number, command: 'ResolveProblem' | 'CloseProblem'): string => {
    const day = at(offset);
    operations.push(
      command === 'ResolveProblem'
        ? operation('ResolveProblem', day, {
            problemId,
            resolvedOn: day,
            resolution: problemResolution(random, category),
          })
        : operation('CloseProblem', day, { problemId, occurredOn: day, reason: random.pick(REASONS.close) }),
    );
    return day;
  };

  if (handler && !ownedByHandler && random.chance(0.5)) {
    const day = at(random.int(1, 3));
    operations.push(
      operation('AssignProblem', day, {
        problemId,
        ownerUnitId: handler.unitId,
        occurredOn: day,
        note: `转${handler.name}牵头办理`,
      }),
    );
  }
  let settledOn: string | undefined;
  switch (outcome) {
    case 'ON_TIME':
      settledOn = settle(random.int(Math.max(1, cursor), dueIn), 'ResolveProblem');
      break;
    case 'LATE':
      settledOn = settle(dueIn + random.int(3, 40), 'ResolveProblem');
      break;
    case 'LEADER':
      escalate(dueIn + random.int(1, 5), 'LEADER', REASONS.escalateToLeader);
      settledOn = settle(cursor + random.int(5, 30), 'ResolveProblem');
      break;
    case 'ONSITE':
      escalate(cursor + random.int(2, 8), 'ONSITE_OFFICE', REASONS.escalateOnsite);
      settledOn = settle(cursor + random.int(1, 12), 'ResolveProblem');
      break;
    case 'OPEN':
      if (random.chance(0.5)) escalate(dueIn + random.int(1, 10), 'LEADER', REASONS.escalateToLeader);
      break;
    case 'CLOSED':
      settledOn = settle(cursor + random.int(2, 20), 'CloseProblem');
      break;
    case 'OVERDUE_ESCALATED':
      escalate(dueIn + random.int(1, 5), 'LEADER', REASONS.escalateToLeader);
      escalate(cursor + random.int(20, 40), 'ONSITE_OFFICE', REASONS.escalateOnsite);
      break;
  }
  return { problemId, operations, settledOn };
}
