import { assertNever, conflict, requireDay, type Decider } from '@tuijin/domain-kernel';
import { requireExisting } from '@tuijin/domain-organization';
import { setAnnualPlan } from './annual-plan-rules';
import { evolveMonthlyReport, submitMonthlyReport } from './monthly-report-rules';
import { setOpeningBalance } from './opening-balance-rules';
import { decideProblem, evolveProblem, isProblemCommand } from './problem-rules';
import { reviseProjectDetails } from './project-details-rules';
import type {
  ProjectCommand,
  ProjectDetails,
  ProjectEvent,
  ProjectEventOf,
  ProjectState,
  RegisteredProject,
  Stage,
} from './project.types';
import { registerProject } from './registration-rules';
import { assignLeader, assignServiceSecretary, changeLeadUnit } from './responsibility-rules';
import { changeStage, evolveStageChanged } from './stage-rules';

/** Cancellation (终止) is final: the project stays on record but accepts nothing more. */
export const acceptsChanges = (stage: Stage): boolean => stage !== 'CANCELLED';

function decide(command: ProjectCommand, state: ProjectState): ProjectEvent[] {
  // `today` is the yardstick for every "not in the future" rule, so it must be a real day itself.
  requireDay('today', command.today);
  if (command.type === 'RegisterProject') return [registerProject(command, state)];
  const project = requireExisting(state, 'Project');
  if (!acceptsChanges(project.stage)) throw conflict(`project is cancelled: ${project.code} accepts no more changes`);
  if (isProblemCommand(command)) return [decideProblem(project, command)];
  switch (command.type) {
    case 'ReviseProjectDetails':
      return [reviseProjectDetails(project, command)];
    case 'ChangeLeadUnit':
      return [changeLeadUnit(project, command)];
    case 'AssignLeader':
      return [assignLeader(project, command)];
    case 'AssignServiceSecretary':
      return [assignServiceSecretary(project, command)];
    case 'SetAnnualPlan':
      return [setAnnualPlan(project, command)];
    case 'SetOpeningBalance':
      return [setOpeningBalance(project, command)];
    case 'ChangeStage':
      return [changeStage(project, command)];
    case 'SubmitMonthlyReport':
      return [submitMonthlyReport(project, command)];
    default:
      return assertNever(command);
  }
}

function registeredProject(event: ProjectEventOf<'ProjectRegistered'>): RegisteredProject {
  const { projectId, districtId, code, leadUnitId, stage, ...details } = event.data;
  return {
    exists: true,
    projectId,
    districtId,
    code,
    leadUnitId,
    details: details as ProjectDetails,
    registeredOn: event.occurredOn,
    stage,
    // Registration counts as entering the first stage.
    stageSince: event.occurredOn,
    plans: {},
    reports: {},
    problems: {},
  };
}

function evolve(state: ProjectState, event: ProjectEvent): ProjectState {
  if (event.type === 'ProjectRegistered') return registeredProject(event);
  // A stream always starts with its registration; anything else on an empty state is ignored.
  if (!state.exists) return state;
  switch (event.type) {
    case 'ProjectDetailsRevised':
      return { ...state, details: { ...state.details, ...event.data.changes } };
    case 'LeadUnitChanged':
      return { ...state, leadUnitId: event.data.leadUnitId };
    case 'LeaderAssigned':
      return { ...state, leader: event.data.leader };
    case 'ServiceSecretaryAssigned':
      return { ...state, secretary: event.data.secretary };
    case 'AnnualPlanSet':
      return { ...state, plans: { ...state.plans, [event.data.year]: event.data } };
    case 'OpeningBalanceSet':
      return { ...state, openingBalance: event.data };
    case 'StageChanged':
      return evolveStageChanged(state, event);
    case 'MonthlyReportSubmitted':
    case 'MonthlyReportCorrected':
      return evolveMonthlyReport(state, event);
    case 'ProblemRaised':
    case 'ProblemAssigned':
    case 'ProblemEscalated':
    case 'ProblemResolved':
    case 'ProblemClosed':
      return evolveProblem(state, event);
    default:
      return assertNever(event);
  }
}

export const projectDecider: Decider<ProjectCommand, ProjectEvent, ProjectState> = {
  initialState: { exists: false },
  decide,
  evolve,
};
