import { projectIdFor } from '@tuijin/application';
import type { Ledger, LedgerIssue, LedgerValue } from './ledger';
import type { LedgerKind, RowPlan } from './ledger-kind';
import { firstOccurrence, headerOf } from './ledger-rows';
import { PROJECT_OF_THE_DISTRICT } from './project-ledger';

/**
 * The monthly reports ledger (月报台账): one row per project and month, as a district office
 * collects its units' figures in one sheet. A month already reported with other figures is a
 * correction (the platform keeps the first submission for punctuality).
 */
export const REPORT_LEDGER = {
  name: 'reports',
  title: '月报台账',
  columns: [
    PROJECT_OF_THE_DISTRICT,
    {
      key: 'month',
      header: '月份',
      aliases: ['填报月份', '报告月份'],
      kind: 'month',
      required: true,
      note: '如 2025-06',
    },
    {
      key: 'investment',
      header: '本月完成投资（万元）',
      aliases: ['当月完成投资', '本月完成投资'],
      kind: 'amount',
      required: true,
      note: '该月完成的投资，单位万元',
    },
    {
      key: 'progressPercent',
      header: '形象进度（%）',
      aliases: ['形象进度', '工程进度'],
      kind: 'number',
      required: true,
      note: '0–100',
    },
    {
      key: 'submittedOn',
      header: '填报日期',
      kind: 'day',
      required: false,
      note: '补录时填写实际报送日期，默认导入当天',
    },
    { key: 'note', header: '备注', kind: 'text', required: false, note: '进展说明' },
  ],
} as const satisfies Ledger;

export type ReportLedgerKey = (typeof REPORT_LEDGER.columns)[number]['key'];

const header = (key: ReportLedgerKey) => headerOf(REPORT_LEDGER, key);
const text = (values: Partial<Record<ReportLedgerKey, LedgerValue>>, key: ReportLedgerKey) =>
  values[key] as string | undefined;

/** The monthly reports ledger as a kind of import. */
export const REPORTS: LedgerKind<ReportLedgerKey> = {
  ledger: REPORT_LEDGER,
  async choices() {
    return {};
  },
  async plan(rows, districtId, queries) {
    const codes = [...new Set(rows.flatMap((r) => (typeof r.values.code === 'string' ? [r.values.code] : [])))];
    const projects = new Map(
      (await queries.projectsByIds(codes.map((code) => projectIdFor(districtId, code)))).map((p) => [p.code, p]),
    );
    const issues: LedgerIssue[] = [];
    const plans: RowPlan<ReportLedgerKey>[] = [];
    const first = firstOccurrence();
    for (const { row, values } of rows) {
      const code = text(values, 'code');
      const month = text(values, 'month');
      if (code === undefined || month === undefined) continue; // reported as required cells already
      const project = projects.get(code);
      if (!project) {
        issues.push({ row, column: header('code'), value: code, message: `本区县没有编码为“${code}”的项目` });
        continue;
      }
      const earlier = first(`${code}/${month}`, row);
      if (earlier !== undefined) {
        issues.push({ row, column: header('month'), value: month, message: `该项目该月份与第${earlier}行重复` });
        continue;
      }
      const investment = values.investment as number;
      const progressPercent = values.progressPercent as number;
      const note = text(values, 'note');
      const submittedOn = text(values, 'submittedOn');
      const known = project.monthlyReports.find((report) => report.month === month);
      const same =
        known &&
        known.investment === investment &&
        known.progressPercent === progressPercent &&
        (note === undefined || known.note === note);
      plans.push({
        row,
        key: code,
        id: project.id,
        isNew: false,
        commands: same
          ? []
          : [
              {
                type: 'SubmitMonthlyReport',
                data: {
                  projectId: project.id,
                  month,
                  investment,
                  progressPercent,
                  ...(note === undefined ? {} : { note }),
                  ...(submittedOn === undefined ? {} : { submittedOn }),
                },
                columns: ['investment', 'month', 'progressPercent', 'submittedOn', 'note'],
              },
            ],
      });
    }
    return { plans, issues };
  },
  fieldColumns: {},
};
