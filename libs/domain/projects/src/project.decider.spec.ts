import { foldEvents } from '@tuijin/domain-kernel';
import { projectDecider } from './project.decider';
import type { ProjectCommand, ProjectEvent } from './project.types';
import {
  cancelled,
  problemRaised,
  projectRegistered,
  projectSpec as spec,
  registration,
  reportSubmitted,
  stageChanged,
  TODAY,
} from './testing/project-fixtures';

const on = { today: TODAY, occurredOn: TODAY };
/** One of every command but RegisterProject, each valid on an open project with problem q-1. */
const commandsOnAProject: ProjectCommand[] = [
  { type: 'ReviseProjectDetails', ...on, changes: { name: '新名称' } },
  { type: 'ChangeLeadUnit', ...on, leadUnitId: 'u-zjw' },
  { type: 'AssignLeader', ...on, leader: { name: '张副区长' } },
  { type: 'AssignServiceSecretary', ...on, secretary: { name: '李秘书' } },
  {
    type: 'SetAnnualPlan',
    ...on,
    year: 2024,
    plannedInvestment: 1000,
    plannedStartMonth: '2024-03',
    plannedCompletionMonth: '2024-12',
    milestones: [],
  },
  { type: 'ChangeStage', ...on, stage: 'UNDER_CONSTRUCTION' },
  {
    type: 'SubmitMonthlyReport',
    today: TODAY,
    month: '2024-05',
    investment: 100,
    progressPercent: 5,
    submittedOn: TODAY,
    mayBackfill: false,
  },
  {
    type: 'RaiseProblem',
    today: TODAY,
    problemId: 'q-2',
    category: 'LAND',
    description: '用地',
    raisedOn: TODAY,
    dueOn: TODAY,
    ownerUnitId: 'u-zrzy',
  },
  { type: 'AssignProblem', ...on, problemId: 'q-1', ownerUnitId: 'u-zjw' },
  { type: 'EscalateProblem', ...on, problemId: 'q-1', level: 'LEADER' },
  { type: 'ResolveProblem', today: TODAY, problemId: 'q-1', resolvedOn: TODAY, resolution: '已办结' },
  { type: 'CloseProblem', ...on, problemId: 'q-1', reason: '企业撤回诉求' },
];
const byType = commandsOnAProject.map((command) => [command.type, command] as const);

describe('project decider', () => {
  it.each(byType)('accepts %s on an open project', (_type, command) => {
    expect(
      projectDecider.decide(command, foldEvents(projectDecider, [projectRegistered, problemRaised('q-1')])),
    ).toHaveLength(1);
  });

  it.each(byType)('refuses %s on a project that does not exist', (_type, command) => {
    spec.given([]).when(command).thenRejects('NOT_FOUND', { message: 'Project does not exist' });
  });

  it.each(byType)('refuses %s on a cancelled project', (_type, command) => {
    const cancelledOnTheDay = { ...cancelled, occurredOn: '2024-06-01' };
    spec
      .given([projectRegistered, problemRaised('q-1'), cancelledOnTheDay])
      .when(command)
      .thenRejects('CONFLICT', { message: 'project is cancelled' });
  });

  it('refuses any command whose today is not a real day', () => {
    spec
      .given([projectRegistered])
      .when({ ...commandsOnAProject[1], today: '2024-13-01' } as ProjectCommand)
      .thenRejects('BAD_USER_INPUT', { field: 'today' });
  });

  describe('evolve', () => {
    it('ignores events of a project that was never registered', () => {
      expect(projectDecider.evolve({ exists: false }, reportSubmitted('2024-03', 10, '2024-04-02'))).toEqual({
        exists: false,
      });
    });

    it('folds a whole history into the current state', () => {
      const history: ProjectEvent[] = [
        projectRegistered,
        {
          type: 'ProjectDetailsRevised',
          occurredOn: '2024-02-20',
          data: { changes: { totalInvestment: 150000, township: '东城街道' } },
        },
        {
          type: 'LeadUnitChanged',
          occurredOn: '2024-02-21',
          data: { leadUnitId: 'u-zjw', previousLeadUnitId: 'u-fgw' },
        },
        {
          type: 'LeaderAssigned',
          occurredOn: '2024-02-22',
          data: { leader: { name: '张副区长', phone: '023-45678901' } },
        },
        { type: 'ServiceSecretaryAssigned', occurredOn: '2024-02-22', data: { secretary: { name: '李秘书' } } },
        {
          type: 'AnnualPlanSet',
          occurredOn: '2024-02-25',
          data: {
            year: 2024,
            plannedInvestment: 30000,
            plannedStartMonth: '2024-03',
            plannedCompletionMonth: '2025-06',
            milestones: ['主体封顶'],
          },
        },
        stageChanged('2024-03-05', 'SIGNED', 'UNDER_CONSTRUCTION', 'FORWARD'),
        reportSubmitted('2024-03', 2500, '2024-04-03'),
        problemRaised('q-1'),
      ];
      expect(foldEvents(projectDecider, history)).toStrictEqual({
        exists: true,
        projectId: 'p-1',
        districtId: 'd-tongliang',
        code: 'TL-2024-001',
        leadUnitId: 'u-zjw',
        details: { name: registration.name, category: 'INDUSTRIAL', totalInvestment: 150000, township: '东城街道' },
        registeredOn: '2024-02-10',
        stage: 'UNDER_CONSTRUCTION',
        stageSince: '2024-03-05',
        leader: { name: '张副区长', phone: '023-45678901' },
        secretary: { name: '李秘书' },
        plans: {
          2024: {
            year: 2024,
            plannedInvestment: 30000,
            plannedStartMonth: '2024-03',
            plannedCompletionMonth: '2025-06',
            milestones: ['主体封顶'],
          },
        },
        reports: {
          '2024-03': {
            month: '2024-03',
            investment: 2500,
            progressPercent: 10,
            submittedOn: '2024-04-03',
            firstSubmittedOn: '2024-04-03',
            corrections: 0,
          },
        },
        problems: {
          'q-1': {
            problemId: 'q-1',
            category: 'LAND',
            status: 'OPEN',
            raisedOn: '2024-03-01',
            dueOn: '2024-04-30',
            ownerUnitId: 'u-zrzy',
          },
        },
      });
    });
  });
});
