import { bulletinFilePath, bulletinPeriodOf, bulletinPeriods } from './bulletin-periods';

describe('bulletin periods in the app', () => {
  it('offers 36 ten-day periods, 12 months, 4 quarters and the year', () => {
    expect(bulletinPeriods('TEN_DAY', 2025)).toHaveLength(36);
    expect(bulletinPeriods('TEN_DAY', 2025).slice(0, 4)).toEqual([
      '2025-01-T1',
      '2025-01-T2',
      '2025-01-T3',
      '2025-02-T1',
    ]);
    expect(bulletinPeriods('MONTH', 2025).at(-1)).toBe('2025-12');
    expect(bulletinPeriods('QUARTER', 2025)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(bulletinPeriods('YEAR', 2025)).toEqual(['2025']);
  });

  it.each([
    ['TEN_DAY', '2025-08', '2025-08-T3'],
    ['MONTH', '2025-08', '2025-08'],
    ['QUARTER', '2025-08', '2025-Q3'],
    ['QUARTER', '2025-12', '2025-Q4'],
    ['YEAR', '2025-08', '2025'],
  ] as const)('a %s bulletin holding %s is %s', (kind, month, period) => {
    expect(bulletinPeriodOf(kind, month)).toBe(period);
  });

  it('asks for a published edition by number, and for the current figures without one', () => {
    expect(bulletinFilePath('d-1', 'MONTH', '2025-06', 'pdf', 2)).toBe(
      '/files/bulletins/d-1/MONTH/2025-06.pdf?edition=2',
    );
    expect(bulletinFilePath('d-1', 'TEN_DAY', '2025-06-T2', 'xlsx')).toBe(
      '/files/bulletins/d-1/TEN_DAY/2025-06-T2.xlsx',
    );
  });
});
