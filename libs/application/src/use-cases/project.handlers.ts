import { conflict, notFound } from '@tuijin/domain-kernel';
import {
  projectDecider,
  type AnnualPlan,
  type Category,
  type EscalationLevel,
  type OpeningBalance,
  type Person,
  type ProblemCategory,
  type ProjectCommand,
  type ProjectDetails,
  type ProjectState,
  type RegisteredProject,
  type Stage,
} from '@tuijin/domain-projects';
import { handlersOf, type CommandScope } from '../commands/command-handler';
import { problemIdFor, projectIdFor, projectIdOfProblem, streamOf } from '../ids';

export interface RegisterProjectInput extends Partial<Omit<ProjectDetails, 'name' | 'category' | 'totalInvestment'>> {
  districtId: string;
  code: string;
  name: string;
  category: Category;
  leadUnitId: string;
  totalInvestment: number;
  stage?: Stage;
  occurredOn?: string;
}

export interface ReviseProjectInput {
  projectId: string;
  occurredOn?: string;
  changes: Partial<ProjectDetails>;
}

export interface ChangeLeadUnitInput {
  projectId: string;
  leadUnitId: string;
  occurredOn?: string;
  reason?: string;
}

export interface AssignLeaderInput {
  projectId: string;
  leader: Person;
  occurredOn?: string;
}

export interface AssignServiceSecretaryInput {
  projectId: string;
  secretary: Person;
  occurredOn?: string;
}

export interface SetAnnualPlanInput extends Omit<AnnualPlan, 'milestones'> {
  projectId: string;
  milestones?: string[];
}

export interface SetOpeningBalanceInput extends OpeningBalance {
  projectId: string;
}

export interface ChangeStageInput {
  projectId: string;
  stage: Stage;
  occurredOn?: string;
  reason?: string;
}

export interface SubmitMonthlyReportInput {
  projectId: string;
  month: string;
  investment: number;
  progressPercent: number;
  note?: string;
  submittedOn?: string;
}

export interface RaiseProblemInput {
  projectId: string;
  category: ProblemCategory;
  description: string;
  raisedOn?: string;
  dueOn: string;
  ownerUnitId?: string;
  /**
   * The id the caller expects the problem to get, when it acts on the problem in the same batch (a
   * ledger that raises and resolves it): refused as a conflict when the project's next number is
   * another, so that nothing acts on a problem someone else has just raised.
   */
  problemId?: string;
}

export interface AssignProblemInput {
  problemId: string;
  ownerUnitId: string;
  occurredOn?: string;
  note?: string;
}

export interface EscalateProblemInput {
  problemId: string;
  level: EscalationLevel;
  occurredOn?: string;
  note?: string;
}

export interface ResolveProblemInput {
  problemId: string;
  resolvedOn?: string;
  resolution: string;
}

export interface CloseProblemInput {
  problemId: string;
  reason: string;
  occurredOn?: string;
}

/**
 * Who may state a monthly report's submission day other than today: a district or city admin
 * back-filling a ledger, and the platform's own loading paths (demo data, benchmarks), which no
 * API reaches. A unit reporter's report is always submitted on the day it is recorded.
 */
const MAY_BACKFILL: ReadonlySet<string> = new Set(['CITY_ADMIN', 'DISTRICT_ADMIN', 'SYSTEM']);

const project = handlersOf(projectDecider);

type OnProject<D> = (
  data: D,
  project: RegisteredProject,
  scope: CommandScope,
) => ProjectCommand | Promise<ProjectCommand>;

/** A command on a registered project; answers the project's id. */
const onProject = <D extends { projectId: string }>(command: OnProject<D>) =>
  project<D>({
    stream: (data) => streamOf.project(String(data.projectId)),
    command: (data, state, scope) => {
      if (!state.exists) throw notFound('Project', data.projectId);
      return command(data, state, scope);
    },
    answer: (data) => ({ id: data.projectId }),
  });

/** A command on a problem of the ledger (问题台账), which lives in its project's stream; answers the problem's id. */
const onProblem = <D extends { problemId: string }>(command: OnProject<D>) =>
  project<D>({
    stream: (data) => {
      const projectId = projectIdOfProblem(String(data.problemId));
      if (!projectId) throw notFound('Problem', data.problemId);
      return streamOf.project(projectId);
    },
    command: (data, state: ProjectState, scope) => {
      if (!state.exists || !state.problems[data.problemId]) throw notFound('Problem', data.problemId);
      return command(data, state, scope);
    },
    answer: (data) => ({ id: data.problemId }),
  });

/** The id a project is registered under follows from its district and code. */
const newProjectId = (data: RegisterProjectInput) => projectIdFor(data.districtId, String(data.code));

/** A person named with a user account must be an account that reaches the project's district. */
async function requireAccountOf(scope: CommandScope, districtId: string, field: string, person: Person | undefined) {
  if (person?.userId !== undefined) await scope.checks.requireUserOfDistrict(field, person.userId, districtId);
}

/** Every command on a project, including its problem ledger (问题台账). */
export const projectHandlers = {
  RegisterProject: project<RegisterProjectInput>({
    stream: (data) => streamOf.project(newProjectId(data)),
    command: async (data, _state, { metadata, checks }) => {
      await checks.requireDistrict(data.districtId);
      await checks.requireUnitOfDistrict('leadUnitId', data.leadUnitId, data.districtId);
      const { stage = 'RESERVE', occurredOn = metadata.today, ...details } = data;
      return {
        type: 'RegisterProject',
        today: metadata.today,
        ...details,
        projectId: newProjectId(data),
        stage,
        occurredOn,
      };
    },
    answer: (data) => ({ id: newProjectId(data) }),
  }),

  ReviseProjectDetails: onProject<ReviseProjectInput>((data, _project, { metadata }) => ({
    type: 'ReviseProjectDetails',
    today: metadata.today,
    occurredOn: data.occurredOn ?? metadata.today,
    changes: data.changes,
  })),

  ChangeLeadUnit: onProject<ChangeLeadUnitInput>(async (data, project, { metadata, checks }) => {
    await checks.requireUnitOfDistrict('leadUnitId', data.leadUnitId, project.districtId);
    return {
      type: 'ChangeLeadUnit',
      today: metadata.today,
      occurredOn: data.occurredOn ?? metadata.today,
      leadUnitId: data.leadUnitId,
      reason: data.reason,
    };
  }),

  AssignLeader: onProject<AssignLeaderInput>(async (data, project, scope) => {
    await requireAccountOf(scope, project.districtId, 'leader.userId', data.leader);
    const { today } = scope.metadata;
    return { type: 'AssignLeader', today, occurredOn: data.occurredOn ?? today, leader: data.leader };
  }),

  AssignServiceSecretary: onProject<AssignServiceSecretaryInput>(async (data, project, scope) => {
    await requireAccountOf(scope, project.districtId, 'secretary.userId', data.secretary);
    const { today } = scope.metadata;
    return { type: 'AssignServiceSecretary', today, occurredOn: data.occurredOn ?? today, secretary: data.secretary };
  }),

  SetAnnualPlan: onProject<SetAnnualPlanInput>((data, _project, { metadata }) => {
    const { projectId, milestones = [], ...plan } = data;
    return { type: 'SetAnnualPlan', today: metadata.today, occurredOn: metadata.today, ...plan, milestones };
  }),

  /** Sets or corrects the opening balance (开累基数); the day it is recorded is the day it counts from. */
  SetOpeningBalance: onProject<SetOpeningBalanceInput>((data, _project, { metadata }) => {
    const { projectId, ...balance } = data;
    return { type: 'SetOpeningBalance', today: metadata.today, occurredOn: metadata.today, ...balance };
  }),

  ChangeStage: onProject<ChangeStageInput>((data, _project, { metadata }) => ({
    type: 'ChangeStage',
    today: metadata.today,
    occurredOn: data.occurredOn ?? metadata.today,
    stage: data.stage,
    reason: data.reason,
  })),

  SubmitMonthlyReport: onProject<SubmitMonthlyReportInput>((data, _project, { metadata }) => {
    const { projectId, ...report } = data;
    return {
      type: 'SubmitMonthlyReport',
      today: metadata.today,
      ...report,
      mayBackfill: MAY_BACKFILL.has(metadata.actor.role),
    };
  }),

  RaiseProblem: project({
    stream: (data: RaiseProblemInput) => streamOf.project(String(data.projectId)),
    command: async (data, state, { metadata, checks }) => {
      if (!state.exists) throw notFound('Project', data.projectId);
      const ownerUnitId = data.ownerUnitId ?? state.leadUnitId;
      if (data.ownerUnitId !== undefined) {
        await checks.requireUnitOfDistrict('ownerUnitId', ownerUnitId, state.districtId);
      }
      const problemId = problemIdFor(state.projectId, Object.keys(state.problems).length + 1);
      const command: Extract<ProjectCommand, { type: 'RaiseProblem' }> = {
        type: 'RaiseProblem',
        today: metadata.today,
        problemId,
        category: data.category,
        description: data.description,
        raisedOn: data.raisedOn ?? metadata.today,
        dueOn: data.dueOn,
        ownerUnitId,
      };
      if (data.problemId !== undefined && data.problemId !== problemId) {
        // what is wrong with the problem itself is said first; only a problem the rules take is told its number differs
        projectDecider.decide(command, state);
        throw conflict(
          `the project's next problem is ${problemId}, not ${String(data.problemId)}: its problems changed meanwhile`,
          'problemId',
        );
      }
      return command;
    },
    // the new problem's number comes from the ledger as it was decided on
    answer: (_data, _after, command) => ({ id: command.problemId }),
  }),

  AssignProblem: onProblem<AssignProblemInput>(async (data, project, { metadata, checks }) => {
    await checks.requireUnitOfDistrict('ownerUnitId', data.ownerUnitId, project.districtId);
    return {
      type: 'AssignProblem',
      today: metadata.today,
      problemId: data.problemId,
      ownerUnitId: data.ownerUnitId,
      occurredOn: data.occurredOn ?? metadata.today,
      note: data.note,
    };
  }),

  EscalateProblem: onProblem<EscalateProblemInput>((data, _project, { metadata }) => ({
    type: 'EscalateProblem',
    today: metadata.today,
    problemId: data.problemId,
    level: data.level,
    occurredOn: data.occurredOn ?? metadata.today,
    note: data.note,
  })),

  ResolveProblem: onProblem<ResolveProblemInput>((data, _project, { metadata }) => ({
    type: 'ResolveProblem',
    today: metadata.today,
    problemId: data.problemId,
    resolvedOn: data.resolvedOn ?? metadata.today,
    resolution: data.resolution,
  })),

  CloseProblem: onProblem<CloseProblemInput>((data, _project, { metadata }) => ({
    type: 'CloseProblem',
    today: metadata.today,
    problemId: data.problemId,
    occurredOn: data.occurredOn ?? metadata.today,
    reason: data.reason,
  })),
};
