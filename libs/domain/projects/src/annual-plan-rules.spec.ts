import type { AnnualPlan, ProjectCommandOf, ProjectEvent } from './project.types';
import { projectRegistered, projectSpec as spec, TODAY } from './testing/project-fixtures';

const plan2024: AnnualPlan = {
  year: 2024,
  plannedInvestment: 30000,
  plannedStartMonth: '2024-03',
  plannedCompletionMonth: '2025-06',
  milestones: ['主体结构封顶', '设备进场'],
};
const setPlan = (changes: Partial<Record<keyof AnnualPlan | 'occurredOn', unknown>> = {}) =>
  ({
    type: 'SetAnnualPlan',
    today: TODAY,
    occurredOn: TODAY,
    ...plan2024,
    ...changes,
  }) as ProjectCommandOf<'SetAnnualPlan'>;
const planSet = (plan: AnnualPlan, occurredOn = TODAY): ProjectEvent => ({
  type: 'AnnualPlanSet',
  occurredOn,
  data: plan,
});

describe('SetAnnualPlan', () => {
  it('sets the plan of a year, keyed by year in the state', () => {
    const state = spec
      .given([projectRegistered])
      .when(setPlan())
      .then([planSet(plan2024)]);
    expect(state).toMatchObject({ plans: { 2024: plan2024 } });
  });

  it('accepts a plan for next year, wholly in the future', () => {
    const plan2025 = { ...plan2024, year: 2025, plannedStartMonth: '2025-01', plannedCompletionMonth: '2025-12' };
    spec
      .given([projectRegistered])
      .when(setPlan(plan2025))
      .then([planSet(plan2025)]);
  });

  it('accepts a plan that started in an earlier year and ends within its year', () => {
    const plan = { ...plan2024, plannedStartMonth: '2023-06', plannedCompletionMonth: '2024-01' };
    spec
      .given([projectRegistered])
      .when(setPlan(plan))
      .then([planSet(plan)]);
  });

  it('replaces an earlier plan of the same year and keeps other years', () => {
    const plan2023 = { ...plan2024, year: 2023, plannedStartMonth: '2023-01', plannedCompletionMonth: '2023-12' };
    const revised = { ...plan2024, plannedInvestment: 25000, milestones: [] };
    const state = spec
      .given([projectRegistered, planSet(plan2023, '2024-02-11'), planSet(plan2024, '2024-02-12')])
      .when(setPlan(revised))
      .then([planSet(revised)]);
    expect(state).toMatchObject({ plans: { 2023: plan2023, 2024: revised } });
  });

  it('trims milestones and treats missing milestones as none', () => {
    spec
      .given([projectRegistered])
      .when(setPlan({ milestones: [' 开工 '] }))
      .then([planSet({ ...plan2024, milestones: ['开工'] })]);
    spec
      .given([projectRegistered])
      .when(setPlan({ milestones: undefined }))
      .then([planSet({ ...plan2024, milestones: [] })]);
  });

  it.each([
    ['a year outside the calendar', { year: 1800 }, 'year', 'whole year'],
    ['a negative planned investment', { plannedInvestment: -1 }, 'plannedInvestment', '万元'],
    ['a malformed start month', { plannedStartMonth: '2024-3' }, 'plannedStartMonth', 'YYYY-MM'],
    ['a malformed completion month', { plannedCompletionMonth: '2024-13' }, 'plannedCompletionMonth', 'YYYY-MM'],
    [
      'a completion before the start',
      { plannedStartMonth: '2024-05', plannedCompletionMonth: '2024-04' },
      'plannedCompletionMonth',
      'before plannedStartMonth',
    ],
    [
      'a start after the plan year',
      { plannedStartMonth: '2025-01', plannedCompletionMonth: '2025-06' },
      'plannedStartMonth',
      'must start by 2024-12',
    ],
    [
      'a completion before the plan year',
      { plannedStartMonth: '2023-01', plannedCompletionMonth: '2023-12' },
      'plannedCompletionMonth',
      'must not complete before 2024-01',
    ],
    ['milestones that are not a list', { milestones: '开工' }, 'milestones', 'list'],
    [
      'more than 20 milestones',
      { milestones: Array.from({ length: 21 }, (_, i) => `节点${i}`) },
      'milestones',
      'at most 20',
    ],
    ['an empty milestone', { milestones: ['开工', ' '] }, 'milestones[1]', 'empty'],
    ['a milestone over 200 characters', { milestones: ['节'.repeat(201)] }, 'milestones[0]', '200'],
    ['a future date', { occurredOn: '2024-06-16' }, 'occurredOn', 'future'],
    ['a date before the registration', { occurredOn: '2024-02-01' }, 'occurredOn', 'registered'],
  ])('refuses %s', (_case, changes, field, message) => {
    spec.given([projectRegistered]).when(setPlan(changes)).thenRejects('BAD_USER_INPUT', { field, message });
  });
});
