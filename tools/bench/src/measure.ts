/** One benchmark figure beside its baseline, measured in the same run. */
export interface Comparison {
  name: string;
  unit: string;
  value: number;
  baselineName: string;
  baseline: number;
  /** value / baseline, for rates where higher is better. */
  ratio: number;
  target?: string;
  notes?: string;
}

export const compare = (c: Omit<Comparison, 'ratio'>): Comparison => ({ ...c, ratio: c.value / c.baseline });

/** Runs `body` `count` times and returns operations per second. */
export async function rate(count: number, body: (i: number) => unknown): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i++) await body(i);
  return (count / (performance.now() - started)) * 1000;
}

export const round = (value: number, digits = 0): number => Number(value.toFixed(digits));

/** A lower bound on a ratio as the tables print it, marked met or missed. */
export const ratioAtLeast = (ratio: number, least: number): string => `≥ ${least}× ${ratio >= least ? '✅' : '❌'}`;

/** An upper bound on a ratio (lower is better), marked met or missed. */
export const ratioAtMost = (ratio: number, most: number): string => `≤ ${most}× ${ratio <= most ? '✅' : '❌'}`;

/** An upper bound on a figure as the tables print it, marked met or missed. */
export const atMost = (value: number, most: number, unit: string): string =>
  `≤ ${most} ${unit} ${value <= most ? '✅' : '❌'}`;

/** The times (ms) of `runs` sequential runs of `body`, fastest first. */
export async function samples(runs: number, body: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await body();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

export const median = (s: number[]): number => s[Math.floor(s.length / 2)];
