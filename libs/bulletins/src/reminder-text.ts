import type { ReportingGrid } from './reporting-status';

const LISTED_PROJECTS = 5;

const chineseMonth = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;
const chineseDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/**
 * The reminder (催报) a district office pastes into its WeChat or DingTalk group: who has not
 * reported the month, with the projects by code, and the day it was due.
 */
export function reminderText(districtName: string, grid: ReportingGrid): string {
  const missing = grid.units.filter((u) => u.counts.MISSING > 0);
  const head = `【催报】${districtName}重点项目${chineseMonth(grid.month)}月报应于${chineseDay(grid.dueOn)}前报送。`;
  if (missing.length === 0) return `${head}截至${chineseDay(grid.judgedOn)}，各单位均已报送，谢谢！`;
  const lines = missing.map((unit, index) => {
    const codes = unit.projects.filter((p) => p.status === 'MISSING').map((p) => `${p.code} ${p.name}`);
    const listed = codes.slice(0, LISTED_PROJECTS).join('、');
    const more = codes.length > LISTED_PROJECTS ? `等${codes.length}个项目` : '';
    return `${index + 1}. ${unit.name}：${unit.counts.MISSING}个项目未报（${listed}${more}）`;
  });
  return [
    `${head}截至${chineseDay(grid.judgedOn)}，以下${missing.length}个单位尚未报送：`,
    ...lines,
    '请相关单位尽快登录推进平台报送，逾期将计入按时填报考核。',
  ].join('\n');
}
