import {
  addMonths,
  defaultPeriod,
  lastMonthOf,
  periodKind,
  periodsOfYear,
  isPeriod,
  todayIn,
} from './period';

describe('periods', () => {
  it('knows months, quarters and years', () => {
    expect(periodKind('2025-06')).toBe('month');
    expect(periodKind('2025-Q2')).toBe('quarter');
    expect(periodKind('2025')).toBe('year');
    expect(lastMonthOf('2025-06')).toBe('2025-06');
    expect(lastMonthOf('2025-Q3')).toBe('2025-09');
    expect(lastMonthOf('2025')).toBe('2025-12');
  });

  it('recognises what a link may name as a period', () => {
    expect(['2025-06', '2025-Q2', '2025'].every(isPeriod)).toBe(true);
    expect(['2025-13', '2025-Q5', '25', '2025-6'].some(isPeriod)).toBe(false);
  });

  it('moves across year ends', () => {
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
  });

  it('opens on the latest reported month that has ended', () => {
    expect(defaultPeriod('2025-07-10', ['2025-05', '2025-06', '2025-07'])).toBe('2025-06');
    expect(defaultPeriod('2026-11-24', ['2025-01', '2025-12'])).toBe('2025-12');
  });

  it('opens on last month when nothing has been reported', () => {
    expect(defaultPeriod('2026-01-15', [])).toBe('2025-12');
  });

  it('offers every month, quarter and the year itself', () => {
    const periods = periodsOfYear(2025);
    expect(periods).toHaveLength(17);
    expect(periods).toContain('2025-Q4');
    expect(periods[periods.length - 1]).toBe('2025');
  });
});

describe('todayIn', () => {
  it('reads the date in China, where a UTC evening is already the next day', () => {
    expect(todayIn('Asia/Shanghai', new Date('2025-03-04T17:00:00Z'))).toBe('2025-03-05');
    expect(todayIn('UTC', new Date('2025-03-04T17:00:00Z'))).toBe('2025-03-04');
  });
});
