import { MAX_BOUNDARY_CHARS, type DistrictBoundary, type Ring } from './district-boundary';
import { districtMapDecider, type DistrictMapCommand } from './district-map.decider';
import { specify } from './testing/decider-specification';

const spec = specify(districtMapDecider);
const TODAY = '2025-06-01';

/** A square ring around a point of 铜梁区, closed. */
const square = (lon: number, lat: number, size = 0.1): Ring => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];
const township = (name: string, lon: number, lat: number) => ({
  type: 'Feature',
  properties: { name, population: 12000 },
  geometry: { type: 'Polygon', coordinates: [square(lon, lat)] },
});
const upload = (boundary: unknown, extra: Partial<DistrictMapCommand> = {}): DistrictMapCommand => ({
  type: 'SetDistrictBoundary',
  today: TODAY,
  districtId: 'd-tongliang',
  boundary,
  approximate: false,
  ...extra,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('a district map upload', () => {
  it('keeps each area’s name and outline, and nothing else', () => {
    const kept: DistrictBoundary = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: '巴川街道' },
          geometry: { type: 'Polygon', coordinates: [square(106.0, 29.8)] },
        },
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'MultiPolygon', coordinates: [[square(106.2, 29.9)], [square(106.4, 29.9)]] },
        },
      ],
    };
    spec
      .given([])
      .when(
        upload(
          collection(township('巴川街道', 106.0, 29.8), {
            type: 'Feature',
            properties: null,
            geometry: { type: 'MultiPolygon', coordinates: [[square(106.2, 29.9)], [square(106.4, 29.9)]] },
          }),
          { source: ' 区规划自然资源局 ', approximate: true },
        ),
      )
      .then([
        {
          type: 'DistrictBoundarySet',
          occurredOn: TODAY,
          data: { districtId: 'd-tongliang', boundary: kept, approximate: true, source: '区规划自然资源局' },
        },
      ]);
  });

  it('keeps longitude and latitude of a position that also gives a height', () => {
    const ring = square(106, 29.8).map(([lon, lat]) => [lon, lat, 250]);
    const [event] = districtMapDecider.decide(
      upload(collection({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } })),
      districtMapDecider.initialState,
    );
    expect(event.data.boundary.features[0].geometry.coordinates[0]).toEqual(square(106, 29.8));
  });

  it.each([
    ['a single Feature', { type: 'Feature', geometry: null }, 'FeatureCollection'],
    ['an empty collection', collection(), 'no features'],
    [
      'a line',
      collection({
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [106, 29.8],
            [106.1, 29.9],
          ],
        },
      }),
      'features[0] is a LineString',
    ],
    [
      'an open ring',
      collection({
        type: 'Feature',
        properties: { name: '东城街道' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            square(106, 29.8)
              .slice(0, 4)
              .concat([[106.05, 29.85]]),
          ],
        },
      }),
      'features[0] (东城街道), ring 1 is not closed',
    ],
    [
      'a ring of three positions',
      collection({
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [106, 29.8],
              [106.1, 29.8],
              [106, 29.8],
            ],
          ],
        },
      }),
      'at least 4 positions',
    ],
    ['swapped coordinates', collection(township('南城街道', 29.8, 106)), 'are they swapped?'],
    ['a point in Europe', collection(township('Paris', 2.35, 48.85)), 'lies outside China'],
    ['latitude beyond 90', collection(township('错误', 106, 95)), 'is not a WGS84 longitude/latitude'],
    [
      'text for a coordinate',
      collection({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [[['106', '29.8']]] } }),
      'must be a ring',
    ],
    [
      'a projected coordinate system',
      { ...collection(township('东城街道', 106, 29.8)), crs: { type: 'name', properties: { name: 'EPSG:3857' } } },
      'WGS84',
    ],
  ])('refuses %s, naming what is wrong', (_what, boundary, message) => {
    spec.given([]).when(upload(boundary)).thenRejects('BAD_USER_INPUT', { field: 'boundary', message });
  });

  it('accepts a declared WGS84 coordinate system', () => {
    const declared = {
      ...collection(township('东城街道', 106, 29.8)),
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
    };
    expect(districtMapDecider.decide(upload(declared), districtMapDecider.initialState)).toHaveLength(1);
  });

  it('refuses outlines too detailed for one event, and says to simplify them', () => {
    const ring = Array.from({ length: 40_000 }, (_, i) => [
      106 + (i % 1000) / 1e4 + 0.123456789,
      29.8 + Math.floor(i / 1000) / 1e4 + 0.123456789,
    ]);
    ring.push(ring[0]);
    const big = collection({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] } });
    expect(JSON.stringify(big).length).toBeGreaterThan(MAX_BOUNDARY_CHARS);
    spec.given([]).when(upload(big)).thenRejects('BAD_USER_INPUT', { field: 'boundary', message: 'simplify' });
  });
});
