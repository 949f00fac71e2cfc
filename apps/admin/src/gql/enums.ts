export const UnitKind = {
  /** 部门 */
  Department: 'DEPARTMENT',
  /** 乡镇/街道 */
  Township: 'TOWNSHIP'
} as const;

export type UnitKind = typeof UnitKind[keyof typeof UnitKind];
export const Stage = {
  /** 谋划储备 */
  Reserve: 'RESERVE',
  /** 前期 */
  Preparation: 'PREPARATION',
  /** 签约落地 */
  Signed: 'SIGNED',
  /** 开工在建 */
  UnderConstruction: 'UNDER_CONSTRUCTION',
  /** 竣工 */
  Completed: 'COMPLETED',
  /** 投运/达产达效 */
  Operating: 'OPERATING',
  /** 暂停 */
  Suspended: 'SUSPENDED',
  /** 终止 */
  Cancelled: 'CANCELLED'
} as const;

export type Stage = typeof Stage[keyof typeof Stage];
export const Category = {
  Industrial: 'INDUSTRIAL',
  Infrastructure: 'INFRASTRUCTURE',
  Social: 'SOCIAL',
  NewInfrastructure: 'NEW_INFRASTRUCTURE',
  Services: 'SERVICES',
  Agriculture: 'AGRICULTURE',
  Other: 'OTHER'
} as const;

export type Category = typeof Category[keyof typeof Category];
export const ReportWarningKind = {
  /** Physical progress (形象进度) lower than an earlier month's report said. */
  ProgressBackwards: 'PROGRESS_BACKWARDS',
  /** Investment of the month more than `factor` times the annual plan's monthly pace. */
  InvestmentAbovePace: 'INVESTMENT_ABOVE_PACE'
} as const;

export type ReportWarningKind = typeof ReportWarningKind[keyof typeof ReportWarningKind];
/** How a stage change relates to normal progress. */
export const StageMove = {
  Forward: 'FORWARD',
  Backward: 'BACKWARD',
  Suspend: 'SUSPEND',
  Resume: 'RESUME',
  Cancel: 'CANCEL'
} as const;

export type StageMove = typeof StageMove[keyof typeof StageMove];
export const ProblemCategory = {
  /** 土地 */
  Land: 'LAND',
  /** 融资 */
  Financing: 'FINANCING',
  /** 审批 */
  Approval: 'APPROVAL',
  /** 水电气 */
  Utilities: 'UTILITIES',
  /** 用工 */
  Labour: 'LABOUR',
  Other: 'OTHER'
} as const;

export type ProblemCategory = typeof ProblemCategory[keyof typeof ProblemCategory];
export const ProblemStatus = {
  Open: 'OPEN',
  Assigned: 'ASSIGNED',
  Escalated: 'ESCALATED',
  Resolved: 'RESOLVED',
  Closed: 'CLOSED'
} as const;

export type ProblemStatus = typeof ProblemStatus[keyof typeof ProblemStatus];
export const EscalationLevel = {
  /** 包保领导 */
  Leader: 'LEADER',
  /** 现场办公 */
  OnsiteOffice: 'ONSITE_OFFICE'
} as const;

export type EscalationLevel = typeof EscalationLevel[keyof typeof EscalationLevel];
export const ProjectSortField = {
  Code: 'CODE',
  Name: 'NAME',
  TotalInvestment: 'TOTAL_INVESTMENT',
  CompletedInvestment: 'COMPLETED_INVESTMENT',
  /** 开累: the opening balance plus every reported month. */
  CumulativeInvestment: 'CUMULATIVE_INVESTMENT',
  RegisteredOn: 'REGISTERED_ON'
} as const;

export type ProjectSortField = typeof ProjectSortField[keyof typeof ProjectSortField];
export const SortDirection = {
  Asc: 'ASC',
  Desc: 'DESC'
} as const;

export type SortDirection = typeof SortDirection[keyof typeof SortDirection];
export const Light = {
  Green: 'GREEN',
  Yellow: 'YELLOW',
  Red: 'RED'
} as const;

export type Light = typeof Light[keyof typeof Light];
/** The rule that orders two units with equal scores. */
export const TieBreak = {
  /** The higher investment completion (投资完成) goes first. */
  InvestmentCompletion: 'INVESTMENT_COMPLETION',
  /** Equal investment completion too: the lower unit code goes first. */
  UnitCode: 'UNIT_CODE'
} as const;

export type TieBreak = typeof TieBreak[keyof typeof TieBreak];
export const Role = {
  /** 市级管理员 */
  CityAdmin: 'CITY_ADMIN',
  /** 区县管理员 */
  DistrictAdmin: 'DISTRICT_ADMIN',
  /** 责任单位填报员 */
  UnitReporter: 'UNIT_REPORTER',
  /** 包保领导 */
  Leader: 'LEADER',
  /** 分析员 */
  Analyst: 'ANALYST'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** 旬报, 月报, 季报, 年报. */
export const BulletinKind = {
  TenDay: 'TEN_DAY',
  Month: 'MONTH',
  Quarter: 'QUARTER',
  Year: 'YEAR'
} as const;

export type BulletinKind = typeof BulletinKind[keyof typeof BulletinKind];
/** A month's report as judged on a day: 已报 on time, 迟报, 未报, 不需报. */
export const ReportStatus = {
  OnTime: 'ON_TIME',
  Late: 'LATE',
  Missing: 'MISSING',
  NotDue: 'NOT_DUE'
} as const;

export type ReportStatus = typeof ReportStatus[keyof typeof ReportStatus];
export const BulletinSection = {
  Headline: 'HEADLINE',
  Starts: 'STARTS',
  Ranking: 'RANKING',
  Lights: 'LIGHTS',
  Problems: 'PROBLEMS',
  Reporting: 'REPORTING'
} as const;

export type BulletinSection = typeof BulletinSection[keyof typeof BulletinSection];
export const ReminderOutcome = {
  Delivered: 'DELIVERED',
  Failed: 'FAILED'
} as const;

export type ReminderOutcome = typeof ReminderOutcome[keyof typeof ReminderOutcome];