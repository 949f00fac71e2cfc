import type { ReportingGrid } from '@tuijin/bulletins';
import type { ReportStatus } from '@tuijin/domain-assessment';
import type { AuthUser } from './auth/auth-user';

/** A reporter's reporting status holds their own unit only; totals are of what they see. */
export function narrowed(grid: ReportingGrid, user: AuthUser): ReportingGrid {
  if (user.role !== 'UNIT_REPORTER') return grid;
  const units = grid.units.filter((u) => u.unitId === user.unitId);
  const totals = { ON_TIME: 0, LATE: 0, MISSING: 0, NOT_DUE: 0 };
  for (const unit of units) for (const key of Object.keys(totals) as ReportStatus[]) totals[key] += unit.counts[key];
  return { ...grid, units, totals };
}
