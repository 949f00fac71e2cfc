import {
  byCode,
  isActiveOn,
  isStarted,
  leadUnitOn,
  planFor,
  reportDeadline,
  reportStatus,
  stageOn,
  startIsDue,
  type Light,
  type MetricValues,
  type ProjectFacts,
  type UnitScore,
} from '@tuijin/domain-assessment';
import {
  firstDayOf,
  parseBulletinPeriod,
  previousBulletinPeriod,
  type BulletinKind,
  type BulletinPeriod,
} from '@tuijin/domain-bulletins';
import {
  addMonths,
  compareText,
  invalid,
  lastDayOf,
  monthNumber,
  monthOf,
  notFound,
  yearOf,
} from '@tuijin/domain-kernel';
import type { AssessmentQueries, AssessmentResult, DistrictView, ReadModelQueries } from '@tuijin/read-models';
import type { Bulletin, CityBulletin, ProblemLine, ProjectLine, RankingLine } from './bulletin.types';
import { METRICS, metricPoints } from './metric-points';
import { currentLabels, labelsKnownAt, type ProjectLabels } from './project-labels';

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
const sumOver = <T>(items: readonly T[], value: (item: T) => number) =>
  items.reduce((sum, item) => sum + value(item), 0);
/** A unit that leads at least one project: ranked, scored and measured on every metric. */
type RankedUnit = UnitScore & MetricValues & { rank: number; score: number };
const isRanked = (unit: UnitScore): unit is RankedUnit => unit.rank !== null && unit.score !== null;

/** The district's facts as known, with each project's labels, read once per bulletin. */
interface Known {
  projects: ProjectFacts[];
  byId: Map<string, ProjectFacts>;
  unitNames: Map<string, { code: string; name: string }>;
  labels: Map<string, ProjectLabels>;
}

export interface BulletinOptions {
  /** Only what was recorded at or before this instant (a published bulletin's). */
  knownAt?: string;
  /** The district's name as the bulletin was published under (a later renaming does not change it). */
  districtName?: string;
}

/**
 * Bulletins (通报) computed from the assessment engine and the read models: nothing here
 * judges a project or scores a unit itself; it asks the same queries the app's screens ask,
 * for the bulletin's periods, and arranges their answers into the sections a district prints.
 */
export class BulletinQueries {
  constructor(
    private readonly assessments: AssessmentQueries,
    private readonly queries: ReadModelQueries,
  ) {}

  async bulletin(
    districtId: string,
    kind: BulletinKind,
    label: string,
    options: BulletinOptions = {},
  ): Promise<Bulletin> {
    const { knownAt } = options;
    const period = parseBulletinPeriod(kind, label);
    const district = await this.queries.district(districtId);
    if (!district) throw notFound('District', districtId);
    const previous = previousBulletinPeriod(period);
    const [assessed, previousAssessed] = await Promise.all([
      this.assessedPeriod(districtId, period, knownAt),
      this.assessedPeriod(districtId, previous, knownAt),
    ]);
    const [dashboard, before, known] = await Promise.all([
      this.assessments.districtOverview(districtId, assessed, knownAt),
      previousAssessed === assessed ? undefined : this.assessments.assess(districtId, previousAssessed, { knownAt }),
      this.known(districtId, knownAt),
    ]);
    const assessment = dashboard.assessment;
    const endDay = assessment.period.endDay;
    // a ten-day bulletin's problems are as of its own last day, not its ranking month's
    const overdue =
      period.asOfDay === endDay
        ? dashboard.overdueProblems
        : await this.assessments.overdueProblemsOn(districtId, period.asOfDay, knownAt);
    const line = (projectId: string, day: string): ProjectLine => {
      const facts = known.byId.get(projectId) as ProjectFacts;
      const labels = known.labels.get(projectId) as ProjectLabels;
      const unitId = leadUnitOn(facts, day);
      return {
        projectId,
        code: facts.code,
        name: labels.name,
        leadUnit: (unitId && known.unitNames.get(unitId)?.name) || '',
        leader: labels.leader,
      };
    };
    const { figures } = dashboard;
    const active = known.projects.filter((p) => isActiveOn(p, endDay));
    return {
      districtId,
      districtName: options.districtName ?? district.name,
      kind: period.kind,
      period: period.label,
      asOfDay: period.asOfDay,
      assessedPeriod: assessed,
      previousPeriod: previous.label,
      ruleSetVersion: assessment.ruleSetVersion,
      // the district's figures, as the dashboard and the city comparison show them
      headline: {
        stages: figures.stageFunnel,
        projectCount: figures.projectCount,
        cancelledCount: figures.cancelledCount,
        totalInvestment: sumOver(active, (p) => known.labels.get(p.projectId)?.totalInvestment ?? 0),
        plannedInvestment: figures.plannedInvestment,
        completedInvestment: figures.completedYearToDate,
        completionShare: figures.completionRate,
        targetShare: figures.targetShare,
        gapPoints: figures.gapToTarget === null ? null : figures.gapToTarget * 100,
      },
      starts: this.starts(known, period, line),
      ...this.ranking(assessment, before),
      lights: {
        red: dashboard.redProjects.map((p) => ({
          ...line(p.projectId, endDay),
          lag: p.lag ?? 0,
          plannedInvestment: p.plannedInvestment ?? 0,
          completed: p.completed,
          completionRate: p.completionRate,
        })),
        redCount: dashboard.lights.red,
        yellowCount: dashboard.lights.yellow,
        greenCount: dashboard.lights.green,
        changes: lightChanges(assessment, before).map((c) => ({
          ...line(c.projectId, endDay),
          from: c.from,
          to: c.to,
        })),
      },
      problems: {
        overdue: overdue.map((p) => this.problemLine(known, p.projectId, p.id, p.dueOn, period.asOfDay)),
        cleared: this.cleared(known, period),
      },
      reporting: await this.reporting(districtId, known, period, knownAt),
    };
  }

  /** The districts within reach side by side, ranked by investment completion, then construction start, then code. */
  async cityBulletin(
    kind: BulletinKind,
    label: string,
    knownAt?: string,
    only?: readonly string[],
  ): Promise<CityBulletin> {
    const period = parseBulletinPeriod(kind, label);
    if (period.kind === 'TEN_DAY') throw invalid('kind', 'A city bulletin is monthly, quarterly or annual');
    const [rows, districts] = await Promise.all([
      this.assessments.compareDistricts(period.label, knownAt, only),
      this.queries.districts(only),
    ]);
    const byId = new Map(districts.map((d) => [d.id, d]));
    const ranked = rows
      .map((row) => ({ ...row, district: byId.get(row.districtId) as DistrictView }))
      .sort(
        (a, b) =>
          b.investmentCompletion - a.investmentCompletion ||
          b.constructionStart - a.constructionStart ||
          byCode(a.district, b.district),
      );
    return {
      kind: period.kind,
      period: period.label,
      asOfDay: period.asOfDay,
      districts: ranked.map((row, index) => ({
        rank: index + 1,
        districtId: row.district.id,
        code: row.district.code,
        name: row.district.name,
        projectCount: row.projectCount,
        plannedInvestment: row.plannedInvestment,
        completedInvestment: row.completedYearToDate,
        investmentCompletion: row.investmentCompletion,
        constructionStart: row.constructionStart,
      })),
    };
  }

  /**
   * The assessment period behind a bulletin's ranking: the period itself, or for a ten-day
   * bulletin the last month whose reports were due by its last day.
   */
  async assessedPeriod(districtId: string, period: BulletinPeriod, knownAt?: string): Promise<string> {
    if (period.kind !== 'TEN_DAY') return period.label;
    const month = addMonths(monthOf(period.asOfDay), -1);
    const rules = await this.assessments.ruleSetFor(districtId, month, knownAt);
    return reportDeadline(month, rules) <= period.asOfDay ? month : addMonths(month, -1);
  }

  private async known(districtId: string, knownAt: string | undefined): Promise<Known> {
    const { units, projects } = await this.assessments.districtFacts(districtId, knownAt);
    const ids = projects.map((p) => p.projectId);
    // as now, the read models hold the labels; as known earlier, they are folded from the log
    const labels =
      knownAt === undefined
        ? await currentLabels(this.queries, districtId, ids)
        : await labelsKnownAt(this.queries, ids, knownAt);
    return {
      projects,
      byId: new Map(projects.map((p) => [p.projectId, p])),
      unitNames: new Map(units.map((u) => [u.unitId, { code: u.code, name: u.name }])),
      labels,
    };
  }

  /** 开工: due by the last month that has ended on the as-of day, started on that day. */
  private starts(
    known: Known,
    period: BulletinPeriod,
    line: (id: string, day: string) => ProjectLine,
  ): Bulletin['starts'] {
    const day = period.asOfDay;
    const lastEnded = lastDayOf(monthOf(day)) === day ? monthOf(day) : addMonths(monthOf(day), -1);
    const upTo = { year: yearOf(day), month: yearOf(lastEnded) === yearOf(day) ? monthNumber(lastEnded) : 0 };
    const due = known.projects.filter((p) => isActiveOn(p, day) && startIsDue(p, upTo));
    const missed = due.filter((p) => !isStarted(stageOn(p, day))).sort(byCode);
    return {
      due: due.length,
      started: due.length - missed.length,
      rate: due.length === 0 ? null : (due.length - missed.length) / due.length,
      missed: missed.map((p) => ({
        ...line(p.projectId, day),
        plannedStartMonth: planFor(p, upTo.year)?.plannedStartMonth ?? '',
        stage: stageOn(p, day) ?? 'RESERVE',
      })),
    };
  }

  private ranking(
    assessment: AssessmentResult,
    before: AssessmentResult | undefined,
  ): Pick<Bulletin, 'ranking' | 'unranked' | 'reverseRanking' | 'rankMoves'> {
    const { weights } = assessment.ruleSet;
    const ranked = assessment.units.filter(isRanked);
    const ranking = ranked.map((unit): RankingLine => {
      const metrics = Object.fromEntries(
        METRICS.map(({ key, weight }) => [key, { value: unit[key], points: metricPoints(unit[key], weights[weight]) }]),
      ) as Record<keyof MetricValues, { value: number; points: number }>;
      return {
        rank: unit.rank,
        unitId: unit.unitId,
        code: unit.code,
        name: unit.name,
        score: unit.score,
        projectCount: unit.projectCount,
        ...metrics,
        tieBreak: unit.tieBreak,
      };
    });
    const previousRanks = new Map((before ?? assessment).units.map((u) => [u.unitId, u.rank]));
    return {
      ranking,
      unranked: assessment.units
        .filter((u) => u.rank === null)
        .map(({ unitId, code, name }) => ({ unitId, code, name })),
      reverseRanking: assessment.reverseRanking.filter(isRanked).map((u) => ({
        rank: u.rank,
        unitId: u.unitId,
        code: u.code,
        name: u.name,
        score: u.score,
      })),
      rankMoves: ranking.flatMap((u) => {
        const previousRank = previousRanks.get(u.unitId);
        if (previousRank === null || previousRank === undefined || previousRank === u.rank) return [];
        const { unitId, code, name, rank } = u;
        return [{ unitId, code, name, rank, previousRank, change: previousRank - rank }];
      }),
    };
  }

  private problemLine(known: Known, projectId: string, problemId: string, dueOn: string, day: string): ProblemLine {
    const facts = known.byId.get(projectId) as ProjectFacts;
    const labels = known.labels.get(projectId) as ProjectLabels;
    const problem = labels.problems.get(problemId);
    return {
      problemId,
      projectCode: facts.code,
      projectName: labels.name,
      ownerUnit: (problem && known.unitNames.get(problem.ownerUnitId)?.name) || '',
      category: problem?.category ?? 'OTHER',
      description: problem?.description ?? '',
      dueOn,
      daysOverdue: Math.max(0, daysBetween(dueOn, day)),
    };
  }

  /** Problems resolved within the bulletin's period (after the previous bulletin's day). */
  private cleared(known: Known, period: BulletinPeriod): Bulletin['problems']['cleared'] {
    const from = firstDayOf(period);
    return known.projects
      .filter((p) => isActiveOn(p, period.asOfDay))
      .flatMap((p) =>
        p.problems
          .filter((q) => q.resolvedOn !== undefined && q.resolvedOn >= from && q.resolvedOn <= period.asOfDay)
          .map((q) => ({
            ...this.problemLine(known, p.projectId, q.problemId, q.dueOn, q.resolvedOn as string),
            resolvedOn: q.resolvedOn as string,
          })),
      )
      .sort((a, b) => compareText(a.resolvedOn, b.resolvedOn) || compareText(a.problemId, b.problemId));
  }

  /** Units with late or missing reports among the months that fell due within the bulletin's period. */
  private async reporting(
    districtId: string,
    known: Known,
    period: BulletinPeriod,
    knownAt: string | undefined,
  ): Promise<Bulletin['reporting']> {
    const from = firstDayOf(period);
    const candidates = Array.from({ length: 14 }, (_, i) => addMonths(monthOf(period.asOfDay), -13 + i));
    const months: Bulletin['reporting']['months'] = [];
    const lines = new Map<string, Bulletin['reporting']['units'][number]>();
    for (const month of candidates) {
      const rules = await this.assessments.ruleSetFor(districtId, month, knownAt);
      const dueOn = reportDeadline(month, rules);
      if (dueOn < from || dueOn > period.asOfDay) continue;
      months.push({ month, dueOn });
      for (const project of known.projects) {
        if (!isActiveOn(project, lastDayOf(month))) continue;
        const status = reportStatus(project, month, rules, period.asOfDay);
        if (status !== 'LATE' && status !== 'MISSING') continue;
        const unitId = leadUnitOn(project, lastDayOf(month)) as string;
        const unit = known.unitNames.get(unitId) ?? { code: '', name: '' };
        const entry = lines.get(unitId) ?? { unitId, ...unit, late: 0, missing: 0, reports: [] };
        entry[status === 'LATE' ? 'late' : 'missing'] += 1;
        const projectName = known.labels.get(project.projectId)?.name ?? project.name;
        entry.reports.push({ projectId: project.projectId, projectCode: project.code, projectName, month, status });
        lines.set(unitId, entry);
      }
    }
    const units = [...lines.values()].sort(byCode);
    for (const unit of units)
      unit.reports.sort((a, b) => compareText(a.month, b.month) || compareText(a.projectCode, b.projectCode));
    return { months, units };
  }
}

/** Projects whose light differs between the previous bulletin's assessment and this one. */
function lightChanges(now: AssessmentResult, before: AssessmentResult | undefined) {
  if (!before) return [];
  const earlier = new Map(before.projects.map((p) => [p.projectId, p.light]));
  return now.projects
    .flatMap((p) => {
      const from = earlier.get(p.projectId);
      return from && p.light && from !== p.light
        ? [{ projectId: p.projectId, code: p.code, from, to: p.light as Light }]
        : [];
    })
    .sort(byCode);
}
