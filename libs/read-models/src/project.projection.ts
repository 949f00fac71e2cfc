import type { Projection, StoredEvent, ViewSession } from '@tuijin/application';
import { assertNever } from '@tuijin/domain-kernel';
import type { ProjectEvent } from '@tuijin/domain-projects';
import { aggregateIdOf, ownDoc } from './stream-keys';
import {
  COLLECTIONS,
  type HistoryEntry,
  type ProjectHistoryView,
  type MonthlyReportView,
  type ProblemView,
  type ProjectView,
} from './views';

const OPEN_STATUSES = new Set(['OPEN', 'ASSIGNED', 'ESCALATED']);

function withReport(project: ProjectView, report: MonthlyReportView): ProjectView {
  const monthlyReports = [...project.monthlyReports.filter((r) => r.month !== report.month), report].sort((a, b) =>
    a.month.localeCompare(b.month),
  );
  return {
    ...project,
    monthlyReports,
    completedInvestment: monthlyReports.reduce((sum, r) => sum + r.investment, 0),
  };
}

function countProblems(project: ProjectView, delta: { raised: number; opened: number }): ProjectView {
  return {
    ...project,
    problemCount: project.problemCount + delta.raised,
    openProblemCount: project.openProblemCount + delta.opened,
  };
}

/** Applies one project event to the project document; returns the new document. */
function evolveProject(project: ProjectView, event: ProjectEvent, views: ViewSession): ProjectView {
  switch (event.type) {
    case 'ProjectRegistered':
      return project;
    case 'ProjectDetailsRevised':
      return { ...project, ...event.data.changes };
    case 'LeadUnitChanged':
      return { ...project, leadUnitId: event.data.leadUnitId };
    case 'LeaderAssigned':
      return { ...project, leader: event.data.leader, leaderUserId: event.data.leader.userId };
    case 'ServiceSecretaryAssigned':
      return { ...project, serviceSecretary: event.data.secretary };
    case 'AnnualPlanSet': {
      const annualPlans = [...project.annualPlans.filter((p) => p.year !== event.data.year), event.data].sort(
        (a, b) => a.year - b.year,
      );
      return { ...project, annualPlans };
    }
    case 'StageChanged':
      return { ...project, stage: event.data.to, stageSince: event.occurredOn };
    case 'MonthlyReportSubmitted':
      return withReport(project, { ...event.data, firstSubmittedOn: event.data.submittedOn, corrections: 0 });
    case 'MonthlyReportCorrected': {
      const first = project.monthlyReports.find((r) => r.month === event.data.month);
      const { previousInvestment, ...report } = event.data;
      return withReport(project, {
        ...report,
        firstSubmittedOn: first?.firstSubmittedOn ?? report.submittedOn,
        corrections: (first?.corrections ?? 0) + 1,
      });
    }
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
      return countProblems(project, { raised: 1, opened: 1 });
    }
    case 'ProblemAssigned':
    case 'ProblemEscalated':
    case 'ProblemResolved':
    case 'ProblemClosed': {
      const problem = views.get<ProblemView>(COLLECTIONS.problems, event.data.problemId);
      if (!problem) return project;
      const wasOpen = OPEN_STATUSES.has(problem.status);
      const changed = evolveProblem(problem, event);
      views.put(COLLECTIONS.problems, changed);
      const isOpen = OPEN_STATUSES.has(changed.status);
      return countProblems(project, { raised: 0, opened: Number(isOpen) - Number(wasOpen) });
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

function registered(event: Extract<ProjectEvent, { type: 'ProjectRegistered' }>, stored: StoredEvent): ProjectView {
  const { projectId, ...details } = event.data;
  return {
    id: projectId,
    ...details,
    stageSince: event.occurredOn,
    registeredOn: event.occurredOn,
    annualPlans: [],
    monthlyReports: [],
    completedInvestment: 0,
    problemCount: 0,
    openProblemCount: 0,
    version: stored.version,
    updatedAt: stored.recordedAt,
  };
}

/** Current state of every project, its problems, and its full history (who did what, when). */
export const projectProjection: Projection = {
  name: 'projects',
  reads(stored) {
    const problemId = (stored.data as { problemId?: string }).problemId;
    return [
      ...ownDoc(stored, 'project', COLLECTIONS.projects),
      ...ownDoc(stored, 'project', COLLECTIONS.history),
      ...(problemId && stored.streamId.startsWith('project-')
        ? [{ collection: COLLECTIONS.problems, id: problemId }]
        : []),
    ];
  },
  apply(stored, views) {
    if (!stored.streamId.startsWith('project-')) return;
    const event = { type: stored.type, occurredOn: stored.occurredOn, data: stored.data } as ProjectEvent;
    const projectId = aggregateIdOf(stored);
    const current =
      event.type === 'ProjectRegistered'
        ? registered(event, stored)
        : views.get<ProjectView>(COLLECTIONS.projects, projectId);
    if (!current) return;
    const next = evolveProject(current, event, views);
    views.put(COLLECTIONS.projects, { ...next, version: stored.version, updatedAt: stored.recordedAt });

    const { position, version, type, occurredOn, recordedAt, actor, data } = stored;
    const history = views.get<ProjectHistoryView>(COLLECTIONS.history, projectId) ?? {
      id: projectId,
      entries: [],
    };
    const entry: HistoryEntry = { position, version, type, occurredOn, recordedAt, actor, data };
    views.put(COLLECTIONS.history, { ...history, entries: [...history.entries, entry] });
  },
};
