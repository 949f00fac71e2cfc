import { invalid, requireAmount, requireMonth, requireText, requireYear } from '@tuijin/domain-kernel';
import { requireProjectDate } from './project-dates';
import type { ProjectCommandOf, ProjectEvent, RegisteredProject } from './project.types';

const MAX_MILESTONES = 20;
const MAX_MILESTONE_LENGTH = 200;

/** Each item is named by its index (`milestones[2]`) so the form can point at it. */
function requireTextList(field: string, value: unknown, maxItems: number, maxLength: number): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalid(field, `${field} must be a list of texts`);
  if (value.length > maxItems) throw invalid(field, `${field} may hold at most ${maxItems} items`);
  return value.map((item, index) => requireText(`${field}[${index}]`, item, maxLength));
}

/**
 * The plan of one year. Its months may lie in the future, but the planned span
 * must overlap the year, or the time-proportional target would be meaningless.
 * A second plan for the same year is the same event and replaces the first.
 */
export function setAnnualPlan(project: RegisteredProject, command: ProjectCommandOf<'SetAnnualPlan'>): ProjectEvent {
  const occurredOn = requireProjectDate('occurredOn', command.occurredOn, project, command.today);
  const year = requireYear('year', command.year);
  const plannedInvestment = requireAmount('plannedInvestment', command.plannedInvestment);
  const plannedStartMonth = requireMonth('plannedStartMonth', command.plannedStartMonth);
  const plannedCompletionMonth = requireMonth('plannedCompletionMonth', command.plannedCompletionMonth);
  if (plannedCompletionMonth < plannedStartMonth) {
    throw invalid(
      'plannedCompletionMonth',
      `plannedCompletionMonth ${plannedCompletionMonth} is before plannedStartMonth ${plannedStartMonth}`,
    );
  }
  if (plannedStartMonth > `${year}-12`) {
    throw invalid(
      'plannedStartMonth',
      `plannedStartMonth ${plannedStartMonth} is after ${year}: a plan for ${year} must start by ${year}-12`,
    );
  }
  if (plannedCompletionMonth < `${year}-01`) {
    throw invalid(
      'plannedCompletionMonth',
      `plannedCompletionMonth ${plannedCompletionMonth} is before ${year}: a plan for ${year} must not complete before ${year}-01`,
    );
  }
  const milestones = requireTextList('milestones', command.milestones, MAX_MILESTONES, MAX_MILESTONE_LENGTH);
  return {
    type: 'AnnualPlanSet',
    occurredOn,
    data: { year, plannedInvestment, plannedStartMonth, plannedCompletionMonth, milestones },
  };
}
