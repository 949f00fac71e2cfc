import i18next from 'i18next';
import { TRANSLATIONS } from '../i18n/translations';
import { describeError, fieldLabelKey, fieldNamePath, isUnsupported, needsSignIn, type ApiError } from './api-error';
import { messageText, reasonText } from './message-text';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { translation: TRANSLATIONS['zh-CN'] }, en: { translation: TRANSLATIONS.en } },
  lng: 'zh-CN',
  interpolation: { escapeValue: false },
  initAsync: false,
});
const zh = i18n.getFixedT('zh-CN');
const english = i18n.getFixedT('en');
const exists = (key: string) => i18n.exists(key);

const api = (...errors: ApiError[]) => ({ kind: 'api' as const, errors });
const inChinese = (...errors: ApiError[]) => messageText(describeError(api(...errors)), zh as never, exists, 'zh-CN');

describe('errors in plain language', () => {
  it('names the field and the reason of bad input, in Chinese', () => {
    expect(
      inChinese({ code: 'BAD_USER_INPUT', field: 'investment', message: 'investment must be a number of 万元 from 0 to 1000000000' }),
    ).toBe('本月完成投资：应为不小于 0 的金额（万元）');
    expect(inChinese({ code: 'BAD_USER_INPUT', field: 'reason', message: 'reason must not be empty' })).toBe('原因：不能为空');
    expect(
      inChinese({ code: 'BAD_USER_INPUT', field: 'occurredOn', message: 'occurredOn 2031-01-01 is in the future (today is 2025-06-01)' }),
    ).toBe('发生日期：不能晚于今天');
    expect(
      inChinese({ code: 'BAD_USER_INPUT', field: 'weights', message: 'weights must add up to 100, they add up to 95' }),
    ).toBe('权重：之和应为 100（当前为 95）');
    expect(
      inChinese({
        code: 'BAD_USER_INPUT',
        field: 'reason',
        message: 'reason must not contain control or invisible characters (found U+202E)',
      }),
    ).toBe('原因：不能含有控制字符或不可见字符（如零宽字符、文字方向控制符）');
    expect(
      inChinese({
        code: 'BAD_USER_INPUT',
        field: 'submittedOn',
        message:
          'submittedOn is the day a report is recorded (today, 2025-07-14): only a district or city admin back-filling a ledger may state another day',
      }),
    ).toBe('填报日期：填报日期就是提交当天，只有区县或市级管理员补录台账时才能填写更早的日期');
    expect(
      inChinese({
        code: 'BAD_USER_INPUT',
        field: 'month',
        message: 'month 2025-02 is covered by the opening balance (开累基数) as of 2025-03: reports start with 2025-04',
      }),
    ).toBe('填报月份：该月已计入开累基数（截至 2025-03），月报从之后的月份开始填报');
    expect(
      inChinese({
        code: 'BAD_USER_INPUT',
        field: 'yearToDateInvestment',
        message:
          "yearToDateInvestment 9000 is more than cumulativeInvestment 8000: the year's part cannot exceed the whole",
      }),
    ).toBe('其中截至月份所在年度完成投资：不能大于开累完成投资');
  });

  it('writes dates in a reason the reader’s way', () => {
    const message = describeError(
      api({ code: 'BAD_USER_INPUT', field: 'submittedOn', message: 'submittedOn 2025-01-02 is before the project was registered on 2025-03-05' }),
    );
    expect(reasonText(message, zh as never, 'zh-CN')).toBe('不能早于项目登记日期（2025年3月5日）');
    expect(reasonText(message, english as never, 'en')).toBe('cannot be before the project was registered (2025-03-05)');
  });

  it('labels nested and listed fields', () => {
    expect(fieldLabelKey('leader.name')).toBe('fields.leaderName');
    expect(fieldLabelKey('milestones[2]')).toBe('fields.milestones');
    expect(fieldNamePath('leader.name')).toEqual(['leader', 'name']);
    expect(fieldNamePath('milestones[2]')).toEqual(['milestones', 2]);
    expect(inChinese({ code: 'BAD_USER_INPUT', field: 'leader.phone', message: 'leader.phone may hold only digits, "+", "-" and spaces (5 to 20)' })).toBe(
      '包保领导电话：只能包含数字、+、- 和空格（5 至 20 位）',
    );
  });

  it('falls back to neutral words for a field or reason it does not know', () => {
    expect(inChinese({ code: 'BAD_USER_INPUT', field: 'somethingNew', message: 'somethingNew is odd' })).toBe('输入内容：填写有误，请检查');
  });

  it('explains conflicts, refusals and failures without the API’s own words', () => {
    expect(inChinese({ code: 'CONFLICT', field: 'code', message: 'project code TL-1 is already registered' })).toBe('该编号已被使用，请换一个。');
    expect(inChinese({ code: 'CONFLICT', message: 'project is cancelled: TL-1 accepts no more changes' })).toBe('项目已终止，不能再修改。');
    expect(inChinese({ code: 'FORBIDDEN', message: 'Not yours' })).toBe('您没有权限进行此操作。');
    expect(inChinese({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal error' })).toBe('服务器暂时无法完成操作，请稍后重试。');
    expect(messageText(describeError({ kind: 'network' }), zh as never, exists, 'zh-CN')).toBe('无法连接服务器，请检查网络后重试。');
  });

  it('says why a ledger file cannot be read or imported', () => {
    expect(inChinese({ code: 'BAD_USER_INPUT', field: 'file', message: '“台账.xlsx”不是有效的 XLSX 文件（请用 Excel 另存为 .xlsx）' })).toBe(
      '文件：不是有效的 XLSX 文件，请用 Excel 另存为 .xlsx 后再上传',
    );
    expect(inChinese({ code: 'BAD_USER_INPUT', field: 'file', message: '不支持的文件类型“台账.xls”：请上传 .xlsx 或 .csv 文件' })).toBe(
      '文件：请上传 .xlsx 或 .csv 文件（.xls 请先另存为 .xlsx）',
    );
    const changed = 'the file differs from the one that was checked: check it again before importing';
    expect(inChinese({ code: 'CONFLICT', field: 'digest', message: changed })).toBe('文件与检查时的不一致，请重新选择文件检查后再导入。');
  });

  it('tells a lost session and a platform without the feature apart', () => {
    expect(needsSignIn(api({ code: 'UNAUTHENTICATED', message: 'expired' }))).toBe(true);
    expect(needsSignIn({ kind: 'network' })).toBe(false);
    expect(isUnsupported(api({ code: 'GRAPHQL_VALIDATION_FAILED', message: 'Cannot query field "me" on type "Query".' }))).toBe(true);
  });
});
