import { countByLight, filterPoints, NO_FILTER, worstLight, type MapPointFields } from './map-points';

const point = (projectId: string, extra: Partial<MapPointFields>): MapPointFields => ({
  projectId,
  category: 'INDUSTRIAL',
  stage: 'UNDER_CONSTRUCTION',
  leadUnitId: 'u-1',
  light: 'GREEN',
  inChina: true,
  ...extra,
});

const POINTS = [
  point('a', { light: 'RED' }),
  point('b', { light: 'YELLOW', category: 'SOCIAL' }),
  point('c', { light: null, stage: 'RESERVE', leadUnitId: 'u-2' }),
  point('d', {}),
];

describe('the map filter', () => {
  it('shows everything with nothing chosen', () => {
    expect(filterPoints(POINTS, NO_FILTER).map((p) => p.projectId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the red lights only when red is chosen, and the unlit ones under "none"', () => {
    expect(filterPoints(POINTS, { ...NO_FILTER, lights: ['RED'] }).map((p) => p.projectId)).toEqual(['a']);
    expect(filterPoints(POINTS, { ...NO_FILTER, lights: ['NONE'] }).map((p) => p.projectId)).toEqual(['c']);
  });

  it('combines stage, category and unit', () => {
    expect(
      filterPoints(POINTS, { ...NO_FILTER, stages: ['RESERVE'], unitIds: ['u-2'] }).map((p) => p.projectId),
    ).toEqual(['c']);
    expect(filterPoints(POINTS, { ...NO_FILTER, categories: ['SOCIAL'], lights: ['RED'] })).toEqual([]);
  });
});

describe('clusters and the legend', () => {
  it('colour a cluster by its worst light', () => {
    expect(worstLight(['GREEN', 'NONE', 'YELLOW'])).toBe('YELLOW');
    expect(worstLight(['GREEN', 'RED', 'YELLOW'])).toBe('RED');
    expect(worstLight(['NONE'])).toBe('NONE');
  });

  it('count the points of each light', () => {
    expect(countByLight(POINTS)).toEqual({ RED: 1, YELLOW: 1, GREEN: 1, NONE: 1 });
  });
});
