import type { BulletinKind } from '@tuijin/domain-bulletins';
import type { Light, ReportStatus } from '@tuijin/domain-assessment';
import type { ProblemCategory, Stage } from '@tuijin/domain-projects';

/** A project as a bulletin names it: with its lead unit and 包保领导 as known then. */
export interface ProjectLine {
  projectId: string;
  code: string;
  name: string;
  leadUnit: string;
  leader: string | null;
}

export interface MetricPoints {
  /** The metric's value in [0, 1], as the assessment computed it. */
  value: number;
  /** value × its weight in the rule set: what it adds to the score. */
  points: number;
}

export type TieBreak = 'INVESTMENT_COMPLETION' | 'UNIT_CODE';

export interface RankingLine {
  rank: number;
  unitId: string;
  code: string;
  name: string;
  score: number;
  projectCount: number;
  investmentCompletion: MetricPoints;
  constructionStart: MetricPoints;
  reserve: MetricPoints;
  problemClearance: MetricPoints;
  reportingPunctuality: MetricPoints;
  /** Set when this unit's score equals the one ranked above it: what put it below. */
  tieBreak: TieBreak | null;
}

/**
 * A bulletin (通报) as data: every section the district office prints, computed from the
 * same assessment engine and read models as the app, for one period as known at one instant.
 * Its digest covers all of it, so a published bulletin is proved unchanged when recomputed.
 */
export interface Bulletin {
  districtId: string;
  districtName: string;
  kind: BulletinKind;
  period: string;
  /** Starts, problems and reporting are as of this day (the period's last day). */
  asOfDay: string;
  /** The assessment period of the ranking, lights and investment: for a ten-day bulletin, the last month whose reports were due by then. */
  assessedPeriod: string;
  /** The bulletin before this one of the same kind, against which changes are given. */
  previousPeriod: string;
  ruleSetVersion: number;
  headline: {
    /** Projects by stage (四个一批) at the end of the assessed period, cancelled ones apart. */
    stages: { stage: Stage; count: number }[];
    projectCount: number;
    cancelledCount: number;
    /** 总投资, 万元. */
    totalInvestment: number;
    /** 年度计划投资, 万元. */
    plannedInvestment: number;
    /** 本年累计完成, 万元. */
    completedInvestment: number;
    /** completed ÷ planned, null without a plan. */
    completionShare: number | null;
    /** The time-proportional target (序时进度) ÷ planned. */
    targetShare: number | null;
    /** (completionShare − targetShare) in percentage points: positive is ahead (超序时进度). */
    gapPoints: number | null;
  };
  starts: {
    due: number;
    started: number;
    /** started ÷ due; null when none was due. */
    rate: number | null;
    /** Due to start by the as-of day and not started then. */
    missed: (ProjectLine & { plannedStartMonth: string; stage: Stage })[];
  };
  ranking: RankingLine[];
  /** Units that lead no project: listed, not ranked. */
  unranked: { unitId: string; code: string; name: string }[];
  /** 末位: the last ranked units, worst first. */
  reverseRanking: { rank: number; unitId: string; code: string; name: string; score: number }[];
  lights: {
    red: (ProjectLine & { lag: number; plannedInvestment: number; completed: number; completionRate: number | null })[];
    redCount: number;
    yellowCount: number;
    greenCount: number;
    /** Lights that changed since the previous bulletin's assessment (红转黄, 黄转绿 …). */
    changes: (ProjectLine & { from: Light; to: Light })[];
  };
  problems: {
    overdue: ProblemLine[];
    /** Resolved from the day after the previous bulletin to the as-of day. */
    cleared: (ProblemLine & { resolvedOn: string })[];
  };
  reporting: {
    /** The months whose reports fell due within the bulletin's period. */
    months: { month: string; dueOn: string }[];
    units: {
      unitId: string;
      code: string;
      name: string;
      late: number;
      missing: number;
      reports: {
        projectId: string;
        projectCode: string;
        projectName: string;
        month: string;
        status: Extract<ReportStatus, 'LATE' | 'MISSING'>;
      }[];
    }[];
  };
  /** Units whose rank changed since the previous bulletin: positive `change` is up. */
  rankMoves: { unitId: string; code: string; name: string; rank: number; previousRank: number; change: number }[];
}

export interface ProblemLine {
  problemId: string;
  projectCode: string;
  projectName: string;
  ownerUnit: string;
  category: ProblemCategory;
  description: string;
  dueOn: string;
  /** Days past due on the bulletin's as-of day (0 for one cleared on time). */
  daysOverdue: number;
}

/** A city bulletin: the districts within the caller's reach side by side, ranked. */
export interface CityBulletin {
  kind: BulletinKind;
  period: string;
  asOfDay: string;
  districts: {
    rank: number;
    districtId: string;
    code: string;
    name: string;
    projectCount: number;
    plannedInvestment: number;
    completedInvestment: number;
    investmentCompletion: number;
    constructionStart: number;
  }[];
}
