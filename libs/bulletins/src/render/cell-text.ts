import { assertNever } from '@tuijin/domain-kernel';
import type { Cell, ColumnKind } from './bulletin-tables';
import { money } from './bulletin-text';

/** A cell's value and the format it is written in (the cell's own, else its column's). */
export function cellValue(cell: Cell, columnKind: ColumnKind): { value: string | number | null; kind: ColumnKind } {
  if (cell !== null && typeof cell === 'object') return { value: cell.value, kind: cell.kind };
  return { value: cell, kind: typeof cell === 'string' ? 'text' : columnKind };
}

/** How a cell reads on paper. */
export function cellText(cell: Cell, columnKind: ColumnKind): string {
  const { value, kind } = cellValue(cell, columnKind);
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'money':
      return money(value);
    case 'percent':
      return `${(value * 100).toFixed(1)}%`;
    case 'points':
      return value.toFixed(2);
    case 'count':
    case 'text':
      return String(value);
    default:
      return assertNever(kind);
  }
}
