import type { Projection, StoredEvent, ViewSession } from '@tuijin/application';
import {
  DEFAULT_RULE_SET,
  type ProjectFacts,
  type RuleBookEvent,
  type RuleSet,
  type UnitFacts,
} from '@tuijin/domain-assessment';
import { assertNever } from '@tuijin/domain-kernel';
import type { DistrictEvent, UnitEvent } from '@tuijin/domain-organization';
import type { ProjectEvent } from '@tuijin/domain-projects';
import { aggregateIdOf, domainEvent, needOwnDocs } from './stream-keys';
import { COLLECTIONS } from './views';

export type ProjectFactsDoc = ProjectFacts & { id: string; districtId: string };
export type UnitFactsDoc = UnitFacts & { id: string; districtId: string };
export interface RuleBookDoc {
  id: string;
  districtId: string;
  versions: RuleSet[];
}

/** Applies one project event to its facts; `edit` gives their draft, asked for only when the event changes them. */
function evolveFacts(event: ProjectEvent, recordedAt: string, edit: () => ProjectFactsDoc | undefined): void {
  switch (event.type) {
    case 'StageChanged':
      edit()?.stages.push({ stage: event.data.to, on: event.occurredOn, recordedAt });
      return;
    case 'LeadUnitChanged':
      edit()?.leadUnits.push({ unitId: event.data.leadUnitId, on: event.occurredOn, recordedAt });
      return;
    case 'AnnualPlanSet': {
      const { year, plannedInvestment, plannedStartMonth } = event.data;
      edit()?.plans.push({ year, plannedInvestment, plannedStartMonth, recordedAt });
      return;
    }
    case 'OpeningBalanceSet':
      edit()?.openingBalances.push({ ...event.data, recordedAt });
      return;
    case 'MonthlyReportSubmitted':
    case 'MonthlyReportCorrected': {
      const { month, investment, submittedOn } = event.data;
      const first = event.type === 'MonthlyReportSubmitted';
      edit()?.reports.push({ month, investment, submittedOn, first, recordedAt });
      return;
    }
    case 'ProblemRaised':
      edit()?.problems.push({ problemId: event.data.problemId, dueOn: event.data.dueOn, raisedAt: recordedAt });
      return;
    case 'ProblemResolved': {
      const problems = edit()?.problems ?? [];
      const at = problems.findIndex((problem) => problem.problemId === event.data.problemId);
      if (at >= 0) problems[at] = { ...problems[at], resolvedOn: event.occurredOn, resolvedAt: recordedAt };
      return;
    }
    case 'ProblemClosed': {
      const problems = edit()?.problems ?? [];
      const at = problems.findIndex((problem) => problem.problemId === event.data.problemId);
      if (at >= 0) problems[at] = { ...problems[at], closedAt: recordedAt };
      return;
    }
    case 'ProjectDetailsRevised': {
      const { name } = event.data.changes;
      if (name === undefined) return;
      const facts = edit();
      if (facts) facts.name = name;
      return;
    }
    case 'ProjectRegistered':
    case 'LeaderAssigned':
    case 'ServiceSecretaryAssigned':
    case 'ProblemAssigned':
    case 'ProblemEscalated':
      return;
    default:
      return assertNever(event);
  }
}

function applyProject(stored: StoredEvent, views: ViewSession): void {
  const event = domainEvent<ProjectEvent>(stored);
  const projectId = aggregateIdOf(stored);
  if (event.type === 'ProjectRegistered') {
    const { districtId, code, name, stage, leadUnitId } = event.data;
    views.put(COLLECTIONS.projectFacts, {
      id: projectId,
      projectId,
      districtId,
      code,
      name,
      registeredOn: event.occurredOn,
      registeredAt: stored.recordedAt,
      stages: [{ stage, on: event.occurredOn, recordedAt: stored.recordedAt }],
      leadUnits: [{ unitId: leadUnitId, on: event.occurredOn, recordedAt: stored.recordedAt }],
      plans: [],
      openingBalances: [],
      reports: [],
      problems: [],
    } satisfies ProjectFactsDoc);
    return;
  }
  evolveFacts(event, stored.recordedAt, () => views.edit<ProjectFactsDoc>(COLLECTIONS.projectFacts, projectId));
}

function applyUnit(stored: StoredEvent, views: ViewSession): void {
  const event = domainEvent<UnitEvent>(stored);
  if (event.type === 'UnitCreated') {
    const { unitId, districtId, code, name } = event.data;
    views.put(COLLECTIONS.unitFacts, {
      id: unitId,
      unitId,
      districtId,
      code,
      name,
      createdAt: stored.recordedAt,
      reserveTargets: [],
    } satisfies UnitFactsDoc);
    return;
  }
  const facts = views.get<UnitFactsDoc>(COLLECTIONS.unitFacts, aggregateIdOf(stored));
  if (!facts) return;
  if (event.type === 'UnitRenamed') views.put(COLLECTIONS.unitFacts, { ...facts, name: event.data.name });
  if (event.type === 'ReserveTargetSet') {
    const target = { year: event.data.year, target: event.data.target, recordedAt: stored.recordedAt };
    views.put(COLLECTIONS.unitFacts, { ...facts, reserveTargets: [...facts.reserveTargets, target] });
  }
}

function applyDistrict(stored: StoredEvent, views: ViewSession): void {
  const event = domainEvent<DistrictEvent>(stored);
  if (event.type !== 'DistrictCreated') return;
  const { districtId } = event.data;
  views.put(COLLECTIONS.ruleBooks, { id: districtId, districtId, versions: [DEFAULT_RULE_SET] } satisfies RuleBookDoc);
}

function applyRuleBook(stored: StoredEvent, views: ViewSession): void {
  const { districtId, version, effectiveFrom, ...settings } = domainEvent<RuleBookEvent>(stored).data;
  const book = views.get<RuleBookDoc>(COLLECTIONS.ruleBooks, districtId);
  if (!book) return;
  const published: RuleSet = { ...settings, version, effectiveFrom, publishedAt: stored.recordedAt };
  views.put(COLLECTIONS.ruleBooks, { ...book, versions: [...book.versions, published] });
}

const BY_STREAM: [string, (stored: StoredEvent, views: ViewSession) => void][] = [
  ['project-', applyProject],
  ['unit-', applyUnit],
  ['district-', applyDistrict],
  ['rulebook-', applyRuleBook],
];

/**
 * Compact, time-stamped facts per project and unit, and every district's rule
 * book, so an assessment (for any period, as known at any instant) is a pure
 * function of them.
 */
export const assessmentFactsProjection: Projection = {
  name: 'assessment-facts',
  reads(stored, need) {
    needOwnDocs(stored, 'project', need, COLLECTIONS.projectFacts);
    needOwnDocs(stored, 'unit', need, COLLECTIONS.unitFacts);
    needOwnDocs(stored, 'rulebook', need, COLLECTIONS.ruleBooks);
  },
  apply(stored, views) {
    for (const [prefix, apply] of BY_STREAM) if (stored.streamId.startsWith(prefix)) apply(stored, views);
  },
};
