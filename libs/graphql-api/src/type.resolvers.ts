import { Inject } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import type {
  DistrictView,
  HistoryEntry,
  ProblemView,
  ProjectFilter,
  ProjectView,
  UnitView,
} from '@tuijin/read-models';
import { acceptsChanges, stageChoices, type Stage } from '@tuijin/domain-projects';
import { changeOf, requestLookups } from './history-change';
import { projectPage, type ProjectPageArgs } from './pagination';
import { found } from './query.resolver';
import { projectsPage } from './project-pages';
import { API_RUNTIME, type ApiRuntime, type RequestContext } from './runtime';

@Resolver('District')
export class DistrictResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @ResolveField()
  units(district: DistrictView) {
    return this.runtime.queries.units(district.id);
  }

  @ResolveField()
  projects(district: DistrictView, args: ProjectPageArgs & { filter?: ProjectFilter }, ctx: RequestContext) {
    return projectsPage(this.runtime.queries, ctx, district.id, args.filter, projectPage(args));
  }
}

@Resolver('Unit')
export class UnitResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @ResolveField()
  district(unit: UnitView) {
    return found('District', unit.districtId, this.runtime.queries.district(unit.districtId));
  }

  @ResolveField()
  reserveTarget(unit: UnitView, { year }: { year: number }) {
    return unit.reserveTargets.find((t) => t.year === year)?.target ?? null;
  }
}

@Resolver('Project')
export class ProjectResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @ResolveField()
  district(project: ProjectView) {
    return found('District', project.districtId, this.runtime.queries.district(project.districtId));
  }

  @ResolveField()
  leadUnit(project: ProjectView, _args: unknown, ctx: RequestContext) {
    return (
      ctx.units.get(project.leadUnitId) ??
      found('Unit', project.leadUnitId, this.runtime.queries.unit(project.leadUnitId))
    );
  }

  @ResolveField()
  acceptsChanges(project: ProjectView) {
    return acceptsChanges(project.stage);
  }

  @ResolveField()
  async stageChoices(project: ProjectView) {
    // a suspended project resumes against the stage it was suspended from: its last suspension says which
    const suspension =
      project.stage === 'SUSPENDED'
        ? (await this.runtime.queries.history(project.id)).findLast(
            (entry) => entry.type === 'StageChanged' && (entry.data as { to: Stage }).to === 'SUSPENDED',
          )
        : undefined;
    return stageChoices(project.stage, (suspension?.data as { from: Stage } | undefined)?.from);
  }

  @ResolveField()
  annualPlan(project: ProjectView, { year }: { year: number }) {
    return project.annualPlans.find((plan) => plan.year === year) ?? null;
  }

  @ResolveField()
  problems(project: ProjectView) {
    return this.runtime.queries.problemsOfProject(project.id);
  }

  @ResolveField()
  history(project: ProjectView, { knownAt }: { knownAt?: string | null }) {
    return this.runtime.queries.history(project.id, knownAt ?? undefined);
  }
}

@Resolver('HistoryEntry')
export class HistoryEntryResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @ResolveField()
  importedFrom(entry: HistoryEntry) {
    return entry.actor.importedFrom ?? null;
  }

  @ResolveField()
  change(entry: HistoryEntry, _args: unknown, ctx: RequestContext) {
    return changeOf(entry, requestLookups(this.runtime, ctx));
  }
}

@Resolver('Problem')
export class ProblemResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @ResolveField()
  project(problem: ProblemView) {
    return found('Project', problem.projectId, this.runtime.queries.project(problem.projectId));
  }

  @ResolveField()
  ownerUnit(problem: ProblemView) {
    return found('Unit', problem.ownerUnitId, this.runtime.queries.unit(problem.ownerUnitId));
  }
}
