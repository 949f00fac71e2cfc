import { Inject } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { notFound } from '@tuijin/domain-kernel';
import type { ProjectFilter } from '@tuijin/read-models';
import { checkedPage, projectPage, type PageArgs, type ProjectPageArgs } from './pagination';
import { districtScope, type AuthUser } from './auth/auth-user';
import { problemsPage, projectsPage, type ProblemFilterArgs } from './project-pages';
import { API_RUNTIME, type ApiRuntime, type RequestContext } from './runtime';

/** Throws NOT_FOUND for an id that names nothing, so a typo never looks like an empty result. */
export async function found<T>(what: string, id: string, lookup: Promise<T | undefined>): Promise<T> {
  const value = await lookup;
  if (value === undefined) throw notFound(what, id);
  return value;
}

@Resolver('Query')
export class QueryResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @Query()
  districts(@Context() ctx: RequestContext) {
    return this.runtime.queries.districts(districtScope(ctx.user as AuthUser));
  }

  @Query()
  district(@Args('id') id: string) {
    return found('District', id, this.runtime.queries.district(id));
  }

  @Query()
  async units(@Args('districtId') districtId: string) {
    await found('District', districtId, this.runtime.queries.district(districtId));
    return this.runtime.queries.units(districtId);
  }

  @Query()
  unit(@Args('id') id: string) {
    return found('Unit', id, this.runtime.queries.unit(id));
  }

  @Query()
  project(@Args('id') id: string) {
    return found('Project', id, this.runtime.queries.project(id));
  }

  @Query()
  async projects(
    @Args('districtId') districtId: string,
    @Args('filter') filter: ProjectFilter | undefined,
    @Args() page: ProjectPageArgs,
    @Context() ctx: RequestContext,
  ) {
    const request = projectPage(page);
    await found('District', districtId, this.runtime.queries.district(districtId));
    return projectsPage(this.runtime.queries, ctx, districtId, filter, request);
  }

  @Query()
  problem(@Args('id') id: string) {
    return found('Problem', id, this.runtime.queries.problem(id));
  }

  @Query()
  async problems(
    @Args('districtId') districtId: string,
    @Args('filter') filter: ProblemFilterArgs | undefined,
    @Args() page: PageArgs,
    @Context() ctx: RequestContext,
  ) {
    const request = checkedPage(page, 50, 'string');
    await found('District', districtId, this.runtime.queries.district(districtId));
    return problemsPage(this.runtime.queries, ctx, districtId, filter ?? {}, request);
  }
}
