import { invalid } from '@tuijin/domain-kernel';
import { CHINA_EXTENT_TEXT, isInChina } from './china-extent';

/** A WGS84 position: `[longitude, latitude]`, as GeoJSON orders them. */
export type Position = [number, number];
export type Ring = Position[];
export type AreaGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

/** One area of a district's map: its outline or one of its townships (乡镇/街道), by name. */
export interface BoundaryFeature {
  type: 'Feature';
  properties: { name?: string };
  geometry: AreaGeometry;
}

/** A district's map as GeoJSON: the areas that the project map draws, in WGS84. */
export interface DistrictBoundary {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
}

export const MAX_BOUNDARY_FEATURES = 1_000;
export const MAX_BOUNDARY_POSITIONS = 200_000;
/** Characters of the stored boundary: one event must fit a Kafka message (1 MB by default) in the distributed mode. */
export const MAX_BOUNDARY_CHARS = 900_000;

/** Names under which GeoJSON files declare WGS84 longitude/latitude (RFC 7946 allows nothing else). */
const WGS84_NAMES = new Set([
  'urn:ogc:def:crs:OGC:1.3:CRS84',
  'urn:ogc:def:crs:OGC::CRS84',
  'EPSG:4326',
  'urn:ogc:def:crs:EPSG::4326',
]);

const FIELD = 'boundary';
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function requireWgs84(collection: Record<string, unknown>): void {
  const crs = collection['crs'];
  if (crs === undefined) return;
  const name = isObject(crs) && isObject(crs['properties']) ? crs['properties']['name'] : undefined;
  if (typeof name !== 'string' || !WGS84_NAMES.has(name)) {
    throw invalid(
      FIELD,
      `the file declares the coordinate system ${JSON.stringify(name ?? crs)}; the map needs WGS84 longitude/latitude (EPSG:4326), as GeoJSON (RFC 7946) defines`,
    );
  }
}

/** Reads and checks the positions of one area; `where` names it in every message. */
class AreaReader {
  positions = 0;

  ring(value: unknown, where: string): Ring {
    if (!Array.isArray(value) || value.length < 4) {
      throw invalid(FIELD, `${where} must be a ring of at least 4 positions (the first repeated at the end)`);
    }
    const ring = value.map((position, i) => this.position(position, `${where}, position ${i + 1}`));
    const [first, last] = [ring[0], ring[ring.length - 1]];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      throw invalid(FIELD, `${where} is not closed: its last position must repeat its first, [${first.join(', ')}]`);
    }
    this.positions += ring.length;
    if (this.positions > MAX_BOUNDARY_POSITIONS) {
      throw invalid(FIELD, `the map has more than ${MAX_BOUNDARY_POSITIONS} positions: simplify its outlines first`);
    }
    return ring;
  }

  polygon(value: unknown, where: string): Ring[] {
    if (!Array.isArray(value) || value.length === 0) throw invalid(FIELD, `${where} must be a list of rings`);
    return value.map((ring, i) => this.ring(ring, `${where}, ring ${i + 1}`));
  }

  /** A position keeps its longitude and latitude; a height, if any, is not drawn and not kept. */
  private position(value: unknown, where: string): Position {
    if (!Array.isArray(value) || value.length < 2 || value.length > 3 || !value.every(Number.isFinite)) {
      throw invalid(FIELD, `${where} must be [longitude, latitude] in degrees`);
    }
    const [longitude, latitude] = value as number[];
    if (longitude < -180 || longitude > 180 || latitude < -90 || latitude > 90) {
      throw invalid(
        FIELD,
        `${where}, [${longitude}, ${latitude}], is not a WGS84 longitude/latitude: GeoJSON gives the longitude first; are they swapped?`,
      );
    }
    if (!isInChina(longitude, latitude)) {
      throw invalid(
        FIELD,
        `${where}, [${longitude}, ${latitude}], lies outside China (${CHINA_EXTENT_TEXT}); are longitude and latitude swapped?`,
      );
    }
    return [longitude, latitude];
  }
}

function feature(value: unknown, index: number, reader: AreaReader): BoundaryFeature {
  const label = `features[${index}]`;
  if (!isObject(value) || value['type'] !== 'Feature') throw invalid(FIELD, `${label} must be a GeoJSON Feature`);
  const properties = isObject(value['properties']) ? value['properties'] : {};
  const rawName = properties['name'];
  const name = typeof rawName === 'string' && rawName.trim() !== '' ? rawName.trim().slice(0, 100) : undefined;
  const where = name ? `${label} (${name})` : label;
  const geometry = value['geometry'];
  if (!isObject(geometry)) throw invalid(FIELD, `${where} has no geometry`);
  let parsed: AreaGeometry;
  if (geometry['type'] === 'Polygon') {
    parsed = { type: 'Polygon', coordinates: reader.polygon(geometry['coordinates'], where) };
  } else if (geometry['type'] === 'MultiPolygon') {
    const polygons = geometry['coordinates'];
    if (!Array.isArray(polygons) || polygons.length === 0) throw invalid(FIELD, `${where} must list its polygons`);
    parsed = {
      type: 'MultiPolygon',
      coordinates: polygons.map((polygon, i) => reader.polygon(polygon, `${where}, polygon ${i + 1}`)),
    };
  } else {
    throw invalid(
      FIELD,
      `${where} is a ${String(geometry['type'])}: a district's map holds areas only (Polygon or MultiPolygon)`,
    );
  }
  return { type: 'Feature', properties: name ? { name } : {}, geometry: parsed };
}

/**
 * A district's map as uploaded: a GeoJSON FeatureCollection of Polygons and MultiPolygons
 * in WGS84, every ring closed and every position within China. What is kept is the areas'
 * names and outlines; other properties are not.
 */
export function requireDistrictBoundary(value: unknown): DistrictBoundary {
  if (!isObject(value) || value['type'] !== 'FeatureCollection') {
    throw invalid(FIELD, 'the map must be a GeoJSON FeatureCollection');
  }
  requireWgs84(value);
  const features = value['features'];
  if (!Array.isArray(features) || features.length === 0) {
    throw invalid(FIELD, 'the FeatureCollection has no features: it needs at least the district outline');
  }
  if (features.length > MAX_BOUNDARY_FEATURES) {
    throw invalid(FIELD, `the map has ${features.length} features; at most ${MAX_BOUNDARY_FEATURES} are allowed`);
  }
  const reader = new AreaReader();
  const boundary: DistrictBoundary = {
    type: 'FeatureCollection',
    features: features.map((f, i) => feature(f, i, reader)),
  };
  const size = JSON.stringify(boundary).length;
  if (size > MAX_BOUNDARY_CHARS) {
    throw invalid(
      FIELD,
      `the map's outlines take ${Math.round(size / 1000)} kB; at most ${MAX_BOUNDARY_CHARS / 1000} kB are kept: simplify them first (for example with mapshaper)`,
    );
  }
  return boundary;
}
