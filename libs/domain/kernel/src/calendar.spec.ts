import { addMonths, daysInMonth, isDay, lastDayOf } from './calendar';

describe('the calendar of business dates', () => {
  it('ends each month on its last day, February by the leap-year rule', () => {
    expect(['2025-01', '2025-02', '2025-04', '2025-12'].map(lastDayOf)).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-04-30',
      '2025-12-31',
    ]);
    expect(['2024-02', '2000-02', '2100-02'].map(lastDayOf)).toEqual(['2024-02-29', '2000-02-29', '2100-02-28']);
    expect(daysInMonth(2023, 2)).toBe(28);
  });

  it('knows which days exist', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-04-31')).toBe(false);
    expect(isDay('2025-13-01')).toBe(false);
  });

  it('answers the same last day however often it is asked, and steps months across years', () => {
    expect(lastDayOf('2025-09')).toBe(lastDayOf('2025-09'));
    expect(lastDayOf('2025-09')).toBe('2025-09-30');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
  });
});
