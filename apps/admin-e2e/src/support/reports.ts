import { apiAs, type Api } from './api';
import { chinaDay } from './app';

interface ProjectWithReports {
  id: string;
  code: string;
  name: string;
  stage: string;
  stageSince: string;
  leadUnit: { name: string };
  monthlyReports: { month: string; progressPercent: number }[];
}

export interface OwedReport {
  project: { id: string; code: string; name: string };
  month: string;
  unitName: string;
  /** The latest report before the month: what a new report is compared with. */
  previous?: { month: string; progressPercent: number };
}

const lastDay = (month: string) =>
  `${month}-${new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()}`;

/** The projects `username` reports for (a unit reporter's unit), or the whole district for an admin. */
async function projectsOf(username: string): Promise<{ api: Api; districtId: string; projects: ProjectWithReports[] }> {
  const api = await apiAs(username);
  const { me } = await api.query<{ me: { unitId: string | null; districtIds: string[] } }>(
    '{ me { unitId districtIds } }',
  );
  const filter = me.unitId ? '{ leadUnitId: $u, stage: [UNDER_CONSTRUCTION] }' : '{ stage: [UNDER_CONSTRUCTION] }';
  const { projects } = await api.query<{ projects: { edges: { node: ProjectWithReports }[] } }>(
    `query ($d: ID!${me.unitId ? ', $u: ID!' : ''}) { projects(districtId: $d, filter: ${filter}, first: 100) {
       edges { node { id code name stage stageSince leadUnit { name } monthlyReports { month progressPercent } } } } }`,
    { d: me.districtIds[0], ...(me.unitId ? { u: me.unitId } : {}) },
  );
  return { api, districtId: me.districtIds[0], projects: projects.edges.map((edge) => edge.node) };
}

function owed(project: ProjectWithReports, month: string): OwedReport | undefined {
  if (project.stageSince > lastDay(month) || project.monthlyReports.some((r) => r.month === month)) return undefined;
  const previous = project.monthlyReports
    .filter((r) => r.month < month)
    .sort((a, b) => a.month.localeCompare(b.month))
    .pop();
  return {
    project: { id: project.id, code: project.code, name: project.name },
    month,
    unitName: project.leadUnit.name,
    previous,
  };
}

/** The latest month with a report that has ended: the current one may have a report another test sent. */
function latestEndedMonth(projects: ProjectWithReports[]): string | undefined {
  const thisMonth = chinaDay().slice(0, 7);
  return projects
    .flatMap((p) => p.monthlyReports.map((r) => r.month))
    .filter((month) => month < thisMonth)
    .sort()
    .pop();
}

/**
 * A report owed and not sent in the latest reported year, latest ended month first: a project building
 * at the end of the month without a report for it, among the projects `username` reports for.
 * Found through the API; the test then does the reporting in the browser.
 */
export async function findMissingReport(username = 'tongliang-reporter'): Promise<OwedReport> {
  const { projects } = await projectsOf(username);
  const thisMonth = chinaDay().slice(0, 7);
  const latest = latestEndedMonth(projects);
  if (!latest) throw new Error(`${username} sees no reports at all`);
  const year = latest.slice(0, 4);
  for (let m = 12; m >= 1; m -= 1) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (month >= thisMonth) continue;
    for (const project of projects) {
      const found = owed(project, month);
      if (found) return found;
    }
  }
  throw new Error(`no missing report in ${year} for ${username}`);
}

/**
 * A report due for the current month (it has begun, and the demo has no reports for it yet), from
 * a project of the demo reporter's unit whose earlier reports suit the test.
 */
export async function reportDueThisMonth(accepts: (due: OwedReport) => boolean = () => true): Promise<OwedReport> {
  const { projects } = await projectsOf('tongliang-reporter');
  const month = chinaDay().slice(0, 7);
  for (const project of projects) {
    const due = owed(project, month);
    if (due && accepts(due)) return due;
  }
  throw new Error(`no project of the demo unit owes a fitting report for ${month}`);
}

/** The months the project has reported, as the platform has them now. */
export async function reportedMonths(projectId: string): Promise<string[]> {
  const api = await apiAs('tongliang-admin');
  const { project } = await api.query<{ project: { monthlyReports: { month: string }[] } }>(
    'query ($id: ID!) { project(id: $id) { monthlyReports { month } } }',
    { id: projectId },
  );
  return project.monthlyReports.map((r) => r.month);
}

/** What the platform would ask a reporter to confirm about these figures (kinds of warning). */
export async function warningsFor(projectId: string, month: string, investment: number, progressPercent: number) {
  const api = await apiAs('tongliang-admin');
  const { project } = await api.query<{ project: { reportWarnings: { kind: string }[] } }>(
    `query ($id: ID!, $m: String!, $i: Float!, $p: Float!) { project(id: $id) {
       reportWarnings(month: $m, investment: $i, progressPercent: $p) { kind } } }`,
    { id: projectId, m: month, i: investment, p: progressPercent },
  );
  return project.reportWarnings.map((warning) => warning.kind);
}

/** The latest ended month 铜梁区 has reports for. */
export async function latestReportedMonth(): Promise<string> {
  const { projects } = await projectsOf('tongliang-admin');
  const latest = latestEndedMonth(projects);
  if (!latest) throw new Error('铜梁区 has no reports at all');
  return latest;
}

/**
 * A month of 铜梁区's latest reported year whose ranking has units on equal scores, latest first:
 * a ranking that has a tie to explain.
 */
export async function monthWithTies(): Promise<string> {
  const latest = await latestReportedMonth();
  const { api, districtId } = await projectsOf('tongliang-admin');
  for (let m = Number(latest.slice(5, 7)); m >= 1; m -= 1) {
    const month = `${latest.slice(0, 4)}-${String(m).padStart(2, '0')}`;
    const { assessment } = await api.query<{ assessment: { units: { tieBreak: string | null }[] } }>(
      'query ($d: ID!, $p: String!) { assessment(districtId: $d, period: $p) { units { tieBreak } } }',
      { d: districtId, p: month },
    );
    if (assessment.units.some((unit) => unit.tieBreak !== null)) return month;
  }
  throw new Error(`no month up to ${latest} ranks two units on an equal score`);
}
