import { notFound, type DomainError } from '@tuijin/domain-kernel';
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
  type Stage,
} from '@tuijin/domain-projects';
import type { AggregateRepository } from '../aggregate-repository';
import type { CommandAnswer, CommandContext, CommandResult } from '../command-context';
import { problemIdFor, projectIdFor, projectIdOfProblem, streamOf } from '../ids';
import type { OrganizationCommands } from './organization.commands';

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
}

type ExistingProject = Extract<ProjectState, { exists: true }>;

/**
 * Who may state a monthly report's submission day other than today: a district or city admin
 * back-filling a ledger, and the platform's own loading paths (demo data, benchmarks), which no
 * API reaches. A unit reporter's report is always submitted on the day it is recorded.
 */
const MAY_BACKFILL: ReadonlySet<string> = new Set(['CITY_ADMIN', 'DISTRICT_ADMIN', 'SYSTEM']);

/** Every command on a project, including its problem ledger (问题台账), which lives in the project's stream. */
export class ProjectCommands {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly organization: OrganizationCommands,
  ) {}

  async registerProject(input: RegisterProjectInput, context: CommandContext): Promise<CommandResult> {
    await this.organization.requireDistrict(input.districtId);
    await this.organization.requireUnitOfDistrict('leadUnitId', input.leadUnitId, input.districtId);
    const projectId = projectIdFor(input.districtId, String(input.code));
    const { stage = 'RESERVE', occurredOn = context.today, ...details } = input;
    return this.run(projectId, context, () => ({
      type: 'RegisterProject',
      today: context.today,
      ...details,
      projectId,
      stage,
      occurredOn,
    }));
  }

  reviseProjectDetails(input: ReviseProjectInput, context: CommandContext): Promise<CommandResult> {
    return this.runOnExisting(input.projectId, context, () => ({
      type: 'ReviseProjectDetails',
      today: context.today,
      occurredOn: input.occurredOn ?? context.today,
      changes: input.changes,
    }));
  }

  changeLeadUnit(
    input: { projectId: string; leadUnitId: string; occurredOn?: string; reason?: string },
    context: CommandContext,
  ): Promise<CommandResult> {
    return this.runOnExisting(input.projectId, context, async (project) => {
      await this.organization.requireUnitOfDistrict('leadUnitId', input.leadUnitId, project.districtId);
      return {
        type: 'ChangeLeadUnit',
        today: context.today,
        occurredOn: input.occurredOn ?? context.today,
        leadUnitId: input.leadUnitId,
        reason: input.reason,
      };
    });
  }

  assignLeader(input: { projectId: string; leader: Person; occurredOn?: string }, context: CommandContext) {
    return this.runOnExisting(input.projectId, context, async (project) => {
      await this.requireAccountOf(project.districtId, 'leader.userId', input.leader);
      return {
        type: 'AssignLeader',
        today: context.today,
        occurredOn: input.occurredOn ?? context.today,
        leader: input.leader,
      };
    });
  }

  assignServiceSecretary(
    input: { projectId: string; secretary: Person; occurredOn?: string },
    context: CommandContext,
  ) {
    return this.runOnExisting(input.projectId, context, async (project) => {
      await this.requireAccountOf(project.districtId, 'secretary.userId', input.secretary);
      return {
        type: 'AssignServiceSecretary',
        today: context.today,
        occurredOn: input.occurredOn ?? context.today,
        secretary: input.secretary,
      };
    });
  }

  /** A person named with a user account must be an account that reaches the project's district. */
  private async requireAccountOf(districtId: string, field: string, person: Person | undefined): Promise<void> {
    if (person?.userId !== undefined) await this.organization.requireUserOfDistrict(field, person.userId, districtId);
  }

  setAnnualPlan(input: SetAnnualPlanInput, context: CommandContext): Promise<CommandResult> {
    const { projectId, milestones = [], ...plan } = input;
    return this.runOnExisting(projectId, context, () => ({
      type: 'SetAnnualPlan',
      today: context.today,
      occurredOn: context.today,
      ...plan,
      milestones,
    }));
  }

  /** Sets or corrects the opening balance (开累基数); the day it is recorded is the day it counts from. */
  setOpeningBalance(input: SetOpeningBalanceInput, context: CommandContext): Promise<CommandResult> {
    const { projectId, ...balance } = input;
    return this.runOnExisting(projectId, context, () => ({
      type: 'SetOpeningBalance',
      today: context.today,
      occurredOn: context.today,
      ...balance,
    }));
  }

  changeStage(input: ChangeStageInput, context: CommandContext): Promise<CommandResult> {
    return this.runOnExisting(input.projectId, context, () => ({
      type: 'ChangeStage',
      today: context.today,
      occurredOn: input.occurredOn ?? context.today,
      stage: input.stage,
      reason: input.reason,
    }));
  }

  submitMonthlyReport(input: SubmitMonthlyReportInput, context: CommandContext): Promise<CommandResult> {
    const { projectId, ...report } = input;
    return this.runOnExisting(projectId, context, () => ({
      type: 'SubmitMonthlyReport',
      today: context.today,
      ...report,
      mayBackfill: MAY_BACKFILL.has(context.actor.role),
    }));
  }

  async raiseProblem(input: RaiseProblemInput, context: CommandContext): Promise<CommandResult> {
    let problemId = '';
    const answer = () => ({ id: problemId });
    return this.runOnExisting(
      input.projectId,
      context,
      async (project) => {
        const ownerUnitId = input.ownerUnitId ?? project.leadUnitId;
        if (input.ownerUnitId !== undefined) {
          await this.organization.requireUnitOfDistrict('ownerUnitId', ownerUnitId, project.districtId);
        }
        problemId = problemIdFor(project.projectId, Object.keys(project.problems).length + 1);
        return {
          type: 'RaiseProblem',
          today: context.today,
          problemId,
          category: input.category,
          description: input.description,
          raisedOn: input.raisedOn ?? context.today,
          dueOn: input.dueOn,
          ownerUnitId,
        };
      },
      answer,
    );
  }

  async assignProblem(
    input: { problemId: string; ownerUnitId: string; occurredOn?: string; note?: string },
    context: CommandContext,
  ): Promise<CommandResult> {
    return this.runOnProblem(input.problemId, context, async (project) => {
      await this.organization.requireUnitOfDistrict('ownerUnitId', input.ownerUnitId, project.districtId);
      return {
        type: 'AssignProblem',
        today: context.today,
        problemId: input.problemId,
        ownerUnitId: input.ownerUnitId,
        occurredOn: input.occurredOn ?? context.today,
        note: input.note,
      };
    });
  }

  escalateProblem(
    input: { problemId: string; level: EscalationLevel; occurredOn?: string; note?: string },
    context: CommandContext,
  ): Promise<CommandResult> {
    return this.runOnProblem(input.problemId, context, () => ({
      type: 'EscalateProblem',
      today: context.today,
      problemId: input.problemId,
      level: input.level,
      occurredOn: input.occurredOn ?? context.today,
      note: input.note,
    }));
  }

  resolveProblem(
    input: { problemId: string; resolvedOn?: string; resolution: string },
    context: CommandContext,
  ): Promise<CommandResult> {
    return this.runOnProblem(input.problemId, context, () => ({
      type: 'ResolveProblem',
      today: context.today,
      problemId: input.problemId,
      resolvedOn: input.resolvedOn ?? context.today,
      resolution: input.resolution,
    }));
  }

  closeProblem(
    input: { problemId: string; reason: string; occurredOn?: string },
    context: CommandContext,
  ): Promise<CommandResult> {
    return this.runOnProblem(input.problemId, context, () => ({
      type: 'CloseProblem',
      today: context.today,
      problemId: input.problemId,
      occurredOn: input.occurredOn ?? context.today,
      reason: input.reason,
    }));
  }

  /** Runs a command on a project's stream; answers the project's id unless `answer` says otherwise. */
  private run(
    projectId: string,
    context: CommandContext,
    command: (state: ProjectState) => ProjectCommand | Promise<ProjectCommand>,
    answer: () => CommandAnswer = () => ({ id: projectId }),
  ): Promise<CommandResult> {
    return this.aggregates.execute(projectDecider, streamOf.project(projectId), command, context, answer);
  }

  private runOnExisting(
    projectId: string,
    context: CommandContext,
    command: (project: ExistingProject) => ProjectCommand | Promise<ProjectCommand>,
    answer?: () => CommandAnswer,
  ): Promise<CommandResult> {
    return this.run(
      String(projectId),
      context,
      (state) => {
        if (!state.exists) throw notFound('Project', projectId);
        return command(state);
      },
      answer,
    );
  }

  private runOnProblem(
    problemId: string,
    context: CommandContext,
    command: (project: ExistingProject) => ProjectCommand | Promise<ProjectCommand>,
  ): Promise<CommandResult> {
    const projectId = projectIdOfProblem(String(problemId));
    if (!projectId) throw notFoundProblem(problemId);
    const onProblem = (state: ProjectState) => {
      if (!state.exists || !state.problems[problemId]) throw notFoundProblem(problemId);
      return command(state);
    };
    return this.run(projectId, context, onProblem, () => ({ id: problemId }));
  }
}

const notFoundProblem = (problemId: string): DomainError => notFound('Problem', problemId);
