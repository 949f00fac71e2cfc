import type { ProjectEvent, ProjectEventOf } from '@tuijin/domain-projects';
import type { HistoryEntry, ProblemView, UnitView } from '@tuijin/read-models';
import type { ApiRuntime, RequestContext } from './runtime';

/** One kind of project event with its data, as a history entry records it. */
type RecordedEvent = {
  [Type in ProjectEvent['type']]: { type: Type; data: ProjectEventOf<Type>['data'] };
}[ProjectEvent['type']];

/** How a change names the units and problems it is about: looked up only when a query asks for them. */
export interface ChangeLookups {
  unit(id: string): Promise<UnitView | null>;
  problem(id: string): Promise<ProblemView | null>;
}

/** The lookups of one request: units it has read already are taken from it. */
export const requestLookups = ({ queries }: ApiRuntime, ctx: RequestContext): ChangeLookups => ({
  unit: async (id) => ctx.units.get(id) ?? (await queries.unit(id)) ?? null,
  problem: async (id) => (await queries.problem(id)) ?? null,
});

/**
 * The `ProjectChange` an entry answers: its GraphQL type is the event's name (`__typename`), its
 * fields the event's data. Units and problems are functions, which GraphQL calls only for a field
 * that is asked for; the API checks each one answered against the caller's scope, so an entry
 * never shows a unit or problem the caller may not see.
 */
export function changeOf(entry: Pick<HistoryEntry, 'type' | 'data'>, lookups: ChangeLookups) {
  const event = { type: entry.type, data: entry.data } as RecordedEvent;
  const unit = (id: string) => () => lookups.unit(id);
  const problem = (id: string) => () => lookups.problem(id);
  switch (event.type) {
    case 'ProjectRegistered': {
      const { code, name, category, stage, leadUnitId, totalInvestment } = event.data;
      return { __typename: event.type, code, name, category, stage, totalInvestment, leadUnit: unit(leadUnitId) };
    }
    case 'ProjectDetailsRevised':
      return { __typename: event.type, changedFields: Object.keys(event.data.changes), changes: event.data.changes };
    case 'LeadUnitChanged': {
      const { leadUnitId, previousLeadUnitId, reason } = event.data;
      return { __typename: event.type, leadUnit: unit(leadUnitId), previousLeadUnit: unit(previousLeadUnitId), reason };
    }
    case 'ProblemRaised': {
      const { problemId, ownerUnitId, category, description, dueOn } = event.data;
      const ownerUnit = unit(ownerUnitId);
      return {
        __typename: event.type,
        problemCategory: category,
        description,
        dueOn,
        problem: problem(problemId),
        ownerUnit,
      };
    }
    case 'ProblemAssigned': {
      const { problemId, ownerUnitId, note } = event.data;
      return { __typename: event.type, note, problem: problem(problemId), ownerUnit: unit(ownerUnitId) };
    }
    case 'ProblemEscalated':
    case 'ProblemResolved':
    case 'ProblemClosed': {
      const { problemId, ...rest } = event.data;
      return { __typename: event.type, ...rest, problem: problem(problemId) };
    }
    case 'MonthlyReportSubmitted':
    case 'MonthlyReportCorrected':
      return { __typename: event.type, ...event.data, backfilled: event.data.backfilled === true };
    case 'LeaderAssigned':
    case 'ServiceSecretaryAssigned':
    case 'AnnualPlanSet':
    case 'OpeningBalanceSet':
    case 'StageChanged':
      return { __typename: event.type, ...event.data };
    default: {
      const unknown: never = event;
      throw new Error(
        `A project's history holds an event this build does not know: ${(unknown as RecordedEvent).type}`,
      );
    }
  }
}
