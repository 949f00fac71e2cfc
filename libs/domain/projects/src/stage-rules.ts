import { conflict, invalid, optionalText, requireNotFuture, requireOneOf, requireText } from '@tuijin/domain-kernel';
import { requireOnOrAfter } from './project-dates';
import {
  PROGRESS_STAGES,
  STAGES,
  type ProjectCommandOf,
  type ProjectEventOf,
  type RegisteredProject,
  type Stage,
  type StageMove,
} from './project.types';

const MAX_REASON_LENGTH = 500;
/** Anything but normal progress must say why, so the history explains itself. */
const MOVES_NEEDING_A_REASON: readonly StageMove[] = ['BACKWARD', 'SUSPEND', 'CANCEL'];

const progressIndex = (stage: Stage): number => PROGRESS_STAGES.indexOf(stage);

/**
 * How a change from one stage to another relates to normal progress. Skipping
 * stages forward is normal (a signed project may start building at once). A
 * resume is judged against the stage held before the suspension: resuming
 * further back than that is a backward move.
 */
export function stageMove(from: Stage, to: Stage, stageBeforeSuspension?: Stage): StageMove {
  if (from === 'CANCELLED') throw conflict('project is cancelled: nothing leaves CANCELLED', 'stage');
  if (from === to) throw invalid('stage', `the project is already in stage ${to}`);
  if (to === 'CANCELLED') return 'CANCEL';
  if (to === 'SUSPENDED') return 'SUSPEND';
  if (from === 'SUSPENDED') {
    const resumesBehind =
      stageBeforeSuspension !== undefined && progressIndex(to) < progressIndex(stageBeforeSuspension);
    return resumesBehind ? 'BACKWARD' : 'RESUME';
  }
  return progressIndex(to) > progressIndex(from) ? 'FORWARD' : 'BACKWARD';
}

/** A stage a project may change to, how the platform classes that move, and whether it must say why. */
export interface StageChoice {
  stage: Stage;
  move: StageMove;
  needsReason: boolean;
}

/**
 * Every stage a project in `from` may change to, in lifecycle order, as `changeStage` will judge
 * the move: what a form offers and when it asks for a reason. None once the project is cancelled.
 */
export function stageChoices(from: Stage, stageBeforeSuspension?: Stage): StageChoice[] {
  if (from === 'CANCELLED') return [];
  return STAGES.filter((stage) => stage !== from).map((stage) => {
    const move = stageMove(from, stage, stageBeforeSuspension);
    return { stage, move, needsReason: MOVES_NEEDING_A_REASON.includes(move) };
  });
}

export function changeStage(
  project: RegisteredProject,
  command: ProjectCommandOf<'ChangeStage'>,
): ProjectEventOf<'StageChanged'> {
  const to = requireOneOf('stage', command.stage, STAGES);
  // stageSince is never before registration, so this one check also keeps changes after registering.
  const occurredOn = requireOnOrAfter(
    'occurredOn',
    requireNotFuture('occurredOn', command.occurredOn, command.today),
    project.stageSince,
    `is before ${project.stageSince}, when stage ${project.stage} was entered: stage changes must be in date order`,
  );
  const move = stageMove(project.stage, to, project.stageBeforeSuspension);
  const reason = MOVES_NEEDING_A_REASON.includes(move)
    ? requireText('reason', command.reason, MAX_REASON_LENGTH)
    : optionalText('reason', command.reason, MAX_REASON_LENGTH);
  return {
    type: 'StageChanged',
    occurredOn,
    data: { from: project.stage, to, move, ...(reason !== undefined && { reason }) },
  };
}

export function evolveStageChanged(
  project: RegisteredProject,
  event: ProjectEventOf<'StageChanged'>,
): RegisteredProject {
  const { from, to } = event.data;
  const next: RegisteredProject = { ...project, stage: to, stageSince: event.occurredOn };
  // Remembered only while suspended; a resume (or cancellation) clears it.
  if (to === 'SUSPENDED') next.stageBeforeSuspension = from;
  else delete next.stageBeforeSuspension;
  return next;
}
