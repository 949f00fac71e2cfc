import {
  formatDate,
  formatDateTime,
  formatMonth,
  formatPercent,
  formatPeriod,
  formatPoints,
  formatScore,
  formatWan,
  groupThousands,
  ungroupThousands,
} from './format';

describe('formatWan', () => {
  it('groups thousands and keeps up to two decimals', () => {
    expect(formatWan(1234567.891, 'zh-CN')).toBe('1,234,567.89');
    expect(formatWan(1200, 'en')).toBe('1,200');
    expect(formatWan(0, 'zh-CN')).toBe('0');
  });

  it('shows a dash for a missing amount', () => {
    expect(formatWan(null, 'zh-CN')).toBe('—');
    expect(formatWan(undefined, 'en')).toBe('—');
    expect(formatWan(Number.NaN, 'en')).toBe('—');
  });
});

describe('formatPoints', () => {
  it('gives a gap between two shares in percentage points, one decimal, without its sign', () => {
    expect(formatPoints(0.032, 'zh-CN')).toBe('3.2');
    expect(formatPoints(-0.08333, 'en')).toBe('8.3');
    expect(formatPoints(0, 'zh-CN')).toBe('0.0');
    expect(formatPoints(null, 'zh-CN')).toBe('—');
  });
});

describe('formatPercent and formatScore', () => {
  it('turns a share into a percentage', () => {
    expect(formatPercent(0.7619, 'zh-CN')).toBe('76.2%');
    expect(formatPercent(0.7619, 'zh-CN', 2)).toBe('76.19%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(null, 'en')).toBe('—');
  });

  it('always shows a score with two decimals', () => {
    expect(formatScore(64.6, 'zh-CN')).toBe('64.60');
    expect(formatScore(100, 'en')).toBe('100.00');
  });
});

describe('dates', () => {
  it('writes dates the Chinese way in zh-CN and as ISO in English', () => {
    expect(formatDate('2025-03-05', 'zh-CN')).toBe('2025年3月5日');
    expect(formatDate('2025-03-05', 'en')).toBe('2025-03-05');
    expect(formatMonth('2025-11', 'zh-CN')).toBe('2025年11月');
    expect(formatMonth('2025-01', 'en')).toBe('2025-01');
  });

  it('names months, quarters and years as periods', () => {
    expect(formatPeriod('2025-06', 'zh-CN')).toBe('2025年6月');
    expect(formatPeriod('2025-Q2', 'zh-CN')).toBe('2025年第二季度');
    expect(formatPeriod('2025-Q4', 'en')).toBe('2025 Q4');
    expect(formatPeriod('2025', 'zh-CN')).toBe('2025年');
    expect(formatPeriod('2025', 'en')).toBe('2025');
  });

  it('shows instants in China time whatever the machine time zone', () => {
    expect(formatDateTime('2025-03-04T16:30:00.000Z', 'zh-CN')).toBe('2025年3月5日 00:30');
    expect(formatDateTime('2025-03-05T08:05:00Z', 'en')).toBe('2025-03-05 16:05');
  });

  it('leaves anything unrecognised as it is rather than inventing a date', () => {
    expect(formatDate('soon', 'zh-CN')).toBe('soon');
    expect(formatDate(null, 'zh-CN')).toBe('—');
    expect(formatDateTime('not a time', 'en')).toBe('not a time');
  });
});

describe('typing amounts', () => {
  it('groups the whole part only', () => {
    expect(groupThousands('1234567.5678')).toBe('1,234,567.5678');
    expect(groupThousands('999')).toBe('999');
    expect(groupThousands('')).toBe('');
    expect(ungroupThousands('1,234,567.5')).toBe('1234567.5');
  });
});
