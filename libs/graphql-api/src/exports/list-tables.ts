import {
  LIGHT_NAMES,
  METRICS,
  metricPoints,
  REPORT_STATUS_NAMES,
  ReportingStatusQueries,
  TIE_BREAK_NAMES,
  type Cell,
  type SheetTable,
} from '@tuijin/bulletins';
import {
  CATEGORIES,
  CATEGORY_NAMES,
  PROBLEM_CATEGORIES,
  PROBLEM_CATEGORY_NAMES,
  PROBLEM_STATUS_NAMES,
  STAGES,
  STAGE_NAMES,
  type ProblemStatus,
} from '@tuijin/domain-projects';
import {
  projectsKnownAt,
  type DistrictView,
  type ProjectView,
  type ReadModelQueries,
  type ReportWithDeadline,
} from '@tuijin/read-models';
import type { AuthUser } from '../auth/auth-user';
import { chinaDay } from '../china-day';
import { MAX_PAGE_SIZE, projectPage } from '../pagination';
import { problemsPage, projectsPage } from '../project-pages';
import { found } from '../query.resolver';
import { narrowed } from '../reporting-scope';
import type { ApiRuntime, RequestContext } from '../runtime';
import type { ExportParams } from './export-params';

/** A list as one table, and the name (without extension) the file is saved as. */
export interface ListExport {
  name: string;
  table: SheetTable;
}

const PROBLEM_STATUSES: readonly ProblemStatus[] = ['OPEN', 'ASSIGNED', 'ESCALATED', 'RESOLVED', 'CLOSED'];
/** A whole list in one read: no district holds nearly as many rows. */
const ALL_ROWS = 100_000;

const text = (header: string) => ({ header, kind: 'text' as const });
const money = (header: string) => ({ header: `${header}（万元）`, kind: 'money' as const });
const count = (header: string) => ({ header, kind: 'count' as const });
const percent = (header: string) => ({ header, kind: 'percent' as const });
const points = (header: string) => ({ header, kind: 'points' as const });
/** Dates are written as ISO text (YYYY-MM-DD) in every list, as the app shows them. */
const day = (value: string | undefined | null): Cell => value ?? null;
const asKnown = (knownAt: string | undefined) => (knownAt ? `-截至${chinaDay(knownAt)}` : '');

/**
 * Every list of the app as a table, read with the same queries as its GraphQL list (same
 * filters, order, figures and narrowing to what the caller sees). The caller's access to the
 * district or project has been checked by the route before any of these runs.
 */
export class ListTables {
  private readonly reporting: ReportingStatusQueries;

  constructor(private readonly runtime: ApiRuntime) {
    this.reporting = new ReportingStatusQueries(runtime.assessments);
  }

  /** 项目库 as the projects page lists it: its filters and sort, with each row's light for `period` if asked. */
  async projects(user: AuthUser, district: DistrictView, params: ExportParams): Promise<ListExport> {
    const knownAt = params.knownAt();
    const filter = {
      text: params.text('text'),
      stage: params.list('stage', STAGES),
      category: params.list('category', CATEGORIES),
      leadUnitId: params.text('leadUnitId'),
    };
    const direction = params.oneOf('direction', ['ASC', 'DESC'] as const);
    const order = projectPage({
      first: MAX_PAGE_SIZE,
      orderBy: { field: params.text('orderBy') ?? 'CODE', direction },
    });
    const period = params.text('period');
    const ctx = this.context(user);
    const queries = await this.queriesAsOf(district.id, knownAt);
    const page = await projectsPage(queries, ctx, district.id, filter, { ...order, first: ALL_ROWS });
    const projects = page.edges.map((edge) => edge.node);
    const lights = period
      ? await Promise.all(projects.map((p) => this.runtime.assessments.projectAssessment(p.id, period, knownAt)))
      : undefined;
    return {
      name: `${district.name}-项目库${asKnown(knownAt)}`,
      table: {
        sheet: '项目库',
        columns: [
          text('项目编码'),
          text('项目名称'),
          text('项目类别'),
          text('项目阶段'),
          text('牵头单位'),
          money('总投资'),
          money('开累完成投资'),
          ...(lights ? [text(`红黄绿灯（${period}）`)] : []),
          count('未办结问题'),
          text('登记日期'),
        ],
        rows: projects.map((p, i) => [
          p.code,
          p.name,
          CATEGORY_NAMES[p.category],
          STAGE_NAMES[p.stage],
          ctx.units.get(p.leadUnitId)?.name ?? '',
          p.totalInvestment,
          p.cumulativeInvestment,
          ...(lights ? [lights[i]?.light ? LIGHT_NAMES[lights[i].light] : null] : []),
          p.openProblemCount,
          day(p.registeredOn),
        ]),
      },
    };
  }

  /** 问题台账, most urgent first, with the problems page's filters. */
  async problems(user: AuthUser, district: DistrictView, params: ExportParams): Promise<ListExport> {
    const knownAt = params.knownAt();
    const filter = {
      status: params.list('status', PROBLEM_STATUSES),
      category: params.list('category', PROBLEM_CATEGORIES),
      ownerUnitId: params.text('ownerUnitId'),
      projectId: params.text('projectId'),
      text: params.text('text'),
    };
    const queries = await this.queriesAsOf(district.id, knownAt);
    const page = await problemsPage(queries, this.context(user), district.id, filter, { first: ALL_ROWS });
    const problems = page.edges.map((edge) => edge.node);
    const projects = await this.byId(
      problems.map((p) => p.projectId),
      (id) => queries.project(id),
    );
    const units = await this.unitNames(problems.map((p) => p.ownerUnitId));
    return {
      name: `${district.name}-问题台账${asKnown(knownAt)}`,
      table: {
        sheet: '问题台账',
        columns: [
          text('项目编码'),
          text('项目名称'),
          text('问题类别'),
          text('问题描述'),
          text('办理状态'),
          text('责任单位'),
          text('提出日期'),
          text('办结时限'),
          text('办结日期'),
          text('办理结果'),
        ],
        rows: problems.map((p) => [
          projects.get(p.projectId)?.code ?? '',
          projects.get(p.projectId)?.name ?? '',
          PROBLEM_CATEGORY_NAMES[p.category],
          p.description,
          PROBLEM_STATUS_NAMES[p.status],
          units.get(p.ownerUnitId) ?? '',
          day(p.raisedOn),
          day(p.dueOn),
          day(p.resolvedOn),
          p.resolution ?? p.closedReason ?? '',
        ]),
      },
    };
  }

  /** A district's month of monthly reports (of the projects the caller sees, optionally one lead unit's). */
  async monthReports(user: AuthUser, district: DistrictView, params: ExportParams): Promise<ListExport> {
    const knownAt = params.knownAt();
    const month = params.month('month');
    const ctx = this.context(user);
    const filter = { leadUnitId: params.text('leadUnitId') };
    const order = projectPage({ first: MAX_PAGE_SIZE });
    const queries = await this.queriesAsOf(district.id, knownAt);
    const page = await projectsPage(queries, ctx, district.id, filter, { ...order, first: ALL_ROWS });
    const rows: { project: ProjectView; report: ReportWithDeadline }[] = [];
    for (const { node } of page.edges) {
      const report = (await this.runtime.assessments.reportsWithDeadlines(node)).find((r) => r.month === month);
      if (report) rows.push({ project: node, report });
    }
    const unitOf = (p: ProjectView) => ctx.units.get(p.leadUnitId)?.name ?? '';
    return { name: `${district.name}-月报-${month}${asKnown(knownAt)}`, table: reportTable(rows, unitOf) };
  }

  /** Every monthly report of one project, oldest month first (none before it was registered). */
  async projectReports(project: ProjectView, params: ExportParams): Promise<ListExport> {
    const knownAt = params.knownAt();
    const then = await (await this.queriesAsOf(project.districtId, knownAt)).project(project.id);
    const reports = then ? await this.runtime.assessments.reportsWithDeadlines(then) : [];
    const unit = (await this.runtime.queries.unit((then ?? project).leadUnitId))?.name ?? '';
    const rows = reports.map((report) => ({ project: then ?? project, report }));
    return { name: `${project.name}-月报${asKnown(knownAt)}`, table: reportTable(rows, () => unit) };
  }

  /** 考核排名 of a period as known at `knownAt`: every unit, each metric's value and the points it adds. */
  async ranking(district: DistrictView, params: ExportParams): Promise<ListExport> {
    const period = params.required('period');
    const knownAt = params.knownAt();
    const assessment = await this.runtime.assessments.assess(district.id, period, { knownAt });
    const { weights } = assessment.ruleSet;
    return {
      name: `${district.name}-考核排名-${period}${asKnown(knownAt)}`,
      table: {
        sheet: '考核排名',
        columns: [
          count('名次'),
          text('单位编码'),
          text('责任单位'),
          count('项目数'),
          ...METRICS.flatMap((m) => [percent(`${m.name}完成值`), points(`${m.name}得分（权重${weights[m.weight]}）`)]),
          points('总分'),
          text('说明'),
        ],
        rows: assessment.units.map((u) => [
          u.rank,
          u.code,
          u.name,
          u.projectCount,
          ...METRICS.flatMap((m) => {
            const value = u[m.key];
            return [value, value === null ? null : metricPoints(value, weights[m.weight])];
          }),
          u.score,
          u.tieBreak === null ? '' : TIE_BREAK_NAMES[u.tieBreak],
        ]),
      },
    };
  }

  /** 填报情况 of a month: each unit's projects and whether they reported, judged on the day of `knownAt` (or today). */
  async reportingStatus(user: AuthUser, district: DistrictView, params: ExportParams): Promise<ListExport> {
    const month = params.month('month');
    const knownAt = params.knownAt();
    const today = this.runtime.today();
    const judgedOn = knownAt && chinaDay(knownAt) < today ? chinaDay(knownAt) : today;
    const grid = narrowed(await this.reporting.grid(district.id, month, judgedOn, knownAt), user);
    return {
      name: `${district.name}-填报情况-${month}${asKnown(knownAt)}`,
      table: {
        sheet: '填报情况',
        columns: [
          text('单位编码'),
          text('责任单位'),
          text('项目编码'),
          text('项目名称'),
          text('填报状态'),
          text('报送日期'),
          text('截止日期'),
        ],
        rows: grid.units.flatMap((u) =>
          u.projects.map((p) => [
            u.code,
            u.name,
            p.code,
            p.name,
            REPORT_STATUS_NAMES[p.status],
            day(p.submittedOn),
            grid.dueOn,
          ]),
        ),
      },
    };
  }

  /** The request context a GraphQL list query would run in, for the same narrowing to the caller. */
  /** The read models as they are, or the district's projects and problems as they stood at `knownAt`. */
  private async queriesAsOf(districtId: string, knownAt: string | undefined): Promise<ReadModelQueries> {
    const { queries } = this.runtime;
    return knownAt === undefined ? queries : projectsKnownAt(queries, districtId, knownAt, this.runtime.scratchViews());
  }

  private context(user: AuthUser): RequestContext {
    return { user, actor: { userId: user.userId, role: user.role }, units: new Map(), projectsSeen: new Map() };
  }

  private async byId<T>(ids: string[], lookup: (id: string) => Promise<T | undefined>): Promise<Map<string, T>> {
    const unique = [...new Set(ids)];
    const values = await Promise.all(unique.map((id) => lookup(id)));
    return new Map(unique.flatMap((id, i) => (values[i] === undefined ? [] : [[id, values[i] as T]])));
  }

  private async unitNames(ids: string[]): Promise<Map<string, string>> {
    const units = await this.runtime.queries.unitsByIds([...new Set(ids)]);
    return new Map(units.map((u) => [u.id, u.name]));
  }

  /** The district a list belongs to, or NOT_FOUND: a typo never exports an empty file. */
  district(id: string): Promise<DistrictView> {
    return found('District', id, this.runtime.queries.district(id));
  }
}

/** Monthly reports as the project page lists them: the figures, the days and whether the report was late. */
function reportTable(
  rows: { project: ProjectView; report: ReportWithDeadline }[],
  unitOf: (project: ProjectView) => string,
): SheetTable {
  return {
    sheet: '月报',
    columns: [
      text('项目编码'),
      text('项目名称'),
      text('牵头单位'),
      text('月份'),
      money('本月完成投资'),
      percent('形象进度'),
      text('报送日期'),
      text('首次报送日期'),
      text('截止日期'),
      text('是否迟报'),
      count('更正次数'),
      text('备注'),
    ],
    rows: rows.map(({ project, report: r }) => [
      project.code,
      project.name,
      unitOf(project),
      r.month,
      r.investment,
      r.progressPercent / 100,
      day(r.submittedOn),
      day(r.firstSubmittedOn),
      day(r.dueOn),
      r.late ? '迟报' : '按时',
      r.corrections,
      r.note ?? '',
    ]),
  };
}
