import type { BulletinKind } from '../../gql/graphql';

export const BULLETIN_KINDS: readonly BulletinKind[] = ['TEN_DAY', 'MONTH', 'QUARTER', 'YEAR'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Every period a bulletin of a kind can have in a year, in calendar order. */
export function bulletinPeriods(kind: BulletinKind, year: number): string[] {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
  switch (kind) {
    case 'TEN_DAY':
      return months.flatMap((m) => [`${m}-T1`, `${m}-T2`, `${m}-T3`]);
    case 'MONTH':
      return months;
    case 'QUARTER':
      return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
    case 'YEAR':
      return [String(year)];
  }
}

/** The period of a kind that holds a month: its last ten days, the month, its quarter or its year. */
export function bulletinPeriodOf(kind: BulletinKind, month: string): string {
  const year = month.slice(0, 4);
  switch (kind) {
    case 'TEN_DAY':
      return `${month}-T3`;
    case 'MONTH':
      return month;
    case 'QUARTER':
      return `${year}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
    case 'YEAR':
      return year;
  }
}

/** The file path of a bulletin download: as computed now, or a published edition. */
export function bulletinFilePath(
  districtId: string,
  kind: BulletinKind,
  period: string,
  extension: 'pdf' | 'xlsx',
  edition?: number,
): string {
  const query = edition === undefined ? '' : `?edition=${edition}`;
  return `/files/bulletins/${encodeURIComponent(districtId)}/${kind}/${encodeURIComponent(period)}.${extension}${query}`;
}

/** The file path of the city bulletin of the districts within the caller's reach. */
export const cityBulletinFilePath = (kind: BulletinKind, period: string, extension: 'pdf' | 'xlsx') =>
  `/files/city-bulletins/${kind}/${encodeURIComponent(period)}.${extension}`;
