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
import { aggregateIdOf, ownDoc } from './stream-keys';
import { COLLECTIONS } from './views';

export type ProjectFactsDoc = ProjectFacts & { id: string; districtId: string };
export type UnitFactsDoc = UnitFacts & { id: string; districtId: string };
export interface RuleBookDoc {
  id: string;
  districtId: string;
  versions: RuleSet[];
}

const asEvent = <E>(stored: StoredEvent) =>
  ({ type: stored.type, occurredOn: stored.occurredOn, data: stored.data }) as E;

/** Applies one project event to its facts; returns undefined for events assessments do not use. */
function evolveFacts(facts: ProjectFactsDoc, event: ProjectEvent, recordedAt: string): ProjectFactsDoc | undefined {
  switch (event.type) {
    case 'StageChanged':
      return { ...facts, stages: [...facts.stages, { stage: event.data.to, on: event.occurredOn, recordedAt }] };
    case 'LeadUnitChanged':
      return {
        ...facts,
        leadUnits: [...facts.leadUnits, { unitId: event.data.leadUnitId, on: event.occurredOn, recordedAt }],
      };
    case 'AnnualPlanSet': {
      const { year, plannedInvestment, plannedStartMonth } = event.data;
      return { ...facts, plans: [...facts.plans, { year, plannedInvestment, plannedStartMonth, recordedAt }] };
    }
    case 'MonthlyReportSubmitted':
    case 'MonthlyReportCorrected': {
      const { month, investment, submittedOn } = event.data;
      const first = event.type === 'MonthlyReportSubmitted';
      return { ...facts, reports: [...facts.reports, { month, investment, submittedOn, first, recordedAt }] };
    }
    case 'ProblemRaised':
      return {
        ...facts,
        problems: [
          ...facts.problems,
          { problemId: event.data.problemId, dueOn: event.data.dueOn, raisedAt: recordedAt },
        ],
      };
    case 'ProblemResolved':
      return {
        ...facts,
        problems: facts.problems.map((problem) =>
          problem.problemId === event.data.problemId
            ? { ...problem, resolvedOn: event.occurredOn, resolvedAt: recordedAt }
            : problem,
        ),
      };
    case 'ProjectDetailsRevised':
      return event.data.changes.name === undefined ? undefined : { ...facts, name: event.data.changes.name };
    case 'ProjectRegistered':
    case 'LeaderAssigned':
    case 'ServiceSecretaryAssigned':
    case 'ProblemAssigned':
    case 'ProblemEscalated':
    case 'ProblemClosed':
      return undefined;
    default:
      return assertNever(event);
  }
}

function applyProject(stored: StoredEvent, views: ViewSession): void {
  const event = asEvent<ProjectEvent>(stored);
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
      reports: [],
      problems: [],
    } satisfies ProjectFactsDoc);
    return;
  }
  const facts = views.get<ProjectFactsDoc>(COLLECTIONS.projectFacts, projectId);
  const next = facts && evolveFacts(facts, event, stored.recordedAt);
  if (next) views.put(COLLECTIONS.projectFacts, next);
}

function applyUnit(stored: StoredEvent, views: ViewSession): void {
  const event = asEvent<UnitEvent>(stored);
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
  const event = asEvent<DistrictEvent>(stored);
  if (event.type !== 'DistrictCreated') return;
  const { districtId } = event.data;
  views.put(COLLECTIONS.ruleBooks, { id: districtId, districtId, versions: [DEFAULT_RULE_SET] } satisfies RuleBookDoc);
}

function applyRuleBook(stored: StoredEvent, views: ViewSession): void {
  const { districtId, version, effectiveFrom, ...settings } = asEvent<RuleBookEvent>(stored).data;
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
  reads(stored) {
    const ruleBook = stored.streamId.startsWith('rulebook-')
      ? [{ collection: COLLECTIONS.ruleBooks, id: aggregateIdOf(stored) }]
      : [];
    return [
      ...ownDoc(stored, 'project', COLLECTIONS.projectFacts),
      ...ownDoc(stored, 'unit', COLLECTIONS.unitFacts),
      ...ruleBook,
    ];
  },
  apply(stored, views) {
    for (const [prefix, apply] of BY_STREAM) if (stored.streamId.startsWith(prefix)) apply(stored, views);
  },
};
