import type { DomainEvent } from '@tuijin/domain-kernel';

export const STAGES = [
  'RESERVE',
  'PREPARATION',
  'SIGNED',
  'UNDER_CONSTRUCTION',
  'COMPLETED',
  'OPERATING',
  'SUSPENDED',
  'CANCELLED',
] as const;
/** The "four batches" lifecycle (四个一批) plus suspension and cancellation. */
export type Stage = (typeof STAGES)[number];

/** The ordered stages of normal progress; SUSPENDED and CANCELLED stand outside it. */
export const PROGRESS_STAGES: readonly Stage[] = [
  'RESERVE',
  'PREPARATION',
  'SIGNED',
  'UNDER_CONSTRUCTION',
  'COMPLETED',
  'OPERATING',
];

export const CATEGORIES = [
  'INDUSTRIAL',
  'INFRASTRUCTURE',
  'SOCIAL',
  'NEW_INFRASTRUCTURE',
  'SERVICES',
  'AGRICULTURE',
  'OTHER',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const PROBLEM_CATEGORIES = ['LAND', 'FINANCING', 'APPROVAL', 'UTILITIES', 'LABOUR', 'OTHER'] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

export const ESCALATION_LEVELS = ['LEADER', 'ONSITE_OFFICE'] as const;
/** Escalate to the assigned leader (包保领导) or to an on-site office meeting (现场办公). */
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export type ProblemStatus = 'OPEN' | 'ASSIGNED' | 'ESCALATED' | 'RESOLVED' | 'CLOSED';

/** A person named on a project: the leader (包保领导) or service secretary (服务秘书). */
export interface Person {
  name: string;
  phone?: string;
  /** The user account of a leader, so they see the projects they answer for. */
  userId?: string;
}

/** Project details that a revision may change (code and district never change). */
export interface ProjectDetails {
  name: string;
  category: Category;
  totalInvestment: number;
  ownerEnterprise?: string;
  township?: string;
  longitude?: number;
  latitude?: number;
  description?: string;
}

export interface AnnualPlan {
  year: number;
  plannedInvestment: number;
  plannedStartMonth: string;
  plannedCompletionMonth: string;
  milestones: string[];
}

/**
 * 开累基数: what a project already under way had invested when its district started using Tuijin, up
 * to the end of `asOfMonth`; monthly reports exist only for the months after it.
 */
export interface OpeningBalance {
  asOfMonth: string;
  /** Investment completed since the project began, up to the end of `asOfMonth` (万元). */
  cumulativeInvestment: number;
  /** The part of `cumulativeInvestment` completed within `asOfMonth`'s year (万元). */
  yearToDateInvestment: number;
}

/** Every command carries `today` (the caller's date) so the domain can refuse future dates without a clock. */
export type ProjectCommand =
  | ({
      type: 'RegisterProject';
      today: string;
      projectId: string;
      districtId: string;
      code: string;
      leadUnitId: string;
      stage: Stage;
      occurredOn: string;
    } & ProjectDetails)
  | { type: 'ReviseProjectDetails'; today: string; occurredOn: string; changes: Partial<ProjectDetails> }
  | { type: 'ChangeLeadUnit'; today: string; occurredOn: string; leadUnitId: string; reason?: string }
  | { type: 'AssignLeader'; today: string; occurredOn: string; leader: Person }
  | { type: 'AssignServiceSecretary'; today: string; occurredOn: string; secretary: Person }
  | ({ type: 'SetAnnualPlan'; today: string; occurredOn: string } & AnnualPlan)
  | ({ type: 'SetOpeningBalance'; today: string; occurredOn: string } & OpeningBalance)
  | { type: 'ChangeStage'; today: string; occurredOn: string; stage: Stage; reason?: string }
  | {
      type: 'SubmitMonthlyReport';
      today: string;
      month: string;
      investment: number;
      progressPercent: number;
      note?: string;
      /** The submission day as the caller states it; a report is submitted on the day it is recorded (`today`). */
      submittedOn?: string;
      /** Whether the caller may state an earlier day: a district or city admin back-filling a ledger. */
      mayBackfill: boolean;
    }
  | {
      type: 'RaiseProblem';
      today: string;
      problemId: string;
      category: ProblemCategory;
      description: string;
      raisedOn: string;
      dueOn: string;
      ownerUnitId: string;
    }
  | { type: 'AssignProblem'; today: string; problemId: string; ownerUnitId: string; occurredOn: string; note?: string }
  | {
      type: 'EscalateProblem';
      today: string;
      problemId: string;
      level: EscalationLevel;
      occurredOn: string;
      note?: string;
    }
  | { type: 'ResolveProblem'; today: string; problemId: string; resolvedOn: string; resolution: string }
  | { type: 'CloseProblem'; today: string; problemId: string; occurredOn: string; reason: string };

/** How a stage change relates to normal progress; anything but FORWARD carries a reason. */
export type StageMove = 'FORWARD' | 'BACKWARD' | 'SUSPEND' | 'RESUME' | 'CANCEL';

export type ProjectEvent =
  | DomainEvent<
      'ProjectRegistered',
      { projectId: string; districtId: string; code: string; leadUnitId: string; stage: Stage } & ProjectDetails
    >
  | DomainEvent<'ProjectDetailsRevised', { changes: Partial<ProjectDetails> }>
  | DomainEvent<'LeadUnitChanged', { leadUnitId: string; previousLeadUnitId: string; reason?: string }>
  | DomainEvent<'LeaderAssigned', { leader: Person }>
  | DomainEvent<'ServiceSecretaryAssigned', { secretary: Person }>
  | DomainEvent<'AnnualPlanSet', AnnualPlan>
  /** Setting or correcting the opening balance: the latest one counts. */
  | DomainEvent<'OpeningBalanceSet', OpeningBalance>
  | DomainEvent<'StageChanged', { from: Stage; to: Stage; move: StageMove; reason?: string }>
  | DomainEvent<'MonthlyReportSubmitted', ReportData>
  | DomainEvent<'MonthlyReportCorrected', ReportData & { previousInvestment: number }>
  | DomainEvent<
      'ProblemRaised',
      {
        problemId: string;
        category: ProblemCategory;
        description: string;
        dueOn: string;
        ownerUnitId: string;
      }
    >
  | DomainEvent<'ProblemAssigned', { problemId: string; ownerUnitId: string; note?: string }>
  | DomainEvent<'ProblemEscalated', { problemId: string; level: EscalationLevel; note?: string }>
  | DomainEvent<'ProblemResolved', { problemId: string; resolution: string }>
  | DomainEvent<'ProblemClosed', { problemId: string; reason: string }>;

/** What a monthly report (or its correction) records. */
export interface ReportData {
  month: string;
  investment: number;
  progressPercent: number;
  note?: string;
  submittedOn: string;
  /**
   * Present (true) when an admin back-filling a ledger stated a submission day before the day the
   * report was recorded (补录); the event's actor says who entered it.
   */
  backfilled?: true;
}

export interface MonthlyReport {
  month: string;
  investment: number;
  progressPercent: number;
  note?: string;
  submittedOn: string;
  /** The first submission's date: punctuality is judged by it, corrections do not change it. */
  firstSubmittedOn: string;
  corrections: number;
}

export interface ProblemState {
  problemId: string;
  category: ProblemCategory;
  status: ProblemStatus;
  raisedOn: string;
  dueOn: string;
  ownerUnitId: string;
  resolvedOn?: string;
}

export type ProjectState =
  | { exists: false }
  | {
      exists: true;
      projectId: string;
      districtId: string;
      code: string;
      leadUnitId: string;
      details: ProjectDetails;
      registeredOn: string;
      stage: Stage;
      /** The stage before a suspension, so a resume knows whether it moves forward or back. */
      stageBeforeSuspension?: Stage;
      /** Business date of the latest stage entry (registration counts): later changes may not predate it. */
      stageSince: string;
      leader?: Person;
      secretary?: Person;
      plans: Record<number, AnnualPlan>;
      openingBalance?: OpeningBalance;
      reports: Record<string, MonthlyReport>;
      problems: Record<string, ProblemState>;
    };

/** The state of a project once registered: what every command but RegisterProject works on. */
export type RegisteredProject = Extract<ProjectState, { exists: true }>;
/** One command or event of the union, by its type name. */
export type ProjectCommandOf<Type extends ProjectCommand['type']> = Extract<ProjectCommand, { type: Type }>;
export type ProjectEventOf<Type extends ProjectEvent['type']> = Extract<ProjectEvent, { type: Type }>;
