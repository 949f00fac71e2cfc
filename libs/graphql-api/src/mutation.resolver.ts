import { Inject } from '@nestjs/common';
import { Args, Context, Info, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type {
  ChangeStageInput,
  CommandResult,
  ProjectCommands,
  CreateDistrictInput,
  CreateUnitInput,
  RaiseProblemInput,
  RegisterProjectInput,
  ReviseProjectInput,
  SetAnnualPlanInput,
  SetOpeningBalanceInput,
  SetReserveTargetInput,
  SubmitMonthlyReportInput,
} from '@tuijin/application';
import type { EscalationLevel } from '@tuijin/domain-projects';
import { commandContext } from './command-context';
import { found } from './query.resolver';
import { API_RUNTIME, type ApiRuntime, type RequestContext } from './runtime';

/** GraphQL sends absent optional fields as null; the application treats absent as undefined. */
function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  ) as T;
}

/** Answers with the changed object as the read models show it once they include the change. */
async function readAfter<T>(
  runtime: ApiRuntime,
  result: CommandResult,
  lookup: (id: string) => Promise<T>,
): Promise<T> {
  await runtime.waitFor(result.position);
  return lookup(result.id);
}

async function projectAfter(runtime: ApiRuntime, command: Promise<CommandResult>) {
  return readAfter(runtime, await command, (id) => found('Project', id, runtime.queries.project(id)));
}

async function problemAfter(runtime: ApiRuntime, command: Promise<CommandResult>) {
  return readAfter(runtime, await command, (id) => found('Problem', id, runtime.queries.problem(id)));
}

@Resolver('Mutation')
export class MutationResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @Mutation()
  async createDistrict(
    @Args('input') input: CreateDistrictInput,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const result = await this.runtime.organization.createDistrict(
      withoutNulls(input),
      commandContext(this.runtime, ctx, info),
    );
    return readAfter(this.runtime, result, (id) => found('District', id, this.runtime.queries.district(id)));
  }

  @Mutation()
  async renameDistrict(
    @Args('input') input: { districtId: string; name: string },
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const result = await this.runtime.organization.renameDistrict(
      withoutNulls(input),
      commandContext(this.runtime, ctx, info),
    );
    return readAfter(this.runtime, result, (id) => found('District', id, this.runtime.queries.district(id)));
  }

  @Mutation()
  async createUnit(
    @Args('input') input: CreateUnitInput,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const result = await this.runtime.organization.createUnit(
      withoutNulls(input),
      commandContext(this.runtime, ctx, info),
    );
    return readAfter(this.runtime, result, (id) => found('Unit', id, this.runtime.queries.unit(id)));
  }

  @Mutation()
  async setReserveTarget(
    @Args('input') input: SetReserveTargetInput,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const result = await this.runtime.organization.setReserveTarget(
      withoutNulls(input),
      commandContext(this.runtime, ctx, info),
    );
    return readAfter(this.runtime, result, (id) => found('Unit', id, this.runtime.queries.unit(id)));
  }

  @Mutation()
  registerProject(
    @Args('input') input: RegisterProjectInput,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projectAfter(
      this.runtime,
      this.runtime.projects.registerProject(withoutNulls(input), commandContext(this.runtime, ctx, info)),
    );
  }

  @Mutation()
  reviseProject(
    @Args('input') input: ReviseProjectInput,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projectAfter(
      this.runtime,
      this.runtime.projects.reviseProjectDetails(withoutNulls(input), commandContext(this.runtime, ctx, info)),
    );
  }

  @Mutation()
  changeLeadUnit(
    @Args('input') input: { projectId: string; leadUnitId: string; occurredOn?: string; reason?: string },
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projectAfter(
      this.runtime,
      this.runtime.projects.changeLeadUnit(withoutNulls(input), commandContext(this.runtime, ctx, info)),
    );
  }

  @Mutation()
  assignLeader(
    @Args('input') input: LeaderAssignment,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projectAfter(
      this.runtime,
      this.runtime.projects.assignLeader(withoutNulls(input), commandContext(this.runtime, ctx, info)),
    );
  }

  @Mutation()
  assignServiceSecretary(
    @Args('input') input: SecretaryAssignment,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projectAfter(
      this.runtime,
      this.runtime.projects.assignServiceSecretary(withoutNulls(input), commandContext(this.runtime, ctx, info)),
    );
  }

  @Mutation()
  setAnnualPlan(
    @Args('input') input: SetAnnualPlanInput,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projectAfter(
      this.runtime,
      this.runtime.projects.setAnnualPlan(withoutNulls(input), commandContext(this.runtime, ctx, info)),
    );
  }

  @Mutation()
  setOpeningBalance(
    @Args('input') input: SetOpeningBalanceInput,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projectAfter(
      this.runtime,
      this.runtime.projects.setOpeningBalance(withoutNulls(input), commandContext(this.runtime, ctx, info)),
    );
  }

  @Mutation()
  changeStage(
    @Args('input') input: ChangeStageInput,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projectAfter(
      this.runtime,
      this.runtime.projects.changeStage(withoutNulls(input), commandContext(this.runtime, ctx, info)),
    );
  }

  @Mutation()
  submitMonthlyReport(
    @Args('input') input: SubmitMonthlyReportInput,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projectAfter(
      this.runtime,
      this.runtime.projects.submitMonthlyReport(withoutNulls(input), commandContext(this.runtime, ctx, info)),
    );
  }

  @Mutation()
  raiseProblem(
    @Args('input') input: RaiseProblemInput,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return problemAfter(
      this.runtime,
      this.runtime.projects.raiseProblem(withoutNulls(input), commandContext(this.runtime, ctx, info)),
    );
  }

  @Mutation()
  assignProblem(
    @Args('input') input: { problemId: string; ownerUnitId: string; occurredOn?: string; note?: string },
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return problemAfter(
      this.runtime,
      this.runtime.projects.assignProblem(withoutNulls(input), commandContext(this.runtime, ctx, info)),
    );
  }

  @Mutation()
  escalateProblem(
    @Args('input') input: { problemId: string; level: EscalationLevel; occurredOn?: string; note?: string },
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return problemAfter(
      this.runtime,
      this.runtime.projects.escalateProblem(withoutNulls(input), commandContext(this.runtime, ctx, info)),
    );
  }

  @Mutation()
  resolveProblem(
    @Args('input') input: { problemId: string; resolvedOn?: string; resolution: string },
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return problemAfter(
      this.runtime,
      this.runtime.projects.resolveProblem(withoutNulls(input), commandContext(this.runtime, ctx, info)),
    );
  }

  @Mutation()
  closeProblem(
    @Args('input') input: { problemId: string; reason: string; occurredOn?: string },
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return problemAfter(
      this.runtime,
      this.runtime.projects.closeProblem(withoutNulls(input), commandContext(this.runtime, ctx, info)),
    );
  }
}

type LeaderAssignment = Parameters<ProjectCommands['assignLeader']>[0];
type SecretaryAssignment = Parameters<ProjectCommands['assignServiceSecretary']>[0];
