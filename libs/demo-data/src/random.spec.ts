import { deriveSeed, mulberry32, Random } from './random';

describe('seeded randomness', () => {
  it('repeats the same stream for the same seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    for (const value of draw(7)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('derives independent seeds for each part', () => {
    expect(deriveSeed(1, 0, 1)).toBe(deriveSeed(1, 0, 1));
    expect(new Set([deriveSeed(1, 0, 1), deriveSeed(1, 1, 0), deriveSeed(2, 0, 1), deriveSeed(1, 0, 2)]).size).toBe(4);
  });

  it('keeps integers in range and never draws a weight of zero', () => {
    const random = new Random(9);
    const ints = Array.from({ length: 2000 }, () => random.int(3, 6));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5, 6]));
    const picks = new Set(Array.from({ length: 2000 }, () => random.weighted({ A: 1, B: 0, C: 3 })));
    expect(picks).toEqual(new Set(['A', 'C']));
  });

  it('draws log-normal amounts around the requested mean', () => {
    const random = new Random(3);
    const draws = Array.from({ length: 20_000 }, () => random.logNormal(100, 0.8));
    const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length;
    expect(mean).toBeGreaterThan(93);
    expect(mean).toBeLessThan(107);
  });
});
