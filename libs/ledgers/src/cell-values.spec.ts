import { readDay, readMonth, readNumber, readYear } from './cell-values';

describe('reading cells as district offices type them', () => {
  it('reads a day written in any of the ways Chinese Excel users write it', () => {
    for (const cell of ['2025-03-01', '2025/3/1', '2025.3.1', '2025年3月1日', 45717, new Date(Date.UTC(2025, 2, 1))])
      expect(readDay(cell)).toEqual({ value: '2025-03-01' });
    expect(readDay({ result: 45717 })).toEqual({ value: '2025-03-01' });
  });

  it('says why a day cannot be read', () => {
    expect(readDay('2025-02-30')).toEqual({ error: '日期不存在' });
    expect(readDay('3月1日')).toEqual({ error: expect.stringContaining('2025/3/1') });
    expect(readDay(12)).toEqual({ error: '不是有效日期' });
  });

  it('reads a month, also from a date Excel made of it', () => {
    for (const cell of ['2025-03', '2025/3', '2025年3月', '2025-03-01', new Date(Date.UTC(2025, 2, 1))])
      expect(readMonth(cell)).toEqual({ value: '2025-03' });
    expect(readMonth('2025-13')).toEqual({ error: '月份不存在' });
  });

  it('reads amounts with thousands separators, a 万元 suffix or full-width digits', () => {
    expect(readNumber('1,234.5')).toEqual({ value: 1234.5 });
    expect(readNumber('1234万元')).toEqual({ value: 1234 });
    expect(readNumber(' 12,000 万元 ')).toEqual({ value: 12000 });
    expect(readNumber('１２３')).toEqual({ value: 123 });
    expect(readNumber(-5)).toEqual({ value: -5 });
    expect(readNumber('12,34')).toEqual({ error: expect.stringContaining('数字') });
    expect(readNumber('约100')).toEqual({ error: expect.stringContaining('数字') });
  });

  it('reads a year', () => {
    expect(readYear('2025年')).toEqual({ value: 2025 });
    expect(readYear(2025)).toEqual({ value: 2025 });
    expect(readYear('25')).toEqual({ error: expect.stringContaining('四位') });
  });
});
