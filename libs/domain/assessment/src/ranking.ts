import { compareText } from '@tuijin/domain-kernel';

/**
 * Which rule placed a unit below the one ranked just above it when both have the same score:
 * the higher investment completion (投资完成) goes first, and on that too the lower unit code.
 */
export type TieBreak = 'INVESTMENT_COMPLETION' | 'UNIT_CODE';

export interface Rankable {
  code: string;
  score: number;
  investmentCompletion: number;
}

export interface Ranked {
  /** 1..n, no two units share a rank. */
  rank: number;
  /** Why the unit is below the one ranked just above it on an equal score; null when its score is lower. */
  tieBreak: TieBreak | null;
}

/** Unit codes in ascending order: the last tie-break, and the order of unranked units. */
export const byCode = (a: { code: string }, b: { code: string }) => compareText(a.code, b.code);

const order = (a: Rankable, b: Rankable) =>
  b.score - a.score || b.investmentCompletion - a.investmentCompletion || byCode(a, b);

function tieBreakBetween(above: Rankable, below: Rankable): TieBreak | null {
  if (above.score !== below.score) return null;
  return above.investmentCompletion !== below.investmentCompletion ? 'INVESTMENT_COMPLETION' : 'UNIT_CODE';
}

/** Ranks units by score, then investment completion, then unit code, saying which rule settled each tie. */
export function rankUnits<T extends Rankable>(units: readonly T[]): (T & Ranked)[] {
  const sorted = [...units].sort(order);
  return sorted.map((unit, index) => ({
    ...unit,
    rank: index + 1,
    tieBreak: index === 0 ? null : tieBreakBetween(sorted[index - 1], unit),
  }));
}
