import zh from '../../i18n/zh-CN.json';
import { changeLabel, issueMessage, rowOutcome, summarize, type LedgerCheck } from './ledger-report';

const check = (overrides: Partial<LedgerCheck>): LedgerCheck => ({
  fileName: '台账2025.xlsx',
  digest: 'a'.repeat(64),
  rowCount: 0,
  issues: [],
  rows: [],
  ...overrides,
});

describe('the dry-run report of a ledger file', () => {
  const rows = [
    { row: 2, key: 'TL-001', isNew: false, changes: ['ReviseProjectDetails', 'AssignLeader'] },
    { row: 3, key: 'TL-002', isNew: true, changes: ['RegisterProject', 'SetAnnualPlan'] },
    { row: 4, key: 'TL-003', isNew: false, changes: [] },
    { row: 5, key: 'TL-004', isNew: true, changes: ['RegisterProject'] },
  ];

  it('counts the rows that register a project, change one, or change nothing', () => {
    expect(rows.map(rowOutcome)).toEqual(['changed', 'new', 'unchanged', 'new']);
    expect(summarize(check({ rowCount: 4, rows }))).toEqual({
      rows: 4,
      registered: 2,
      changed: 1,
      unchanged: 1,
      problems: 0,
      importable: true,
    });
  });

  it('offers no import while the file has a problem, nor when nothing in it differs', () => {
    const issue = { row: 3, column: '牵头单位', value: '不存在的局', message: '“不存在的局”不是本区县的单位' };
    expect(summarize(check({ rowCount: 4, rows, issues: [issue] }))).toMatchObject({ problems: 1, importable: false });
    expect(summarize(check({ rowCount: 1, rows: [rows[2]] }))).toMatchObject({ unchanged: 1, importable: false });
    expect(summarize(check({}))).toMatchObject({ rows: 0, importable: false });
  });

  it('names each change in Chinese words, and one it does not know by its type', () => {
    const labels = zh.ledgers.change as Record<string, string>;
    const words = (type: string) => {
      const { key, params } = changeLabel(type);
      return labels[key.replace('ledgers.change.', '')].replace('{{type}}', String(params?.['type'] ?? ''));
    };
    expect(['RegisterProject', 'ReviseProjectDetails', 'ChangeLeadUnit', 'ChangeStage'].map(words)).toEqual([
      '登记项目',
      '修改项目信息',
      '变更牵头单位',
      '变更阶段',
    ]);
    expect(['SetAnnualPlan', 'SetOpeningBalance', 'AssignLeader', 'AssignServiceSecretary'].map(words)).toEqual([
      '年度计划',
      '开累基数',
      '包保领导',
      '服务秘书',
    ]);
    expect(changeLabel('CloseProject')).toEqual({ key: 'ledgers.change.other', params: { type: 'CloseProject' } });
  });

  it("says a rule's refusal in the app's own words, as its forms do, and keeps the platform's Chinese text otherwise", () => {
    const refused = {
      row: 7,
      column: '计划竣工月份',
      value: '2025-03',
      message: '“计划竣工月份”不符合规则：不能早于计划开工月份',
      refusal: {
        code: 'BAD_USER_INPUT',
        field: 'plannedCompletionMonth',
        message: 'plannedCompletionMonth 2025-03 is before plannedStartMonth 2025-06',
      },
    };
    expect(issueMessage(refused)).toMatchObject({
      field: 'plannedCompletionMonth',
      reason: { key: 'reason.completionBeforeStart' },
    });
    expect(issueMessage({ row: 3, column: '月份', value: '2025-13', message: '月份不存在' })).toBe('月份不存在');
  });
});
