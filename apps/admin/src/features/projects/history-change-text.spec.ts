import i18next from 'i18next';
import zhCN from '../../i18n/zh-CN.json';
import { refText } from '../../lib/message-text';
import { changeText, isBackfill, type HistoryChange } from './history-change-text';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  interpolation: { escapeValue: false },
  initAsync: false,
});
const zh = i18n.getFixedT('zh-CN');
const say = (change: HistoryChange) => refText(changeText(change, 'zh-CN').title, zh as never, 'zh-CN');
const report = { month: '2025-03', investment: 1200.5, progressPercent: 30, note: null, backfilled: false };

describe('history in words', () => {
  it('says what happened with the figures formatted', () => {
    expect(say({ __typename: 'MonthlyReportSubmitted', ...report })).toBe(
      '填报2025年3月月报：完成投资 1,200.5 万元，形象进度 30%',
    );
    expect(say({ __typename: 'MonthlyReportCorrected', ...report, previousInvestment: 1000 })).toBe(
      '更正2025年3月月报：完成投资 1,000 → 1,200.5 万元',
    );
    expect(say({ __typename: 'StageChanged', from: 'SIGNED', to: 'UNDER_CONSTRUCTION', move: 'FORWARD', reason: null })).toBe(
      '阶段推进：签约落地 → 开工在建',
    );
    expect(say({ __typename: 'StageChanged', from: 'UNDER_CONSTRUCTION', to: 'SUSPENDED', move: 'SUSPEND', reason: '资金' })).toBe(
      '项目暂停（原阶段：开工在建）',
    );
    expect(say({ __typename: 'ProjectDetailsRevised', changedFields: ['name', 'totalInvestment'] })).toBe('修改项目信息：项目名称、总投资');
    expect(
      say({ __typename: 'OpeningBalanceSet', asOfMonth: '2024-12', cumulativeInvestment: 8417, yearToDateInvestment: 3000 }),
    ).toBe('开累基数：截至2024年12月累计完成投资 8,417 万元，其中2024年 3,000 万元');
    expect(say({ __typename: 'ProblemRaised', problemCategory: 'LAND', description: '用地', dueOn: '2025-05-31' })).toBe(
      '提出问题（土地），办结时限 2025年5月31日',
    );
  });

  it('names units by the names the API gives, and a unit the reader may not see as such', () => {
    const unit = { id: 'u1', name: '区发展改革委' };
    expect(say({ __typename: 'ProjectRegistered', stage: 'RESERVE', leadUnit: unit })).toBe('登记项目（谋划储备，牵头单位：区发展改革委）');
    expect(say({ __typename: 'LeadUnitChanged', leadUnit: null, reason: null })).toBe('牵头单位变更为 其他区县的单位');
    expect(say({ __typename: 'ProblemAssigned', ownerUnit: unit, note: null })).toBe('问题交办给 区发展改革委');
  });

  it('keeps what people wrote as a note, marks back-filled reports, and still shows kinds it does not know', () => {
    expect(changeText({ __typename: 'ProblemClosed', reason: '企业撤回诉求' }, 'zh-CN').note).toBe('企业撤回诉求');
    expect(changeText({ __typename: 'LeadUnitChanged', leadUnit: null, reason: null }, 'zh-CN').note).toBeUndefined();
    expect(isBackfill({ __typename: 'MonthlyReportSubmitted', ...report, backfilled: true })).toBe(true);
    expect(isBackfill({ __typename: 'ProblemResolved', resolution: '已解决' })).toBe(false);
    expect(say({ __typename: 'SomethingNew' } as unknown as HistoryChange)).toBe('SomethingNew');
  });
});
