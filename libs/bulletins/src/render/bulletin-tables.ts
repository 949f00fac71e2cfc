import type { Bulletin, CityBulletin, MetricPoints, ProblemLine } from '../bulletin.types';
import { PROBLEM_CATEGORY_NAMES, STAGE_NAMES } from '@tuijin/domain-projects';
import {
  LIGHT_NAMES,
  REPORT_STATUS_NAMES,
  SECTION_TITLES,
  TIE_BREAK_NAMES,
  cityProjectCount,
  dayText,
} from './bulletin-text';

/** How a column's values are written: text, or a number with its format (万元, %, points, a count). */
export type ColumnKind = 'text' | 'money' | 'percent' | 'points' | 'count';

export interface Column {
  header: string;
  kind: ColumnKind;
  /** Relative width on paper. */
  width: number;
}

/** A value; a number may carry its own format where a column mixes them. */
export type Cell = string | number | null | { value: number | null; kind: ColumnKind };

const typed = (value: number | null, kind: ColumnKind): Cell => ({ value, kind });

/** One table of a bulletin, as both the PDF and the XLSX lay it out (the XLSX gives each its own sheet). */
export interface BulletinTable {
  /** Sheet name (at most 31 characters). */
  sheet: string;
  title: string;
  /** A sentence above the table, on paper. */
  note?: string;
  columns: Column[];
  rows: Cell[][];
  /** What the table says when it has no rows. */
  empty: string;
}

const col = (header: string, kind: ColumnKind, width = kind === 'text' ? 3 : 2): Column => ({ header, kind, width });
const metric = (m: MetricPoints) => m.points;

/** Problems as a table: the project, the problem, its owner unit, a date and the days it ran over. */
function problemTable<P extends ProblemLine>(dateHeader: string, problems: P[], dateOf: (p: P) => string) {
  return {
    columns: [
      col('项目', 'text', 3.8),
      col('问题类别', 'text', 1.4),
      col('问题描述', 'text', 4),
      col('责任单位', 'text', 2.4),
      col(dateHeader, 'text', 1.8),
      col('逾期天数', 'count', 1.3),
    ],
    rows: problems.map((p): Cell[] => [
      `${p.projectCode} ${p.projectName}`,
      PROBLEM_CATEGORY_NAMES[p.category],
      p.description,
      p.ownerUnit,
      dateOf(p),
      p.daysOverdue,
    ]),
  };
}

/** The bulletin's sections as tables, in the order they are printed. */
export function bulletinTables(b: Bulletin): BulletinTable[] {
  const h = b.headline;
  return [
    {
      sheet: '总体情况',
      title: SECTION_TITLES.headline,
      columns: [col('指标', 'text', 5), col('数值', 'count', 3)],
      rows: [
        ...h.stages.map((s): Cell[] => [`${STAGE_NAMES[s.stage]}项目（个）`, s.count]),
        ['纳入统计项目（个）', h.projectCount],
        ['终止项目（个，不计入统计）', h.cancelledCount],
        ['总投资（万元）', typed(h.totalInvestment, 'money')],
        ['年度计划投资（万元）', typed(h.plannedInvestment, 'money')],
        ['本年累计完成投资（万元）', typed(h.completedInvestment, 'money')],
        ['本年累计完成占年度计划', typed(h.completionShare, 'percent')],
        ['序时进度', typed(h.targetShare, 'percent')],
        ['超（+）/落后（−）序时进度（百分点）', typed(h.gapPoints, 'points')],
      ],
      empty: '',
    },
    {
      sheet: '开工情况',
      title: SECTION_TITLES.starts,
      note: `截至${dayText(b.asOfDay)}，计划开工项目${b.starts.due}个，已开工${b.starts.started}个，开工率${
        b.starts.rate === null ? '—' : `${(b.starts.rate * 100).toFixed(1)}%`
      }。未按计划开工的项目如下：`,
      columns: [
        col('项目编码', 'text', 2.1),
        col('项目名称', 'text', 4),
        col('牵头单位', 'text', 2.2),
        col('包保领导', 'text', 3),
        col('计划开工', 'text', 1.5),
        col('当前阶段', 'text', 1.5),
      ],
      rows: b.starts.missed.map((p) => [
        p.code,
        p.name,
        p.leadUnit,
        p.leader ?? '',
        p.plannedStartMonth,
        STAGE_NAMES[p.stage],
      ]),
      empty: '无未按计划开工项目。',
    },
    {
      sheet: '考核排名',
      title: SECTION_TITLES.ranking,
      note: `考核期 ${b.assessedPeriod}，规则版本 v${b.ruleSetVersion}；各项为得分（权重×完成值）。`,
      columns: [
        col('名次', 'count', 1),
        col('责任单位', 'text', 3),
        col('项目数', 'count', 1.2),
        col('投资完成', 'points', 1.5),
        col('开工率', 'points', 1.3),
        col('谋划储备', 'points', 1.5),
        col('问题办结', 'points', 1.5),
        col('按时填报', 'points', 1.5),
        col('总分', 'points', 1.3),
        col('说明', 'text', 2.6),
      ],
      rows: b.ranking.map((u) => [
        u.rank,
        u.name,
        u.projectCount,
        metric(u.investmentCompletion),
        metric(u.constructionStart),
        metric(u.reserve),
        metric(u.problemClearance),
        metric(u.reportingPunctuality),
        u.score,
        u.tieBreak === null ? '' : TIE_BREAK_NAMES[u.tieBreak],
      ]),
      empty: '本期无参与排名的单位。',
    },
    {
      sheet: '末位单位',
      title: SECTION_TITLES.reverse,
      note:
        b.reverseRanking.length > 0
          ? `本期排名末位的单位为：${b.reverseRanking.map((u) => u.name).join('、')}，予以通报。`
          : undefined,
      columns: [
        col('倒数名次', 'count', 1.4),
        col('名次', 'count', 1),
        col('责任单位', 'text', 4),
        col('总分', 'points', 1.5),
      ],
      rows: b.reverseRanking.map((u, i) => [i + 1, u.rank, u.name, u.score]),
      empty: '本期无末位单位。',
    },
    {
      sheet: '红灯项目',
      title: SECTION_TITLES.lights,
      note: `本期红灯项目${b.lights.redCount}个、黄灯${b.lights.yellowCount}个、绿灯${b.lights.greenCount}个。红灯项目如下（按滞后程度排序）：`,
      columns: [
        col('项目编码', 'text', 2.2),
        col('项目名称', 'text', 3.7),
        col('牵头单位', 'text', 2.2),
        col('包保领导', 'text', 2.6),
        col('年度计划（万元）', 'money', 2),
        col('本年累计完成（万元）', 'money', 2),
        col('滞后序时进度', 'percent', 1.6),
      ],
      rows: b.lights.red.map((p) => [
        p.code,
        p.name,
        p.leadUnit,
        p.leader ?? '',
        p.plannedInvestment,
        p.completed,
        p.lag,
      ]),
      empty: '本期无红灯项目。',
    },
    {
      sheet: '亮灯变化',
      title: '亮灯变化（较上期）',
      columns: [
        col('项目编码', 'text', 2.1),
        col('项目名称', 'text', 4),
        col('牵头单位', 'text', 2.2),
        col('包保领导', 'text', 3),
        col('变化', 'text', 1.5),
      ],
      rows: b.lights.changes.map((c) => [
        c.code,
        c.name,
        c.leadUnit,
        c.leader ?? '',
        `${LIGHT_NAMES[c.from]}转${LIGHT_NAMES[c.to]}`,
      ]),
      empty: '与上期相比无亮灯变化。',
    },
    {
      sheet: '逾期问题',
      title: SECTION_TITLES.problems,
      note: `截至${dayText(b.asOfDay)}，逾期未办结问题${b.problems.overdue.length}个：`,
      ...problemTable('办结时限', b.problems.overdue, (p) => p.dueOn),
      empty: '无逾期未办结问题。',
    },
    {
      sheet: '本期办结问题',
      title: '本期办结问题',
      ...problemTable('办结日期', b.problems.cleared, (p) => p.resolvedOn),
      empty: '本期无办结问题。',
    },
    {
      sheet: '月报报送',
      title: SECTION_TITLES.reporting,
      note:
        b.reporting.months.length === 0
          ? '本期无到期月报。'
          : `本期到期月报：${b.reporting.months.map((m) => `${m.month}（${dayText(m.dueOn)}前）`).join('、')}。迟报、未报情况如下：`,
      columns: [
        col('责任单位', 'text', 2.6),
        col('迟报（件）', 'count', 1.3),
        col('未报（件）', 'count', 1.3),
        col('明细', 'text', 8),
      ],
      rows: b.reporting.units.map((u) => [
        u.name,
        u.late,
        u.missing,
        u.reports.map((r) => `${r.projectCode}（${r.month}${REPORT_STATUS_NAMES[r.status]}）`).join('、'),
      ]),
      empty: '各单位均按时报送。',
    },
    {
      sheet: '排名变化',
      title: SECTION_TITLES.moves,
      note: `与上期（${b.previousPeriod}）相比：`,
      columns: [
        col('责任单位', 'text', 4),
        col('本期名次', 'count', 1.5),
        col('上期名次', 'count', 1.5),
        col('变化', 'text', 1.5),
      ],
      rows: b.rankMoves.map((m) => [
        m.name,
        m.rank,
        m.previousRank,
        m.change > 0 ? `上升${m.change}位` : `下降${-m.change}位`,
      ]),
      empty: '与上期相比排名无变化。',
    },
  ];
}

/** The city bulletin as tables: the city's totals (a sheet of the workbook), then the districts ranked. */
export function cityBulletinTables(city: CityBulletin): BulletinTable[] {
  return [
    {
      sheet: '总体情况',
      title: SECTION_TITLES.headline,
      columns: [col('指标', 'text', 5), col('数值', 'count', 3)],
      rows: [
        ['区县（个）', city.districts.length],
        ['纳入统计项目（个）', cityProjectCount(city)],
      ],
      empty: '',
    },
    {
      sheet: '区县排名',
      title: SECTION_TITLES.districts,
      columns: [
        col('名次', 'count', 1),
        col('区县', 'text', 3),
        col('项目数', 'count', 1.2),
        col('年度计划投资（万元）', 'money', 2.4),
        col('本年累计完成（万元）', 'money', 2.4),
        col('投资完成率', 'percent', 1.6),
        col('开工率', 'percent', 1.4),
      ],
      rows: city.districts.map((d) => [
        d.rank,
        d.name,
        d.projectCount,
        d.plannedInvestment,
        d.completedInvestment,
        d.investmentCompletion,
        d.constructionStart,
      ]),
      empty: '本期无可比较的区县。',
    },
  ];
}
