import { Inject } from '@nestjs/common';
import { Args, Context, Info, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { CommandData } from '@tuijin/application';
import { fieldCommand, type CommandField, type FieldInput } from './field-command';
import { found } from './query.resolver';
import { API_RUNTIME, type ApiRuntime, type RequestContext } from './runtime';

/** What a mutation answers with: the object its command changed, by the id the command answered. */
export type ReadBack = (runtime: ApiRuntime, id: string) => Promise<unknown>;

const district: ReadBack = (runtime, id) => found('District', id, runtime.queries.district(id));
const unit: ReadBack = (runtime, id) => found('Unit', id, runtime.queries.unit(id));
const project: ReadBack = (runtime, id) => found('Project', id, runtime.queries.project(id));
const problem: ReadBack = (runtime, id) => found('Problem', id, runtime.queries.problem(id));

/** Sends a mutation field's command; answers with the changed object as the read models show it once they include the change. */
export async function send<F extends CommandField>(
  runtime: ApiRuntime,
  field: F,
  input: FieldInput<F>,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  readBack: ReadBack,
): Promise<unknown> {
  const result = await runtime.commands.handle(await fieldCommand(runtime, ctx, info, field, input));
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
    return send(this.runtime, 'createDistrict', input, ctx, info, district);
  }

  @Mutation()
  renameDistrict(
    @Args('input') input: CommandData<'RenameDistrict'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'renameDistrict', input, ctx, info, district);
  }

  @Mutation()
  createUnit(
    @Args('input') input: CommandData<'CreateUnit'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'createUnit', input, ctx, info, unit);
  }

  @Mutation()
  setReserveTarget(
    @Args('input') input: CommandData<'SetReserveTarget'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'setReserveTarget', input, ctx, info, unit);
  }

  @Mutation()
  registerProject(
    @Args('input') input: CommandData<'RegisterProject'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'registerProject', input, ctx, info, project);
  }

  @Mutation()
  reviseProject(
    @Args('input') input: CommandData<'ReviseProjectDetails'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'reviseProject', input, ctx, info, project);
  }

  @Mutation()
  changeLeadUnit(
    @Args('input') input: CommandData<'ChangeLeadUnit'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'changeLeadUnit', input, ctx, info, project);
  }

  @Mutation()
  assignLeader(
    @Args('input') input: CommandData<'AssignLeader'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'assignLeader', input, ctx, info, project);
  }

  @Mutation()
  assignServiceSecretary(
    @Args('input') input: CommandData<'AssignServiceSecretary'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'assignServiceSecretary', input, ctx, info, project);
  }

  @Mutation()
  setAnnualPlan(
    @Args('input') input: CommandData<'SetAnnualPlan'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'setAnnualPlan', input, ctx, info, project);
  }

  @Mutation()
  setOpeningBalance(
    @Args('input') input: CommandData<'SetOpeningBalance'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'setOpeningBalance', input, ctx, info, project);
  }

  @Mutation()
  changeStage(
    @Args('input') input: CommandData<'ChangeStage'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'changeStage', input, ctx, info, project);
  }

  @Mutation()
  submitMonthlyReport(
    @Args('input') input: CommandData<'SubmitMonthlyReport'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'submitMonthlyReport', input, ctx, info, project);
  }

  @Mutation()
  raiseProblem(
    @Args('input') input: CommandData<'RaiseProblem'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'raiseProblem', input, ctx, info, problem);
  }

  @Mutation()
  assignProblem(
    @Args('input') input: CommandData<'AssignProblem'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'assignProblem', input, ctx, info, problem);
  }

  @Mutation()
  escalateProblem(
    @Args('input') input: CommandData<'EscalateProblem'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'escalateProblem', input, ctx, info, problem);
  }

  @Mutation()
  resolveProblem(
    @Args('input') input: CommandData<'ResolveProblem'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'resolveProblem', input, ctx, info, problem);
  }

  @Mutation()
  closeProblem(
    @Args('input') input: CommandData<'CloseProblem'>,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'closeProblem', input, ctx, info, problem);
  }
}
