import type { MapTileSettings, PublishingSettings } from '@tuijin/graphql-api';
import { oc4idsPrefixFrom } from '@tuijin/open-data';

const DEFAULT_SUBDOMAINS = 'abc';

/** The origins a tile URL template reaches: one per subdomain when it has {s}. */
export function tileOrigins(tiles: MapTileSettings | undefined): string[] {
  if (!tiles) return [];
  const hosts = tiles.url.includes('{s}')
    ? [...tiles.subdomains].map((s) => tiles.url.replaceAll('{s}', s))
    : [tiles.url];
  return [...new Set(hosts.map((url) => new URL(url.replace(/\{[xyz]\}/g, '0')).origin))];
}

/** `TUIJIN_MAP_TILES_URL` and its companions; undefined when no online layer is configured. */
export function mapTilesFrom(env: NodeJS.ProcessEnv): MapTileSettings | undefined {
  const url = env['TUIJIN_MAP_TILES_URL']?.trim();
  if (!url) return undefined;
  const subdomains = env['TUIJIN_MAP_TILES_SUBDOMAINS']?.trim() || DEFAULT_SUBDOMAINS;
  const tiles: MapTileSettings = {
    url,
    subdomains,
    attribution: env['TUIJIN_MAP_TILES_ATTRIBUTION']?.trim() || undefined,
  };
  const problem = !['{x}', '{y}', '{z}'].every((part) => url.includes(part))
    ? 'it must hold {x}, {y} and {z}'
    : !/^[A-Za-z0-9]+$/.test(subdomains)
      ? 'TUIJIN_MAP_TILES_SUBDOMAINS must be letters or digits'
      : undefined;
  let origins: string[] = [];
  try {
    origins = tileOrigins(tiles);
  } catch {
    throw new Error(`TUIJIN_MAP_TILES_URL must be an http(s) URL template, got "${url}"`);
  }
  if (problem || !origins.every((origin) => /^https?:\/\//.test(origin))) {
    throw new Error(`TUIJIN_MAP_TILES_URL must be an http(s) URL template with {x}, {y} and {z}: ${problem ?? url}`);
  }
  return tiles;
}

/** Open data and map settings from the environment; a bad value stops start-up with a message naming it. */
export const publishingFrom = (env: NodeJS.ProcessEnv): PublishingSettings => ({
  oc4idsPrefix: oc4idsPrefixFrom(env['TUIJIN_OC4IDS_PREFIX']),
  mapTiles: mapTilesFrom(env),
});
