import { testing } from '@tuijin/domain-organization';
import { projectDecider } from '../project.decider';
import type { ProjectCommandOf, ProjectEvent, ProjectEventOf, Stage, StageMove } from '../project.types';

/** Shared facts for the project specs: one project of 铜梁区, registered in February 2024, looked at in June. */
export const projectSpec = testing.specify(projectDecider);

export const TODAY = '2024-06-15';
export const REGISTERED_ON = '2024-02-10';

export const registration: ProjectCommandOf<'RegisterProject'> = {
  type: 'RegisterProject',
  today: TODAY,
  projectId: 'p-1',
  districtId: 'd-tongliang',
  code: 'TL-2024-001',
  leadUnitId: 'u-fgw',
  stage: 'SIGNED',
  occurredOn: REGISTERED_ON,
  name: '铜梁高新区智能制造产业园',
  category: 'INDUSTRIAL',
  totalInvestment: 120000,
};

export const projectRegistered: ProjectEventOf<'ProjectRegistered'> = {
  type: 'ProjectRegistered',
  occurredOn: REGISTERED_ON,
  data: {
    projectId: 'p-1',
    districtId: 'd-tongliang',
    code: 'TL-2024-001',
    leadUnitId: 'u-fgw',
    stage: 'SIGNED',
    name: '铜梁高新区智能制造产业园',
    category: 'INDUSTRIAL',
    totalInvestment: 120000,
  },
};

export const stageChanged = (
  occurredOn: string,
  from: Stage,
  to: Stage,
  move: StageMove,
  reason?: string,
): ProjectEvent => ({
  type: 'StageChanged',
  occurredOn,
  data: { from, to, move, ...(reason !== undefined && { reason }) },
});

export const cancelled = stageChanged('2024-05-01', 'SIGNED', 'CANCELLED', 'CANCEL', '业主放弃投资');

export const reportSubmitted = (month: string, investment: number, submittedOn: string): ProjectEvent => ({
  type: 'MonthlyReportSubmitted',
  occurredOn: submittedOn,
  data: { month, investment, progressPercent: 10, submittedOn },
});

export const problemRaised = (problemId: string, raisedOn = '2024-03-01', dueOn = '2024-04-30'): ProjectEvent => ({
  type: 'ProblemRaised',
  occurredOn: raisedOn,
  data: { problemId, category: 'LAND', description: '用地指标未落实', dueOn, ownerUnitId: 'u-zrzy' },
});
