import type { Actor } from '@tuijin/application';
import type {
  AnnualPlan,
  Category,
  EscalationLevel,
  OpeningBalance,
  Person,
  ProblemCategory,
  ProblemStatus,
  Stage,
} from '@tuijin/domain-projects';
import type { UnitKind } from '@tuijin/domain-organization';

/** Read-model collections and the documents they hold. These shapes back the GraphQL types. */
export const COLLECTIONS = {
  districts: 'districts',
  units: 'units',
  projects: 'projects',
  problems: 'problems',
  projectFacts: 'projectFacts',
  unitFacts: 'unitFacts',
  ruleBooks: 'ruleBooks',
  users: 'users',
  credentials: 'credentials',
  districtMaps: 'districtMaps',
  openDataPublications: 'openDataPublications',
  bulletinBooks: 'bulletinBooks',
  ledgerImportBooks: 'ledgerImportBooks',
} as const;

/** Fields that read-model queries filter on by equality; stores index them. */
export const INDEXED_FIELDS = ['districtId', 'projectId'] as const;

export interface DistrictView {
  id: string;
  code: string;
  name: string;
  createdAt: string;
}

export interface UnitView {
  id: string;
  districtId: string;
  code: string;
  name: string;
  kind: UnitKind;
  reserveTargets: { year: number; target: number }[];
}

export interface MonthlyReportView {
  month: string;
  investment: number;
  progressPercent: number;
  note?: string;
  submittedOn: string;
  firstSubmittedOn: string;
  corrections: number;
  /** Who stated the first submission's day while back-filling a ledger (补录); absent when it was the day recorded. */
  backfilledBy?: Actor;
}

export interface ProjectView {
  id: string;
  districtId: string;
  code: string;
  name: string;
  category: Category;
  leadUnitId: string;
  totalInvestment: number;
  ownerEnterprise?: string;
  township?: string;
  longitude?: number;
  latitude?: number;
  description?: string;
  stage: Stage;
  stageSince: string;
  registeredOn: string;
  leader?: Person;
  /** The leader's user account, when named: a leader sees the projects they answer for. */
  leaderUserId?: string;
  serviceSecretary?: Person;
  annualPlans: AnnualPlan[];
  monthlyReports: MonthlyReportView[];
  /** 开累基数, when the project carried one in: monthly reports exist only for the months after it. */
  openingBalance?: OpeningBalance;
  /** Sum of the latest reported investment of every month, all years (万元). */
  completedInvestment: number;
  /** 开累: the opening balance's cumulative investment plus every reported month (万元). */
  cumulativeInvestment: number;
  problemCount: number;
  openProblemCount: number;
  version: number;
  updatedAt: string;
}

export interface ProblemView {
  id: string;
  projectId: string;
  districtId: string;
  category: ProblemCategory;
  description: string;
  status: ProblemStatus;
  raisedOn: string;
  dueOn: string;
  ownerUnitId: string;
  resolvedOn?: string;
  resolution?: string;
  closedReason?: string;
  escalations: { level: EscalationLevel; occurredOn: string; note?: string }[];
}

/** One entry of a project's history (履历): an event of its stream, as recorded. */
export interface HistoryEntry {
  position: number;
  version: number;
  type: string;
  occurredOn: string;
  recordedAt: string;
  actor: Actor;
  data: unknown;
}
