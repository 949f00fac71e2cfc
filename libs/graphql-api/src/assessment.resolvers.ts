import { Inject } from '@nestjs/common';
import { Args, Context, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { PublishRuleSetInput } from '@tuijin/application';
import type { Period, ProjectAssessment, RuleSettings, UnitScore } from '@tuijin/domain-assessment';
import { addMonths, monthNumber, requireMonth, yearOf } from '@tuijin/domain-kernel';
import type { AssessmentResult, Dashboard, ProjectView } from '@tuijin/read-models';
import { districtScope, type AuthUser } from './auth/auth-user';
import { onlyVisible } from './auth/visible-projects';
import { fieldCommand } from './field-command';
import { found } from './query.resolver';
import { API_RUNTIME, type ApiRuntime, type RequestContext } from './runtime';

const TOP_UNITS = 3;

/** A period's arguments; `knownAt` is null when a client sends it empty. */
interface AtPeriod {
  period: string;
  knownAt?: string | null;
}

@Resolver('Query')
export class AssessmentQueryResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @Query()
  assessment(
    @Args('districtId') districtId: string,
    @Args('period') period: string,
    @Args('knownAt') knownAt?: string,
    @Args('ruleSetVersion') ruleSetVersion?: number,
  ) {
    return this.runtime.assessments.assess(districtId, period, {
      knownAt: knownAt ?? undefined,
      ruleSetVersion: ruleSetVersion ?? undefined,
    });
  }

  @Query()
  scoreTrend(@Args('districtId') districtId: string, @Args('upTo') upTo: string, @Args('knownAt') knownAt?: string) {
    const last = requireMonth('upTo', upTo);
    const months = Array.from({ length: monthNumber(last) }, (_, i) => addMonths(`${yearOf(last)}-01`, i));
    return this.runtime.assessments.assessEach(districtId, months, knownAt ?? undefined);
  }

  @Query()
  previewAssessment(
    @Args('districtId') districtId: string,
    @Args('period') period: string,
    @Args('rules') rules: RuleSettings,
    @Args('knownAt') knownAt?: string,
  ) {
    return this.runtime.assessments.assess(districtId, period, { knownAt: knownAt ?? undefined, draft: rules });
  }

  @Query()
  ruleSets(@Args('districtId') districtId: string) {
    return this.runtime.assessments.ruleSets(districtId);
  }

  @Query()
  ruleSetInForce(@Args('districtId') districtId: string, @Args('on') on?: string) {
    return this.runtime.assessments.ruleSetInForceOn(districtId, on ?? this.runtime.today());
  }

  @Query()
  dashboard(@Args('districtId') districtId: string, @Args('period') period: string, @Args('knownAt') knownAt?: string) {
    return this.runtime.assessments.dashboard(districtId, period, knownAt ?? undefined);
  }

  @Query()
  districtComparison(
    @Args('period') period: string,
    @Args('knownAt') knownAt: string | undefined,
    @Context() ctx: RequestContext,
  ) {
    return this.runtime.assessments.compareDistricts(period, knownAt ?? undefined, districtScope(ctx.user as AuthUser));
  }
}

@Resolver('Mutation')
export class AssessmentMutationResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @Mutation()
  async publishRuleSet(
    @Args('input') input: PublishRuleSetInput,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const result = await this.runtime.commands.handle(
      await fieldCommand(this.runtime, ctx, info, 'publishRuleSet', input),
    );
    await this.runtime.waitFor(result.position);
    const versions = await this.runtime.assessments.ruleSets(result.id);
    return versions.find((v) => v.version === result.version);
  }
}

/** An answer about a district's period: the district, the period's label and its last day. */
interface DistrictPeriod {
  districtId: string;
  period: Period;
}

/** The fields every answer about a district's period has (an assessment, the district figures). */
abstract class DistrictPeriodFields {
  constructor(protected readonly runtime: ApiRuntime) {}

  @ResolveField()
  district(answer: DistrictPeriod) {
    return found('District', answer.districtId, this.runtime.queries.district(answer.districtId));
  }

  @ResolveField()
  period(answer: DistrictPeriod) {
    return answer.period.label;
  }

  @ResolveField()
  periodEnd(answer: DistrictPeriod) {
    return answer.period.endDay;
  }
}

@Resolver('Assessment')
export class AssessmentResolver extends DistrictPeriodFields {
  constructor(@Inject(API_RUNTIME) runtime: ApiRuntime) {
    super(runtime);
  }

  @ResolveField()
  projects(assessment: AssessmentResult, _args: unknown, ctx: RequestContext) {
    return onlyVisible(ctx.user, assessment.projects, this.runtime.queries);
  }
}

@Resolver('DistrictFigures')
export class DistrictFiguresResolver extends DistrictPeriodFields {
  constructor(@Inject(API_RUNTIME) runtime: ApiRuntime) {
    super(runtime);
  }
}

@Resolver('UnitScore')
export class UnitScoreResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @ResolveField()
  unit(score: UnitScore) {
    return found('Unit', score.unitId, this.runtime.queries.unit(score.unitId));
  }
}

@Resolver('ProjectAssessment')
export class ProjectAssessmentResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @ResolveField()
  project(assessment: ProjectAssessment) {
    return found('Project', assessment.projectId, this.runtime.queries.project(assessment.projectId));
  }
}

@Resolver('Dashboard')
export class DashboardResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @ResolveField()
  redProjects(dashboard: Dashboard, _args: unknown, ctx: RequestContext) {
    return onlyVisible(ctx.user, dashboard.redProjects, this.runtime.queries);
  }

  @ResolveField()
  overdueProblems(dashboard: Dashboard, _args: unknown, ctx: RequestContext) {
    return onlyVisible(ctx.user, dashboard.overdueProblems, this.runtime.queries);
  }

  @ResolveField()
  topUnits(dashboard: Dashboard) {
    return dashboard.assessment.units.filter((unit) => unit.rank !== null).slice(0, TOP_UNITS);
  }
}

@Resolver('Project')
export class ProjectAssessmentFieldsResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @ResolveField()
  async light(project: ProjectView, { period, knownAt }: AtPeriod) {
    return (await this.runtime.assessments.projectAssessment(project.id, period, knownAt ?? undefined))?.light ?? null;
  }

  @ResolveField()
  assessment(project: ProjectView, { period, knownAt }: AtPeriod) {
    return this.runtime.assessments.projectAssessment(project.id, period, knownAt ?? undefined);
  }

  @ResolveField()
  monthlyReports(project: ProjectView) {
    return this.runtime.assessments.reportsWithDeadlines(project);
  }

  /** Up to the month before the current one in the current year: a month is judged once it has ended. */
  @ResolveField()
  lightHistory(project: ProjectView, { year }: { year: number }) {
    const today = this.runtime.today();
    const through = yearOf(today) > year ? 12 : yearOf(today) === year ? monthNumber(today) - 1 : 0;
    return this.runtime.assessments.lightHistory(project.id, year, through);
  }
}
