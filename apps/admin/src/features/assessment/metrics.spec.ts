import { metricPoints, rankChanges } from './metrics';

describe('assessment metrics', () => {
  it('weighs a metric as the worked example does', () => {
    // docs/assessment.md: 40 × 0.7619 = 30.48, 10 × 0.8333 = 8.33
    expect(metricPoints(0.7619, 40)).toBe(30.48);
    expect(metricPoints(0.8333, 10)).toBe(8.33);
  });

  it('tells how far each ranked unit moved since the previous period', () => {
    const now = [
      { unit: { id: 'a' }, rank: 1 },
      { unit: { id: 'b' }, rank: 2 },
      { unit: { id: 'c' }, rank: null },
    ];
    const before = [
      { unit: { id: 'a' }, rank: 2 },
      { unit: { id: 'b' }, rank: 1 },
      { unit: { id: 'c' }, rank: 3 },
    ];
    const changes = rankChanges(now, before);
    expect(changes.get('a')).toBe(1);
    expect(changes.get('b')).toBe(-1);
    expect(changes.has('c')).toBe(false);
  });
});
