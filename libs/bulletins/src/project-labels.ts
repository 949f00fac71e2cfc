import { assertNever } from '@tuijin/domain-kernel';
import type { ProblemCategory, ProjectEvent } from '@tuijin/domain-projects';
import type { HistoryEntry, ReadModelQueries } from '@tuijin/read-models';

/** What a bulletin prints about a project beyond the assessment's figures, as it was known at an instant. */
export interface ProjectLabels {
  name: string;
  totalInvestment: number;
  leader: string | null;
  problems: Map<string, { category: ProblemCategory; description: string; ownerUnitId: string }>;
}

/** The events a project's labels are folded from; the others leave them as they are. */
export const LABEL_EVENT_TYPES = [
  'ProjectRegistered',
  'ProjectDetailsRevised',
  'LeaderAssigned',
  'ProblemRaised',
  'ProblemAssigned',
] as const satisfies readonly ProjectEvent['type'][];

/**
 * Folds a project's history up to `knownAt`, so a bulletin reproduced later names the
 * project, its leader and each problem's owner unit as they were when it was published.
 */
export function projectLabelsKnownAt(entries: readonly HistoryEntry[], knownAt: string | undefined): ProjectLabels {
  const labels: ProjectLabels = { name: '', totalInvestment: 0, leader: null, problems: new Map() };
  for (const entry of entries) {
    if (knownAt !== undefined && entry.recordedAt > knownAt) break;
    const event = { type: entry.type, data: entry.data } as ProjectEvent;
    switch (event.type) {
      case 'ProjectRegistered':
        labels.name = event.data.name;
        labels.totalInvestment = event.data.totalInvestment;
        break;
      case 'ProjectDetailsRevised':
        labels.name = event.data.changes.name ?? labels.name;
        labels.totalInvestment = event.data.changes.totalInvestment ?? labels.totalInvestment;
        break;
      case 'LeaderAssigned':
        labels.leader = event.data.leader.name;
        break;
      case 'ProblemRaised': {
        const { problemId, category, description, ownerUnitId } = event.data;
        labels.problems.set(problemId, { category, description, ownerUnitId });
        break;
      }
      case 'ProblemAssigned': {
        const problem = labels.problems.get(event.data.problemId);
        if (problem) labels.problems.set(event.data.problemId, { ...problem, ownerUnitId: event.data.ownerUnitId });
        break;
      }
      case 'LeadUnitChanged':
      case 'ServiceSecretaryAssigned':
      case 'AnnualPlanSet':
      case 'OpeningBalanceSet':
      case 'StageChanged':
      case 'MonthlyReportSubmitted':
      case 'MonthlyReportCorrected':
      case 'ProblemEscalated':
      case 'ProblemResolved':
      case 'ProblemClosed':
        break; // the assessment facts carry these, as known
      default:
        assertNever(event);
    }
  }
  return labels;
}

/**
 * The labels of many projects as known at `knownAt`, folded from their label events, read
 * from the log in one query.
 */
export async function labelsKnownAt(
  queries: ReadModelQueries,
  projectIds: string[],
  knownAt: string,
): Promise<Map<string, ProjectLabels>> {
  const histories = await queries.histories(projectIds, LABEL_EVENT_TYPES);
  return new Map(projectIds.map((id) => [id, projectLabelsKnownAt(histories.get(id) ?? [], knownAt)]));
}

/**
 * The labels of a district's projects as they are now, read from the read models, which hold
 * what folding every label event gives (a test compares the two on the demo districts).
 */
export async function currentLabels(
  queries: ReadModelQueries,
  districtId: string,
  projectIds: string[],
): Promise<Map<string, ProjectLabels>> {
  const [projects, problems] = await Promise.all([
    queries.projectsByIds(projectIds),
    queries.problems(districtId, {}, { first: 1_000_000 }),
  ]);
  const labels = new Map<string, ProjectLabels>(
    projects.map((p) => [
      p.id,
      { name: p.name, totalInvestment: p.totalInvestment, leader: p.leader?.name ?? null, problems: new Map() },
    ]),
  );
  for (const { node } of problems.edges)
    labels.get(node.projectId)?.problems.set(node.id, {
      category: node.category,
      description: node.description,
      ownerUnitId: node.ownerUnitId,
    });
  return labels;
}
