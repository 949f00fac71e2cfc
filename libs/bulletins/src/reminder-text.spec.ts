import { reminderText } from './reminder-text';
import type { ReportingGrid, ReportingUnitRow } from './reporting-status';

const counts = (missing: number) => ({ ON_TIME: 1, LATE: 0, MISSING: missing, NOT_DUE: 0 });
const unit = (name: string, missingCodes: string[]): ReportingUnitRow => ({
  unitId: name,
  code: name,
  name,
  counts: counts(missingCodes.length),
  projects: [
    { projectId: `${name}-ok`, code: `${name}-OK`, name: '按时项目', status: 'ON_TIME', submittedOn: '2025-07-03' },
    ...missingCodes.map((code) => ({
      projectId: code,
      code,
      name: `项目${code}`,
      status: 'MISSING' as const,
      submittedOn: null,
    })),
  ],
});
const grid = (units: ReportingUnitRow[]): ReportingGrid => ({
  districtId: 'd',
  month: '2025-06',
  dueOn: '2025-07-05',
  judgedOn: '2025-07-08',
  units,
  totals: { ON_TIME: units.length, LATE: 0, MISSING: 0, NOT_DUE: 0 },
});

describe('the reminder (催报) for a group chat', () => {
  it('lists every unit that has not reported, with its projects, and none that has', () => {
    const text = reminderText('铜梁区', grid([unit('区住建委', ['TL-1', 'TL-2']), unit('巴川街道', [])]));
    expect(text.split('\n')).toEqual([
      '【催报】铜梁区重点项目2025年6月月报应于7月5日前报送。截至7月8日，以下1个单位尚未报送：',
      '1. 区住建委：2个项目未报（TL-1 项目TL-1、TL-2 项目TL-2）',
      '请相关单位尽快登录推进平台报送，逾期将计入按时填报考核。',
    ]);
  });

  it('names five projects and counts the rest', () => {
    const codes = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7'];
    const text = reminderText('渠县', grid([unit('县交通局', codes)]));
    expect(text).toContain('7个项目未报（A1 项目A1、A2 项目A2、A3 项目A3、A4 项目A4、A5 项目A5等7个项目）');
  });

  it('thanks everyone when nobody is missing', () => {
    expect(reminderText('渠县', grid([unit('县交通局', [])]))).toBe(
      '【催报】渠县重点项目2025年6月月报应于7月5日前报送。截至7月8日，各单位均已报送，谢谢！',
    );
  });
});
