import { Inject } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { requireMonth } from '@tuijin/domain-kernel';
import { previousReport, reportWarnings, type ProposedReport } from '@tuijin/domain-projects';
import type { ProjectView } from '@tuijin/read-models';
import { API_RUNTIME, type ApiRuntime } from './runtime';

/** What the reporting forms ask of a project: what it owes for a month, the month before, and what looks wrong. */
@Resolver('Project')
export class ProjectReportingResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @ResolveField()
  async previousReport(project: ProjectView, { month }: { month: string }) {
    const before = previousReport(project.monthlyReports, requireMonth('month', month));
    if (!before) return null;
    const reports = await this.runtime.assessments.reportsWithDeadlines(project);
    return reports.find((report) => report.month === before.month) ?? null;
  }

  @ResolveField()
  async reportDue(project: ProjectView, { month }: { month: string }) {
    return (
      (await this.runtime.assessments.reportDue(project, requireMonth('month', month), this.runtime.today())) ?? null
    );
  }

  @ResolveField()
  reportWarnings(project: ProjectView, proposed: ProposedReport) {
    return reportWarnings(proposed, { reports: project.monthlyReports, plans: project.annualPlans });
  }
}
