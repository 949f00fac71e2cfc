import { Inject } from '@nestjs/common';
import { Args, Context, Info, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { CommandData, CommandType } from '@tuijin/application';
import { fieldCommand } from './field-command';
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

/** What a mutation answers with: the object its command changed, by the id the command answered. */
type ReadBack = (runtime: ApiRuntime, id: string) => Promise<unknown>;

const district: ReadBack = (runtime, id) => found('District', id, runtime.queries.district(id));
const unit: ReadBack = (runtime, id) => found('Unit', id, runtime.queries.unit(id));
const project: ReadBack = (runtime, id) => found('Project', id, runtime.queries.project(id));
const problem: ReadBack = (runtime, id) => found('Problem', id, runtime.queries.problem(id));

/** Sends a mutation field's command; answers with the changed object as the read models show it once they include the change. */
async function send<T extends CommandType>(
  runtime: ApiRuntime,
  type: T,
  input: CommandData<T>,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  readBack: ReadBack,
): Promise<unknown> {
  const result = await runtime.commands.handle(fieldCommand(runtime, ctx, info, type, withoutNulls(input)));
  await runtime.waitFor(result.position);
  return readBack(runtime, result.id);
}

/** The organization's and the projects' mutations: each sends its command and reads back what it changed. */
@Resolver('Mutation')
export class MutationResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @Mutation()
  createDistrict(
    @Args('input') input: CommandData<'CreateDistrict'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'CreateDistrict', input, ctx, info, district);
  }

  @Mutation()
  renameDistrict(
    @Args('input') input: CommandData<'RenameDistrict'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'RenameDistrict', input, ctx, info, district);
  }

  @Mutation()
  createUnit(
    @Args('input') input: CommandData<'CreateUnit'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'CreateUnit', input, ctx, info, unit);
  }

  @Mutation()
  setReserveTarget(
    @Args('input') input: CommandData<'SetReserveTarget'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'SetReserveTarget', input, ctx, info, unit);
  }

  @Mutation()
  registerProject(
    @Args('input') input: CommandData<'RegisterProject'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'RegisterProject', input, ctx, info, project);
  }

  @Mutation()
  reviseProject(
    @Args('input') input: CommandData<'ReviseProjectDetails'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'ReviseProjectDetails', input, ctx, info, project);
  }

  @Mutation()
  changeLeadUnit(
    @Args('input') input: CommandData<'ChangeLeadUnit'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'ChangeLeadUnit', input, ctx, info, project);
  }

  @Mutation()
  assignLeader(
    @Args('input') input: CommandData<'AssignLeader'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'AssignLeader', input, ctx, info, project);
  }

  @Mutation()
  assignServiceSecretary(
    @Args('input') input: CommandData<'AssignServiceSecretary'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'AssignServiceSecretary', input, ctx, info, project);
  }

  @Mutation()
  setAnnualPlan(
    @Args('input') input: CommandData<'SetAnnualPlan'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'SetAnnualPlan', input, ctx, info, project);
  }

  @Mutation()
  setOpeningBalance(
    @Args('input') input: CommandData<'SetOpeningBalance'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'SetOpeningBalance', input, ctx, info, project);
  }

  @Mutation()
  changeStage(
    @Args('input') input: CommandData<'ChangeStage'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'ChangeStage', input, ctx, info, project);
  }

  @Mutation()
  submitMonthlyReport(
    @Args('input') input: CommandData<'SubmitMonthlyReport'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'SubmitMonthlyReport', input, ctx, info, project);
  }

  @Mutation()
  raiseProblem(
    @Args('input') input: CommandData<'RaiseProblem'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'RaiseProblem', input, ctx, info, problem);
  }

  @Mutation()
  assignProblem(
    @Args('input') input: CommandData<'AssignProblem'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'AssignProblem', input, ctx, info, problem);
  }

  @Mutation()
  escalateProblem(
    @Args('input') input: CommandData<'EscalateProblem'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'EscalateProblem', input, ctx, info, problem);
  }

  @Mutation()
  resolveProblem(
    @Args('input') input: CommandData<'ResolveProblem'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'ResolveProblem', input, ctx, info, problem);
  }

  @Mutation()
  closeProblem(
    @Args('input') input: CommandData<'CloseProblem'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'CloseProblem', input, ctx, info, problem);
  }
}
