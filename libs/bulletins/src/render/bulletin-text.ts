import type { Light, ReportStatus } from '@tuijin/domain-assessment';
import type { BulletinKind } from '@tuijin/domain-bulletins';
import { assertNever } from '@tuijin/domain-kernel';
import type { Category, ProblemCategory, ProblemStatus, Stage } from '@tuijin/domain-projects';
import type { Bulletin, CityBulletin, TieBreak } from '../bulletin.types';

/**
 * The words of a printed bulletin. A bulletin is an official Chinese document, so its files
 * are in Chinese whatever the language of the screen that asked for them.
 */
export interface BulletinIssue {
  /** 第N期, for a published bulletin; absent on a preview. */
  number?: number;
  edition?: number;
  correctionNote?: string;
  /** The issue date (YYYY-MM-DD): the day it was published, or today for a preview. */
  issuedOn: string;
  digest: string;
}

export const STAGE_NAMES: Record<Stage, string> = {
  RESERVE: '谋划储备',
  PREPARATION: '前期',
  SIGNED: '签约落地',
  UNDER_CONSTRUCTION: '开工在建',
  COMPLETED: '竣工',
  OPERATING: '投运达产',
  SUSPENDED: '暂停',
  CANCELLED: '终止',
};

export const CATEGORY_NAMES: Record<Category, string> = {
  INDUSTRIAL: '产业',
  INFRASTRUCTURE: '基础设施',
  SOCIAL: '民生',
  NEW_INFRASTRUCTURE: '新基建',
  SERVICES: '服务业',
  AGRICULTURE: '农业',
  OTHER: '其他',
};

export const PROBLEM_STATUS_NAMES: Record<ProblemStatus, string> = {
  OPEN: '待办理',
  ASSIGNED: '已交办',
  ESCALATED: '已提级',
  RESOLVED: '已办结',
  CLOSED: '已关闭',
};

export const LIGHT_NAMES: Record<Light, string> = { RED: '红', YELLOW: '黄', GREEN: '绿' };

export const PROBLEM_CATEGORY_NAMES: Record<ProblemCategory, string> = {
  LAND: '土地',
  FINANCING: '融资',
  APPROVAL: '审批',
  UTILITIES: '水电气',
  LABOUR: '用工',
  OTHER: '其他',
};

export const REPORT_STATUS_NAMES: Record<ReportStatus, string> = {
  ON_TIME: '已报',
  LATE: '迟报',
  MISSING: '未报',
  NOT_DUE: '不需报',
};

export const TIE_BREAK_NAMES: Record<TieBreak, string> = {
  INVESTMENT_COMPLETION: '同分，按投资完成率',
  UNIT_CODE: '同分同率，按单位编码',
};

const KIND_NAMES: Record<BulletinKind, string> = { TEN_DAY: '旬报', MONTH: '月报', QUARTER: '季报', YEAR: '年报' };
const TEN_DAYS = { '1': '上旬', '2': '中旬', '3': '下旬' } as Record<string, string>;

/** "2025年7月中旬", "2025年7月", "2025年第三季度", "2025年度". */
export function periodText(kind: BulletinKind, period: string): string {
  const year = `${Number(period.slice(0, 4))}年`;
  switch (kind) {
    case 'TEN_DAY':
      return `${year}${Number(period.slice(5, 7))}月${TEN_DAYS[period.slice(9)]}`;
    case 'MONTH':
      return `${year}${Number(period.slice(5, 7))}月`;
    case 'QUARTER':
      return `${year}第${'一二三四'[Number(period.slice(6)) - 1]}季度`;
    case 'YEAR':
      return `${year}度`;
    default:
      return assertNever(kind);
  }
}

export const dayText = (day: string) =>
  `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/** "铜梁区重点项目推进情况通报（2025年第12期）"; a preview says so instead of a number. */
export function bulletinTitle(bulletin: Bulletin, issue: BulletinIssue): string {
  const year = bulletin.period.slice(0, 4);
  const issueText =
    issue.number === undefined
      ? `${periodText(bulletin.kind, bulletin.period)}·预览稿`
      : `${year}年第${issue.number}期${issue.edition && issue.edition > 1 ? `·更正版` : ''}`;
  return `${bulletin.districtName}重点项目推进情况通报（${issueText}）`;
}

export const issuingOffice = (bulletin: Bulletin) => `${bulletin.districtName}发展和改革委员会`;

/**
 * "全市重点项目推进情况通报（2025年7月）": the city's comparison of its districts, issued as
 * computed (it is not published as numbered issues).
 */
export const cityBulletinTitle = (city: CityBulletin) =>
  `全市重点项目推进情况通报（${periodText(city.kind, city.period)}）`;

export const CITY_OFFICE = '市发展和改革委员会';

/** The key projects the city's districts count together. */
export const cityProjectCount = (city: CityBulletin): number =>
  city.districts.reduce((sum, d) => sum + d.projectCount, 0);

/** The city bulletin's opening paragraph. */
export function cityBulletinText(city: CityBulletin): string {
  const projects = cityProjectCount(city);
  return (
    `截至${dayText(city.asOfDay)}，全市${city.districts.length}个区县纳入调度的重点项目共${projects}个。` +
    '各区县按本年累计完成投资占序时目标的比例（投资完成率）排名，相同的按开工率，再按区县编码。'
  );
}

export const kindText = (kind: BulletinKind) => KIND_NAMES[kind];

const grouped = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** 万元 with two decimals and thousands separators. */
export const money = (value: number) => grouped.format(value);
/** An amount in running text: 亿元 from one 亿 up, as district offices write it, else 万元. */
export const amountText = (wan: number) =>
  wan >= 10_000 ? `${grouped.format(wan / 10_000)}亿元` : `${grouped.format(wan)}万元`;
export const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);
export const points = (value: number) => value.toFixed(2);

/** "超序时进度3.2个百分点" / "落后序时进度…" / "与序时进度持平". */
export function gapText(gapPoints: number | null): string {
  if (gapPoints === null) return '无年度计划';
  const rounded = Math.round(gapPoints * 10) / 10;
  if (rounded === 0) return '与序时进度持平';
  return rounded > 0 ? `超序时进度${rounded.toFixed(1)}个百分点` : `落后序时进度${(-rounded).toFixed(1)}个百分点`;
}

/** The headline paragraph, in the words a district office writes it. */
export function headlineText(bulletin: Bulletin): string {
  const h = bulletin.headline;
  const stages = h.stages
    .filter((s) => s.count > 0)
    .map((s) => `${STAGE_NAMES[s.stage]}${s.count}个`)
    .join('、');
  return (
    `截至${dayText(bulletin.asOfDay)}，全区纳入调度的重点项目共${h.projectCount}个（${stages}），` +
    `总投资${amountText(h.totalInvestment)}，年度计划投资${amountText(h.plannedInvestment)}。` +
    `本年累计完成投资${amountText(h.completedInvestment)}，占年度计划的${percent(h.completionShare)}，` +
    `${gapText(h.gapPoints)}（序时进度${percent(h.targetShare)}，投资数据截至${bulletin.assessedPeriod}）。` +
    (h.cancelledCount > 0 ? `另有终止项目${h.cancelledCount}个，不计入以上统计。` : '')
  );
}

export const SECTION_TITLES = {
  headline: '一、总体情况',
  starts: '二、项目开工情况',
  ranking: '三、责任单位考核排名',
  reverse: '末位单位',
  lights: '四、红灯项目及亮灯变化',
  problems: '五、问题办理情况',
  reporting: '六、月报报送情况',
  moves: '七、排名变化',
  districts: '二、各区县推进情况排名',
} as const;
