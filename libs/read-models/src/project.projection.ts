import type { Actor, Projection, StoredEvent, ViewSession } from '@tuijin/application';
import { assertNever } from '@tuijin/domain-kernel';
import type { ProjectEvent, ReportData } from '@tuijin/domain-projects';
import { aggregateIdOf, domainEvent, needOwnDocs } from './stream-keys';
import { COLLECTIONS, type MonthlyReportView, type ProblemView, type ProjectView } from './views';

const OPEN_STATUSES = new Set(['OPEN', 'ASSIGNED', 'ESCALATED']);

/** The month's report after `previous`, the one it corrects if any; built as one literal so every report has the same shape. */
function reportOf(data: ReportData, previous: MonthlyReportView | undefined, actor: Actor): MonthlyReportView {
  const { month, investment, progressPercent, note, submittedOn } = data;
  const firstSubmittedOn = previous?.firstSubmittedOn ?? submittedOn;
  const corrections = previous === undefined ? 0 : previous.corrections + 1;
  const report: MonthlyReportView =
    note === undefined
      ? { month, investment, progressPercent, submittedOn, firstSubmittedOn, corrections }
      : { month, investment, progressPercent, note, submittedOn, firstSubmittedOn, corrections };
  // the first submission's day is the one punctuality is judged by, so its back-fill is the one kept
  const backfilledBy = previous ? previous.backfilledBy : data.backfilled && { userId: actor.userId, role: actor.role };
  if (backfilledBy) report.backfilledBy = backfilledBy;
  return report;
}

/** Puts a month's report in its place (a correction replaces the month's earlier one) and re-adds the total. */
function recordReport(project: ProjectView, data: ReportData, actor: Actor): void {
  const reports = project.monthlyReports;
  // from the end: reports mostly come month after month
  let at = reports.length;
  while (at > 0 && reports[at - 1].month >= data.month) at -= 1;
  const previous = reports[at]?.month === data.month ? reports[at] : undefined;
  if (previous) reports[at] = reportOf(data, previous, actor);
  else if (at === reports.length) reports.push(reportOf(data, undefined, actor));
  else reports.splice(at, 0, reportOf(data, undefined, actor));
  let completed = 0;
  for (const report of reports) completed += report.investment;
  project.completedInvestment = completed;
  addUp(project);
}

/** 开累: reports exist only for the months after the opening balance, so the two add up without overlap. */
function addUp(project: ProjectView): void {
  project.cumulativeInvestment = (project.openingBalance?.cumulativeInvestment ?? 0) + project.completedInvestment;
}

/** Applies one project event to the project's draft document. */
function evolveProject(project: ProjectView, event: ProjectEvent, views: ViewSession, actor: Actor): void {
  switch (event.type) {
    case 'ProjectRegistered':
      return;
    case 'ProjectDetailsRevised':
      Object.assign(project, event.data.changes);
      return;
    case 'LeadUnitChanged':
      project.leadUnitId = event.data.leadUnitId;
      return;
    case 'LeaderAssigned':
      project.leader = event.data.leader;
      project.leaderUserId = event.data.leader.userId;
      return;
    case 'ServiceSecretaryAssigned':
      project.serviceSecretary = event.data.secretary;
      return;
    case 'AnnualPlanSet': {
      const plans = project.annualPlans.filter((p) => p.year !== event.data.year);
      project.annualPlans = [...plans, event.data].sort((a, b) => a.year - b.year);
      return;
    }
    case 'OpeningBalanceSet':
      project.openingBalance = event.data;
      addUp(project);
      return;
    case 'StageChanged':
      project.stage = event.data.to;
      project.stageSince = event.occurredOn;
      return;
    case 'MonthlyReportSubmitted':
    case 'MonthlyReportCorrected':
      recordReport(project, event.data, actor);
      return;
    case 'ProblemRaised': {
      const { problemId, ...problem } = event.data;
      views.put(COLLECTIONS.problems, {
        id: problemId,
        projectId: project.id,
        districtId: project.districtId,
        ...problem,
        status: 'OPEN',
        raisedOn: event.occurredOn,
        escalations: [],
      } satisfies ProblemView);
      project.problemCount += 1;
      project.openProblemCount += 1;
      return;
    }
    case 'ProblemAssigned':
    case 'ProblemEscalated':
    case 'ProblemResolved':
    case 'ProblemClosed': {
      const problem = views.get<ProblemView>(COLLECTIONS.problems, event.data.problemId);
      if (!problem) return;
      const changed = evolveProblem(problem, event);
      views.put(COLLECTIONS.problems, changed);
      project.openProblemCount += Number(OPEN_STATUSES.has(changed.status)) - Number(OPEN_STATUSES.has(problem.status));
      return;
    }
    default:
      return assertNever(event);
  }
}

function evolveProblem(
  problem: ProblemView,
  event: Extract<ProjectEvent, { type: 'ProblemAssigned' | 'ProblemEscalated' | 'ProblemResolved' | 'ProblemClosed' }>,
): ProblemView {
  switch (event.type) {
    case 'ProblemAssigned':
      return { ...problem, status: 'ASSIGNED', ownerUnitId: event.data.ownerUnitId };
    case 'ProblemEscalated':
      return {
        ...problem,
        status: 'ESCALATED',
        escalations: [
          ...problem.escalations,
          { level: event.data.level, occurredOn: event.occurredOn, note: event.data.note },
        ],
      };
    case 'ProblemResolved':
      return { ...problem, status: 'RESOLVED', resolvedOn: event.occurredOn, resolution: event.data.resolution };
    case 'ProblemClosed':
      return { ...problem, status: 'CLOSED', closedReason: event.data.reason };
    default:
      return assertNever(event);
  }
}

/** A new project's document with every field in place from the start, so all project documents share one shape. */
function registered(event: Extract<ProjectEvent, { type: 'ProjectRegistered' }>, stored: StoredEvent): ProjectView {
  // the very string the stream's later events look the document up by, which makes those lookups cheaper
  const { data } = event;
  return {
    id: aggregateIdOf(stored),
    districtId: data.districtId,
    code: data.code,
    name: data.name,
    category: data.category,
    leadUnitId: data.leadUnitId,
    totalInvestment: data.totalInvestment,
    ownerEnterprise: data.ownerEnterprise,
    township: data.township,
    longitude: data.longitude,
    latitude: data.latitude,
    description: data.description,
    stage: data.stage,
    stageSince: event.occurredOn,
    registeredOn: event.occurredOn,
    leader: undefined,
    leaderUserId: undefined,
    serviceSecretary: undefined,
    annualPlans: [],
    monthlyReports: [],
    openingBalance: undefined,
    completedInvestment: 0,
    cumulativeInvestment: 0,
    problemCount: 0,
    openProblemCount: 0,
    version: stored.version,
    updatedAt: stored.recordedAt,
  };
}

/** Current state of every project and its problems (their history is the project's stream in the log). */
export const projectProjection: Projection = {
  name: 'projects',
  reads(stored, need) {
    if (!stored.streamId.startsWith('project-')) return;
    needOwnDocs(stored, 'project', need, COLLECTIONS.projects);
    const problemId = (stored.data as { problemId?: string }).problemId;
    if (problemId) need(COLLECTIONS.problems, problemId);
  },
  apply(stored, views) {
    if (!stored.streamId.startsWith('project-')) return;
    const event = domainEvent<ProjectEvent>(stored);
    const projectId = aggregateIdOf(stored);
    if (event.type === 'ProjectRegistered') views.put(COLLECTIONS.projects, registered(event, stored));
    const project = views.edit<ProjectView>(COLLECTIONS.projects, projectId);
    if (!project) return;
    evolveProject(project, event, views, stored.actor);
    project.version = stored.version;
    project.updatedAt = stored.recordedAt;
  },
};
