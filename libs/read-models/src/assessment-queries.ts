import type { Actor, ViewStore } from '@tuijin/application';
import {
  assessDistrict,
  assessProject,
  countedProjects,
  districtFigures,
  investmentByMonth,
  isActiveOn,
  monthLabel,
  parsePeriod,
  projectFactsKnownAt,
  reportDeadline,
  reportStatus,
  ruleSetInForce,
  validateRuleSettings,
  type DistrictAssessment,
  type DistrictFigures,
  type Light,
  type MonthInvestment,
  type Period,
  type ProjectAssessment,
  type ProjectFacts,
  type ReportStatus,
  type RuleSet,
  type RuleSettings,
  type UnitFacts,
  unitFactsKnownAt,
} from '@tuijin/domain-assessment';
import { compareText, invalid, lastDayOf, notFound } from '@tuijin/domain-kernel';
import type { ProjectFactsDoc, RuleBookDoc, UnitFactsDoc } from './assessment-facts.projection';
import { normalizeInstant } from './known-at';
import { COLLECTIONS, type DistrictView, type MonthlyReportView, type ProblemView, type ProjectView } from './views';

/** A month's report a project owes: when it is due, where it stands, and whether it is now overdue (未报, past its day). */
export interface ReportDue {
  month: string;
  dueOn: string;
  status: Exclude<ReportStatus, 'NOT_DUE'>;
  overdue: boolean;
}

export interface AssessmentOptions {
  /** Only facts recorded at or before this instant count. */
  knownAt?: string;
  /** Score under this published version instead of the one in force (shadow scoring). */
  ruleSetVersion?: number;
  /** Score under draft settings that are not published (the rule-set editor's preview). */
  draft?: RuleSettings;
}

/** A monthly report with the due day and lateness of the rules in force for its month. */
export interface ReportWithDeadline extends Omit<MonthlyReportView, 'backfilledBy'> {
  dueOn: string;
  late: boolean;
  backfilledBy: Actor | null;
}

export interface AssessmentResult extends DistrictAssessment {
  districtId: string;
  ruleSet: RuleSet;
  knownAt?: string;
}

/** A district's figures for a period (see `DistrictFigures`), with what they are of. */
export interface DistrictFiguresResult extends DistrictFigures {
  districtId: string;
  period: Period;
  knownAt?: string;
}

export interface Dashboard {
  assessment: AssessmentResult;
  figures: DistrictFiguresResult;
  investmentByMonth: MonthInvestment[];
  /** Lights of the counted projects; `none` are those without a plan for the year. */
  lights: { green: number; yellow: number; red: number; none: number };
  redProjects: ProjectAssessment[];
  overdueProblems: ProblemView[];
}

/** What the dashboard shows of a district but the months' investment: what a bulletin prints. */
export type DistrictOverview = Omit<Dashboard, 'investmentByMonth'>;

const ALL = 1_000_000;

/** Report due days by month, per rule book as stored: a new rule set is a new book, so this never goes stale. */
const deadlines = new WeakMap<RuleSet[], Map<string, string>>();

/** Assessments, lights and dashboards, computed on demand from the assessment facts. */
export class AssessmentQueries {
  constructor(private readonly views: ViewStore) {}

  /** Every rule-set version of a district, oldest first. */
  async ruleSets(districtId: string): Promise<RuleSet[]> {
    return (await this.ruleBook(districtId)).versions;
  }

  /** The version in force on a day: the highest one effective on or before it. */
  async ruleSetInForceOn(districtId: string, day: string): Promise<RuleSet> {
    return ruleSetInForce(await this.ruleSets(districtId), day);
  }

  async assess(districtId: string, periodLabel: string, options: AssessmentOptions = {}): Promise<AssessmentResult> {
    return (await this.assessWithFacts(districtId, periodLabel, options)).assessment;
  }

  /**
   * The assessment of each of several periods (a year's months for the score trend), each under
   * the rules in force for it; the district's facts are read once for all of them.
   */
  async assessEach(districtId: string, periodLabels: readonly string[], knownAt?: string): Promise<AssessmentResult[]> {
    const facts = await this.factsOf(districtId);
    return Promise.all(
      periodLabels.map(async (label) => (await this.assessFacts(facts, label, { knownAt })).assessment),
    );
  }

  /** The assessment and the project facts it was computed from, so a dashboard reads them once. */
  private async assessWithFacts(districtId: string, periodLabel: string, options: AssessmentOptions) {
    return this.assessFacts(await this.factsOf(districtId), periodLabel, options);
  }

  private async factsOf(districtId: string) {
    const [units, projects] = await Promise.all([
      this.all<UnitFactsDoc>(COLLECTIONS.unitFacts, districtId),
      this.all<ProjectFactsDoc>(COLLECTIONS.projectFacts, districtId),
    ]);
    return { districtId, units, projects };
  }

  private async assessFacts(
    { districtId, units, projects }: Awaited<ReturnType<AssessmentQueries['factsOf']>>,
    periodLabel: string,
    options: AssessmentOptions,
  ) {
    const period = parsePeriod(periodLabel);
    const knownAt = normalizeInstant(options.knownAt);
    const ruleSet = await this.chooseRuleSet(districtId, period, knownAt, options);
    const result = assessDistrict({ period, ruleSet, units, projects, knownAt });
    const assessment: AssessmentResult = { ...result, districtId, ruleSet, knownAt };
    return { assessment, projects };
  }

  /**
   * What a project owes for a month's report, judged on `day` by the rules in force for the
   * month: the engine's own rule, so the reporting page and the assessment never disagree.
   * Undefined when it owes none (not under construction at the month's end, or a month its
   * opening balance covers).
   */
  async reportDue(project: ProjectView, month: string, day: string): Promise<ReportDue | undefined> {
    const facts = await this.views.get<ProjectFactsDoc>(COLLECTIONS.projectFacts, project.id);
    if (!facts) return undefined;
    const rules = ruleSetInForce(await this.ruleSets(project.districtId), lastDayOf(month));
    const status = reportStatus(facts, month, rules, day);
    if (status === 'NOT_DUE') return undefined;
    const dueOn = reportDeadline(month, rules);
    return { month, dueOn, status, overdue: status === 'MISSING' && day > dueOn };
  }

  /** A project's monthly reports with the due day and lateness the rules in force for each month give. */
  async reportsWithDeadlines(project: ProjectView): Promise<ReportWithDeadline[]> {
    const versions = await this.ruleSets(project.districtId);
    let dueDays = deadlines.get(versions);
    if (!dueDays) deadlines.set(versions, (dueDays = new Map()));
    return project.monthlyReports.map((report) => {
      let dueOn = dueDays.get(report.month);
      if (dueOn === undefined) {
        dueOn = reportDeadline(report.month, ruleSetInForce(versions, lastDayOf(report.month)));
        dueDays.set(report.month, dueOn);
      }
      const { month, investment, progressPercent, note, submittedOn, firstSubmittedOn, corrections } = report;
      const late = firstSubmittedOn > dueOn;
      const backfilledBy = report.backfilledBy ?? null;
      // one literal shape for every row (a spread of the stored report would copy its shape, and slowly)
      return {
        month,
        investment,
        progressPercent,
        note,
        submittedOn,
        firstSubmittedOn,
        corrections,
        dueOn,
        late,
        backfilledBy,
      };
    });
  }

  /** One project's light and figures for a period, under its district's rules in force. */
  async projectAssessment(projectId: string, periodLabel: string, knownAt?: string): Promise<ProjectAssessment | null> {
    const period = parsePeriod(periodLabel);
    const instant = normalizeInstant(knownAt);
    const stored = await this.views.get<ProjectFactsDoc>(COLLECTIONS.projectFacts, projectId);
    const facts = stored && projectFactsKnownAt(stored, instant);
    if (!stored || !facts) return null;
    const ruleSet = await this.chooseRuleSet(stored.districtId, period, instant, {});
    return assessProject(facts, period, ruleSet);
  }

  /** The light at the end of each month of a year, up to `throughMonth`. */
  async lightHistory(
    projectId: string,
    year: number,
    throughMonth = 12,
  ): Promise<{ month: string; light: Light | null }[]> {
    const months = Array.from({ length: throughMonth }, (_, i) => monthLabel(year, i + 1));
    const facts = await this.views.get<ProjectFactsDoc>(COLLECTIONS.projectFacts, projectId);
    if (!facts) return months.map((month) => ({ month, light: null }));
    const versions = (await this.ruleBook(facts.districtId)).versions;
    return months.map((month) => {
      const period = parsePeriod(month);
      return { month, light: assessProject(facts, period, ruleSetInForce(versions, period.endDay)).light };
    });
  }

  async dashboard(districtId: string, periodLabel: string, knownAt?: string): Promise<Dashboard> {
    const { overview, facts } = await this.overviewWithFacts(districtId, periodLabel, knownAt);
    return { ...overview, investmentByMonth: investmentByMonth(facts, overview.assessment.period) };
  }

  /**
   * The district at a period's end: the assessment, the four batches, the lights, the red-light
   * list and the overdue problems. The dashboard shows them; bulletins print them.
   */
  async districtOverview(districtId: string, periodLabel: string, knownAt?: string): Promise<DistrictOverview> {
    return (await this.overviewWithFacts(districtId, periodLabel, knownAt)).overview;
  }

  private async overviewWithFacts(districtId: string, periodLabel: string, knownAt: string | undefined) {
    const { assessment, projects } = await this.assessWithFacts(districtId, periodLabel, { knownAt });
    const { period } = assessment;
    const facts = factsKnownAt(projects, assessment.knownAt);
    const counted = new Set(countedProjects(facts, period.endDay).map((f) => f.projectId));
    const lights = { green: 0, yellow: 0, red: 0, none: 0 };
    for (const project of assessment.projects) {
      if (!counted.has(project.projectId)) continue;
      if (project.light === null) lights.none += 1;
      else lights[project.light.toLowerCase() as 'green' | 'yellow' | 'red'] += 1;
    }
    const overview: DistrictOverview = {
      assessment,
      figures: { ...districtFigures(facts, period), districtId, period, knownAt: assessment.knownAt },
      lights,
      redProjects: assessment.projects.filter((p) => p.light === 'RED').sort((a, b) => (b.lag ?? 0) - (a.lag ?? 0)),
      overdueProblems: await this.overdueProblems(facts, period.endDay),
    };
    return { overview, facts };
  }

  /** Every district's figures side by side (city view), or only those named (a user's scope). */
  async compareDistricts(
    periodLabel: string,
    knownAt?: string,
    only?: readonly string[],
  ): Promise<DistrictFiguresResult[]> {
    const period = parsePeriod(periodLabel);
    const instant = normalizeInstant(knownAt);
    const all = await this.views.all<DistrictView>(COLLECTIONS.districts);
    const districts = all.filter((d) => !only || only.includes(d.id)).sort((a, b) => a.code.localeCompare(b.code));
    return Promise.all(
      districts.map(async ({ id }) => {
        const facts = factsKnownAt(await this.all<ProjectFactsDoc>(COLLECTIONS.projectFacts, id), instant);
        return { ...districtFigures(facts, period), districtId: id, period, knownAt: instant };
      }),
    );
  }

  /** A district's units and projects as they were known at an instant (bulletins list and judge them). */
  async districtFacts(districtId: string, knownAt?: string): Promise<{ units: UnitFacts[]; projects: ProjectFacts[] }> {
    const instant = normalizeInstant(knownAt);
    const [units, projects] = await Promise.all([
      this.all<UnitFactsDoc>(COLLECTIONS.unitFacts, districtId),
      this.all<ProjectFactsDoc>(COLLECTIONS.projectFacts, districtId),
    ]);
    return {
      units: units.map((u) => unitFactsKnownAt(u, instant)).filter((u): u is UnitFacts => u !== undefined),
      projects: factsKnownAt(projects, instant),
    };
  }

  /** Problems overdue on a day (due before it, neither resolved by then nor closed), as known at an instant. */
  async overdueProblemsOn(districtId: string, day: string, knownAt?: string): Promise<ProblemView[]> {
    return this.overdueProblems((await this.districtFacts(districtId, knownAt)).projects, day);
  }

  /** The rule set a period is assessed under, among the versions published by `knownAt`. */
  async ruleSetFor(districtId: string, periodLabel: string, knownAt?: string): Promise<RuleSet> {
    return this.chooseRuleSet(districtId, parsePeriod(periodLabel), normalizeInstant(knownAt), {});
  }

  private async chooseRuleSet(
    districtId: string,
    period: Period,
    knownAt: string | undefined,
    options: AssessmentOptions,
  ) {
    const known = (await this.ruleBook(districtId)).versions.filter(
      (v) => v.publishedAt === null || knownAt === undefined || v.publishedAt <= knownAt,
    );
    if (options.draft) {
      const latest = known[known.length - 1];
      return {
        ...validateRuleSettings(options.draft),
        version: 0,
        effectiveFrom: period.endDay,
        publishedAt: latest.publishedAt,
      };
    }
    if (options.ruleSetVersion === undefined) return ruleSetInForce(known, period.endDay);
    const chosen = known.find((v) => v.version === options.ruleSetVersion);
    if (!chosen)
      throw invalid('ruleSetVersion', `rule set version ${options.ruleSetVersion} does not exist for this district`);
    return chosen;
  }

  private async ruleBook(districtId: string): Promise<RuleBookDoc> {
    const book = await this.views.get<RuleBookDoc>(COLLECTIONS.ruleBooks, districtId);
    if (!book) throw notFound('District', districtId);
    return book;
  }

  private async all<T extends { id: string }>(collection: string, districtId: string): Promise<T[]> {
    const page = await this.views.find<T>(collection, {
      where: { districtId },
      orderBy: { field: 'id', direction: 'ASC' },
      limit: ALL,
    });
    return page.items;
  }

  private async overdueProblems(facts: ProjectFacts[], endDay: string): Promise<ProblemView[]> {
    const overdue = facts
      .filter((f) => isActiveOn(f, endDay))
      .flatMap((f) =>
        f.problems.filter(
          (p) => p.dueOn < endDay && p.closedAt === undefined && (p.resolvedOn === undefined || p.resolvedOn > endDay),
        ),
      );
    const problems = await Promise.all(
      overdue.map((p) => this.views.get<ProblemView>(COLLECTIONS.problems, p.problemId)),
    );
    // closed as known (from the facts), so an "as of" view and a published bulletin keep a problem closed later
    return problems.filter((p): p is ProblemView => p !== undefined).sort((a, b) => compareText(a.dueOn, b.dueOn));
  }
}

/** The facts as known at the instant, without projects not yet registered then. */
const factsKnownAt = (projects: ProjectFacts[], knownAt: string | undefined): ProjectFacts[] =>
  projects.map((f) => projectFactsKnownAt(f, knownAt)).filter((f): f is ProjectFacts => f !== undefined);
