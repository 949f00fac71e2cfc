import { Inject } from '@nestjs/common';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { DistrictView, ProblemView, ProjectFilter, ProjectView, UnitView } from '@tuijin/read-models';
import { projectPage, type ProjectPageArgs } from './pagination';
import { found } from './query.resolver';
import { ownProjects } from './auth/own-projects';
import { API_RUNTIME, type ApiRuntime, type RequestContext } from './runtime';

@Resolver('District')
export class DistrictResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @ResolveField()
  units(@Parent() district: DistrictView) {
    return this.runtime.queries.units(district.id);
  }

  @ResolveField()
  projects(
    @Parent() district: DistrictView,
    @Args('filter') filter: ProjectFilter | undefined,
    @Args() page: ProjectPageArgs,
    @Context() ctx: RequestContext,
  ) {
    return this.runtime.queries.projects(district.id, ownProjects(ctx.user, filter), projectPage(page));
  }
}

@Resolver('Unit')
export class UnitResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @ResolveField()
  district(@Parent() unit: UnitView) {
    return found('District', unit.districtId, this.runtime.queries.district(unit.districtId));
  }

  @ResolveField()
  reserveTarget(@Parent() unit: UnitView, @Args('year') year: number) {
    return unit.reserveTargets.find((t) => t.year === year)?.target ?? null;
  }
}

@Resolver('Project')
export class ProjectResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @ResolveField()
  district(@Parent() project: ProjectView) {
    return found('District', project.districtId, this.runtime.queries.district(project.districtId));
  }

  @ResolveField()
  leadUnit(@Parent() project: ProjectView) {
    return found('Unit', project.leadUnitId, this.runtime.queries.unit(project.leadUnitId));
  }

  @ResolveField()
  annualPlan(@Parent() project: ProjectView, @Args('year') year: number) {
    return project.annualPlans.find((plan) => plan.year === year) ?? null;
  }

  @ResolveField()
  problems(@Parent() project: ProjectView) {
    return this.runtime.queries.problemsOfProject(project.id);
  }

  @ResolveField()
  history(@Parent() project: ProjectView) {
    return this.runtime.queries.history(project.id);
  }
}

@Resolver('Problem')
export class ProblemResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @ResolveField()
  project(@Parent() problem: ProblemView) {
    return found('Project', problem.projectId, this.runtime.queries.project(problem.projectId));
  }

  @ResolveField()
  ownerUnit(@Parent() problem: ProblemView) {
    return found('Unit', problem.ownerUnitId, this.runtime.queries.unit(problem.ownerUnitId));
  }
}
