import { publishingFrom, tileOrigins } from './publishing-config';

const TIANDITU =
  'https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&LAYER=vec&TILEMATRIXSET=w&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=KEY';

describe('open data and map settings', () => {
  it('uses the placeholder prefix until one is configured, and refuses one of the wrong form', () => {
    expect(publishingFrom({}).oc4idsPrefix).toBe('oc4ids-000000');
    expect(publishingFrom({ TUIJIN_OC4IDS_PREFIX: 'oc4ids-bu3kcz' }).oc4idsPrefix).toBe('oc4ids-bu3kcz');
    expect(() => publishingFrom({ TUIJIN_OC4IDS_PREFIX: 'ocds-213czf' })).toThrow(/TUIJIN_OC4IDS_PREFIX/);
    expect(() => publishingFrom({ TUIJIN_OC4IDS_PREFIX: 'oc4ids-BU3KCZ-x' })).toThrow(/TUIJIN_OC4IDS_PREFIX/);
  });

  it('has no tile layer unless one is configured, and then lets images come from its own hosts only', () => {
    expect(publishingFrom({}).mapTiles).toBeUndefined();
    expect(tileOrigins(undefined)).toEqual([]);
    const tiles = publishingFrom({ TUIJIN_MAP_TILES_URL: TIANDITU, TUIJIN_MAP_TILES_SUBDOMAINS: '012' }).mapTiles;
    expect(tileOrigins(tiles)).toEqual([
      'https://t0.tianditu.gov.cn',
      'https://t1.tianditu.gov.cn',
      'https://t2.tianditu.gov.cn',
    ]);
    const plain = publishingFrom({ TUIJIN_MAP_TILES_URL: 'http://tiles.district.local:8080/{z}/{x}/{y}.png' }).mapTiles;
    expect(tileOrigins(plain)).toEqual(['http://tiles.district.local:8080']);
  });

  it('refuses a tile URL that is not an http(s) template with {x}, {y} and {z}', () => {
    expect(() => publishingFrom({ TUIJIN_MAP_TILES_URL: 'https://tiles.example/{z}/{x}.png' })).toThrow(
      /\{x\}, \{y\} and \{z\}/,
    );
    expect(() => publishingFrom({ TUIJIN_MAP_TILES_URL: 'ftp://tiles.example/{z}/{x}/{y}' })).toThrow(
      /TUIJIN_MAP_TILES_URL/,
    );
    expect(() => publishingFrom({ TUIJIN_MAP_TILES_URL: '*/{z}/{x}/{y}' })).toThrow(/TUIJIN_MAP_TILES_URL/);
  });
});
