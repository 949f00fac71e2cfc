import { firstDayOf, parseBulletinPeriod, previousBulletinPeriod } from './bulletin-period';
import { maskWebhookUrl } from './webhook-url';

describe('bulletin periods', () => {
  it.each([
    ['TEN_DAY', '2025-07-T1', '2025-07-10'],
    ['TEN_DAY', '2025-07-T2', '2025-07-20'],
    ['TEN_DAY', '2024-02-T3', '2024-02-29'],
    ['MONTH', '2025-06', '2025-06-30'],
    ['QUARTER', '2025-Q3', '2025-09-30'],
    ['YEAR', '2025', '2025-12-31'],
  ] as const)('a %s bulletin for %s is as of %s', (kind, label, asOfDay) => {
    expect(parseBulletinPeriod(kind, label)).toEqual({ kind, label, year: Number(label.slice(0, 4)), asOfDay });
  });

  it.each([
    ['TEN_DAY', '2025-07-T1', '2025-06-T3', '2025-07-01'],
    ['TEN_DAY', '2025-01-T1', '2024-12-T3', '2025-01-01'],
    ['TEN_DAY', '2025-07-T3', '2025-07-T2', '2025-07-21'],
    ['MONTH', '2025-01', '2024-12', '2025-01-01'],
    ['QUARTER', '2025-Q1', '2024-Q4', '2025-01-01'],
    ['YEAR', '2025', '2024', '2025-01-01'],
  ] as const)('the %s bulletin before %s is %s, so %s is its first day', (kind, label, previous, first) => {
    const period = parseBulletinPeriod(kind, label);
    expect(previousBulletinPeriod(period).label).toBe(previous);
    expect(firstDayOf(period)).toBe(first);
  });

  it.each([
    ['MONTH', '2025-07-T1'],
    ['TEN_DAY', '2025-07'],
    ['QUARTER', '2025-Q5'],
    ['YEAR', '25'],
    ['MONTH', '1989-12'],
  ])('refuses a %s bulletin for "%s", naming the period', (kind, label) => {
    expect(() => parseBulletinPeriod(kind, label)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'period' }),
    );
  });

  it('refuses an unknown kind, naming it', () => {
    expect(() => parseBulletinPeriod('WEEK', '2025-07')).toThrow(expect.objectContaining({ field: 'kind' }));
  });

  it('hides a robot key kept in the query string', () => {
    expect(maskWebhookUrl('https://oapi.dingtalk.com/robot/send?access_token=secret')).toBe(
      'https://oapi.dingtalk.com/robot/send?…',
    );
  });
});
