import {
  assertNever,
  conflict,
  notFound,
  optionalText,
  requireDay,
  requireNotFuture,
  requireOneOf,
  requireText,
} from '@tuijin/domain-kernel';
import { requireId } from '@tuijin/domain-organization';
import { requireOnOrAfter, requireProjectDate } from './project-dates';
import {
  ESCALATION_LEVELS,
  PROBLEM_CATEGORIES,
  type ProblemState,
  type ProjectCommand,
  type ProjectCommandOf,
  type ProjectEventOf,
  type RegisteredProject,
} from './project.types';

/**
 * Problems (问题/诉求) live in their project's stream: the problem ledger (问题台账)
 * is a projection of these events. A problem is open until resolved or closed;
 * after that nothing changes it.
 */
export type ProblemCommand = ProjectCommandOf<
  'RaiseProblem' | 'AssignProblem' | 'EscalateProblem' | 'ResolveProblem' | 'CloseProblem'
>;
export type ProblemEvent = ProjectEventOf<
  'ProblemRaised' | 'ProblemAssigned' | 'ProblemEscalated' | 'ProblemResolved' | 'ProblemClosed'
>;

const MAX_TEXT_LENGTH = 2000;
const MAX_REASON_LENGTH = 500;
const FINAL_STATUSES: readonly ProblemState['status'][] = ['RESOLVED', 'CLOSED'];

export const isProblemCommand = (command: ProjectCommand): command is ProblemCommand => 'problemId' in command;

// Own properties only: an id such as "constructor" must not find Object.prototype's.
const problemOf = (project: RegisteredProject, problemId: string): ProblemState | undefined =>
  Object.hasOwn(project.problems, problemId) ? project.problems[problemId] : undefined;

function raiseProblem(project: RegisteredProject, command: ProjectCommandOf<'RaiseProblem'>): ProblemEvent {
  const problemId = requireId('problemId', command.problemId);
  if (problemOf(project, problemId)) throw conflict(`problem ${problemId} already exists`, 'problemId');
  const raisedOn = requireProjectDate('raisedOn', command.raisedOn, project, command.today);
  // The due date is a deadline, so it may lie in the future, but not before the problem exists.
  const dueOn = requireOnOrAfter(
    'dueOn',
    requireDay('dueOn', command.dueOn),
    raisedOn,
    `is before the problem was raised on ${raisedOn}`,
  );
  return {
    type: 'ProblemRaised',
    occurredOn: raisedOn,
    data: {
      problemId,
      category: requireOneOf('category', command.category, PROBLEM_CATEGORIES),
      description: requireText('description', command.description, MAX_TEXT_LENGTH),
      dueOn,
      ownerUnitId: requireId('ownerUnitId', command.ownerUnitId),
    },
  };
}

function requireOpenProblem(project: RegisteredProject, problemId: string): ProblemState {
  const problem = problemOf(project, problemId);
  if (!problem) throw notFound('Problem', problemId);
  if (FINAL_STATUSES.includes(problem.status)) {
    throw conflict(`problem is already ${problem.status.toLowerCase()}: ${problemId} can no longer change`);
  }
  return problem;
}

/** Everything that happens to a problem happens on or after the day it was raised, and not in the future. */
const requireProblemDate = (field: string, day: string, problem: ProblemState, today: string): string =>
  requireOnOrAfter(
    field,
    requireNotFuture(field, day, today),
    problem.raisedOn,
    `is before the problem was raised on ${problem.raisedOn}`,
  );

const withNote = (note: unknown): { note?: string } => {
  const text = optionalText('note', note, MAX_TEXT_LENGTH);
  return text === undefined ? {} : { note: text };
};

export function decideProblem(project: RegisteredProject, command: ProblemCommand): ProblemEvent {
  if (command.type === 'RaiseProblem') return raiseProblem(project, command);
  const problem = requireOpenProblem(project, command.problemId);
  const { problemId } = problem;
  switch (command.type) {
    case 'AssignProblem':
      return {
        type: 'ProblemAssigned',
        occurredOn: requireProblemDate('occurredOn', command.occurredOn, problem, command.today),
        data: { problemId, ownerUnitId: requireId('ownerUnitId', command.ownerUnitId), ...withNote(command.note) },
      };
    case 'EscalateProblem':
      return {
        type: 'ProblemEscalated',
        occurredOn: requireProblemDate('occurredOn', command.occurredOn, problem, command.today),
        data: { problemId, level: requireOneOf('level', command.level, ESCALATION_LEVELS), ...withNote(command.note) },
      };
    case 'ResolveProblem':
      return {
        type: 'ProblemResolved',
        occurredOn: requireProblemDate('resolvedOn', command.resolvedOn, problem, command.today),
        data: { problemId, resolution: requireText('resolution', command.resolution, MAX_TEXT_LENGTH) },
      };
    case 'CloseProblem':
      return {
        type: 'ProblemClosed',
        occurredOn: requireProblemDate('occurredOn', command.occurredOn, problem, command.today),
        data: { problemId, reason: requireText('reason', command.reason, MAX_REASON_LENGTH) },
      };
    default:
      return assertNever(command);
  }
}

function withProblem(
  project: RegisteredProject,
  problemId: string,
  change: (problem: ProblemState) => ProblemState,
): RegisteredProject {
  const problem = problemOf(project, problemId);
  return problem ? { ...project, problems: { ...project.problems, [problemId]: change(problem) } } : project;
}

export function evolveProblem(project: RegisteredProject, event: ProblemEvent): RegisteredProject {
  switch (event.type) {
    case 'ProblemRaised': {
      const { problemId, category, dueOn, ownerUnitId } = event.data;
      const problem: ProblemState = {
        problemId,
        category,
        status: 'OPEN',
        raisedOn: event.occurredOn,
        dueOn,
        ownerUnitId,
      };
      return { ...project, problems: { ...project.problems, [problemId]: problem } };
    }
    case 'ProblemAssigned':
      return withProblem(project, event.data.problemId, (problem) => ({
        ...problem,
        status: 'ASSIGNED',
        ownerUnitId: event.data.ownerUnitId,
      }));
    case 'ProblemEscalated':
      return withProblem(project, event.data.problemId, (problem) => ({ ...problem, status: 'ESCALATED' }));
    case 'ProblemResolved':
      return withProblem(project, event.data.problemId, (problem) => ({
        ...problem,
        status: 'RESOLVED',
        resolvedOn: event.occurredOn,
      }));
    case 'ProblemClosed':
      return withProblem(project, event.data.problemId, (problem) => ({ ...problem, status: 'CLOSED' }));
    default:
      return assertNever(event);
  }
}
