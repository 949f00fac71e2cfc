import { readFileSync } from 'fs';
import { join } from 'path';
import {
  REFUSAL_TEXTS,
  conflictReason,
  dayText,
  describeRefusal,
  inputReason,
  refusalWords,
  type ReasonRef,
  type WordingLocale,
} from './index';

const both = (ref: ReasonRef) => ({ zh: refusalWords(ref, 'zh-CN'), en: refusalWords(ref, 'en') });

/** Every key of the nested texts, dotted. */
const keysOf = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

// messages as the domain's rules write them (libs/domain, libs/application), with what a person reads
const BAD_INPUT: [message: string, zh: string, en: string][] = [
  ['name must not be empty', '不能为空', 'cannot be empty'],
  ['note must be at most 500 characters', '不能超过 500 个字', 'can be at most 500 characters'],
  [
    'investment must be a number of 万元 from 0 to 1000000000',
    '应为不小于 0 的金额（万元）',
    'must be an amount of 0 or more (×10k yuan)',
  ],
  ['progressPercent must be a number from 0 to 100', '应在 0 至 100 之间', 'must be between 0 and 100'],
  [
    'year must be a whole number from 2000 to 2100',
    '应为 2000 至 2100 之间的整数',
    'must be a whole number from 2000 to 2100',
  ],
  ['occurredOn 2031-01-01 is in the future (today is 2025-06-01)', '不能晚于今天', 'cannot be after today'],
  [
    'plannedCompletionMonth 2025-03 is before plannedStartMonth 2025-06',
    '不能早于计划开工月份',
    'cannot be before the planned start month',
  ],
  ['weights must add up to 100, they add up to 95', '之和应为 100（当前为 95）', 'must add up to 100 (now 95)'],
  [
    'leader.phone may hold only digits, "+", "-" and spaces (5 to 20)',
    '只能包含数字、+、- 和空格（5 至 20 位）',
    'may hold only digits, +, - and spaces (5 to 20)',
  ],
  ['leadUnitId "u-9" is not a unit of this district', '不是本区县的单位', 'is not a unit of this district'],
  [
    'features[2] (城关镇) is not closed: its last position must repeat its first, [106.5, 29.5]',
    '第 3 个区域（城关镇）的边界没有闭合（首尾坐标应相同）',
    'the outline of area 3（城关镇） is not closed (its last point must repeat its first)',
  ],
  // a date the reason names is written the reader's way
  [
    'month 2024-12 is before the project was registered on 2025-01-10',
    '不能早于项目登记日期（2025年1月10日）',
    'cannot be before the project was registered (2025-01-10)',
  ],
  [
    'occurredOn 2025-02-01 is before 2025-03-05, when stage CONSTRUCTION was entered: stage changes must be in date order',
    '不能早于项目进入当前阶段的日期（2025年3月5日）',
    'cannot be before the project entered its current stage (2025-03-05)',
  ],
  [
    'dueOn 2025-04-01 is before the problem was raised on 2025-04-10',
    '不能早于问题提出日期（2025年4月10日）',
    'cannot be before the problem was raised (2025-04-10)',
  ],
  [
    'submittedOn 2025-02-28 is before 2025-03-01: a month is reported once it has begun',
    '不能早于所报月份的第一天（2025年3月1日）',
    'cannot be before the first day of the month reported (2025-03-01)',
  ],
  [
    'submittedOn 2025-04-02 is before the report it corrects (2025-04-05): corrections must be in date order',
    '不能早于被更正报表的报送日期（2025年4月5日）',
    'cannot be before the report it corrects was submitted (2025-04-05)',
  ],
  // a message no rule knows: the generic reason, never the platform's own words
  ['leaderPhone holds a character the platform has no rule for', '填写有误，请检查', 'is not valid; please check it'],
];

const CONFLICTS: [message: string, zh: string, en: string][] = [
  [
    'project code TL-1 is already registered',
    '该编号已被使用，请换一个。',
    'This code is already in use. Please choose another.',
  ],
  ['username "tl-li" is taken', '该编号已被使用，请换一个。', 'This code is already in use. Please choose another.'],
  [
    'project is cancelled: TL-1 accepts no more changes',
    '项目已终止，不能再修改。',
    'The project is cancelled and can no longer change.',
  ],
  [
    'problem is already resolved: p-1 can no longer change',
    '该问题已办结或已关闭，不能再更改。',
    'This problem is already resolved or closed and can no longer change.',
  ],
  ['user tl-li is deactivated', '该账号已停用。', 'This account is deactivated.'],
  [
    'the file differs from the one that was checked: check it again before importing',
    '文件与检查时的不一致，请重新选择文件检查后再导入。',
    'The file differs from the one that was checked: choose it again to check it before importing.',
  ],
  // a conflict no rule knows
  [
    "the district's open data is already public",
    '操作与当前数据冲突，请刷新后重试。',
    'This conflicts with the current data. Please reload and try again.',
  ],
];

describe('the reasons of a refusal', () => {
  it.each(BAD_INPUT)('words the bad input “%s”', (message, zh, en) => {
    expect(both(inputReason(message))).toEqual({ zh, en });
  });

  it.each(CONFLICTS)('words the conflict “%s”', (message, zh, en) => {
    expect(both(conflictReason(message))).toEqual({ zh, en });
  });

  it('writes a business date as the app does: in Chinese 2025年3月1日, in English as it is', () => {
    expect(dayText('2025-03-01', 'zh-CN')).toBe('2025年3月1日');
    expect(dayText('2025-03-01', 'en')).toBe('2025-03-01');
    expect(dayText('下月初', 'zh-CN')).toBe('下月初');
  });

  it('gives a reason by the refusal’s code: bad input and conflicts have one, the others none', () => {
    expect(describeRefusal({ code: 'BAD_USER_INPUT', field: 'reason', message: 'reason must not be empty' })).toEqual({
      key: 'reason.required',
    });
    expect(describeRefusal({ code: 'CONFLICT', message: 'unit FGW already exists' })).toEqual({
      key: 'errors.conflict.duplicate',
    });
    expect(describeRefusal({ code: 'NOT_FOUND', message: 'Unit "u-9" does not exist' })).toBeUndefined();
  });

  it('has a text in both languages for exactly the keys its rules name', () => {
    // the app's translation spec checks the texts themselves (none empty, the same placeholders in both)
    const source = readFileSync(join(__dirname, 'refusal-reasons.ts'), 'utf8');
    const named = [...new Set([...source.matchAll(/key: '([\w.]+)'/g)].map((match) => match[1]))].sort();
    expect(named.length).toBeGreaterThan(50);
    const locales: WordingLocale[] = ['zh-CN', 'en'];
    for (const locale of locales)
      expect({ locale, keys: keysOf(REFUSAL_TEXTS[locale]).sort() }).toEqual({ locale, keys: named });
  });
});
