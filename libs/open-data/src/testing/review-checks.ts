import { isInChina } from '@tuijin/domain-organization';
import { OC4IDS_PREFIX_PATTERN } from '../prefix';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** No empty strings, objects or arrays anywhere; every amount with its currency. */
function walk(value: Json, path: string, errors: string[]): void {
  if (typeof value === 'string' && value.trim() === '') errors.push(`${path}: empty string`);
  if (Array.isArray(value)) {
    if (value.length === 0) errors.push(`${path}: empty array`);
    value.forEach((item, i) => walk(item, `${path}/${i}`, errors));
  }
  if (isObject(value)) {
    if (Object.keys(value).length === 0) errors.push(`${path}: empty object`);
    if (typeof value['amount'] === 'number' && typeof value['currency'] !== 'string') {
      errors.push(`${path}: amount without a currency`);
    }
    for (const [key, field] of Object.entries(value)) walk(field, `${path}/${key}`, errors);
  }
}

/** Organisation references name a party of the project, which plays the role they stand for. */
function checkParties(project: Record<string, Json>, path: string, errors: string[]): void {
  const parties = Array.isArray(project['parties']) ? project['parties'].filter(isObject) : [];
  const ids = parties.map((party) => party['id']);
  if (new Set(ids).size !== ids.length) errors.push(`${path}/parties: party ids are not unique`);
  const reference = project['publicAuthority'];
  if (isObject(reference)) {
    const party = parties.find((p) => p['id'] === reference['id']);
    if (!party) errors.push(`${path}/publicAuthority: names no party (${String(reference['id'])})`);
    else if (!Array.isArray(party['roles']) || !party['roles'].includes('publicAuthority'))
      errors.push(`${path}/publicAuthority: party ${String(reference['id'])} lacks the publicAuthority role`);
  } else errors.push(`${path}: no publicAuthority`);
}

/** Points are GeoJSON `[longitude, latitude]` and, for a Chinese district, lie in China. */
function checkLocations(project: Record<string, Json>, path: string, errors: string[]): void {
  const locations = Array.isArray(project['locations']) ? project['locations'] : [];
  locations.forEach((location, i) => {
    const geometry = isObject(location) ? location['geometry'] : undefined;
    if (!isObject(geometry) || geometry['type'] !== 'Point') return;
    const [longitude, latitude] = geometry['coordinates'] as number[];
    if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) || !isInChina(longitude, latitude))
      errors.push(`${path}/locations/${i}: [${longitude}, ${latitude}] is not a [longitude, latitude] point in China`);
  });
}

/**
 * What the standard's review tool checks beyond the schema, plus Tuijin's own location
 * check: references resolve, amounts carry a currency, nothing is empty, and every
 * project id starts with the registered prefix. Empty when the package passes.
 */
export function reviewErrors(pkg: unknown, prefix: string): string[] {
  const errors: string[] = [];
  if (!OC4IDS_PREFIX_PATTERN.test(prefix)) errors.push(`prefix ${prefix} is not of the form oc4ids-xxxxxx`);
  walk(pkg as Json, '', errors);
  const projects = isObject(pkg) && Array.isArray(pkg['projects']) ? pkg['projects'] : [];
  const ids = new Set<Json>();
  projects.forEach((project, i) => {
    const path = `/projects/${i}`;
    if (!isObject(project)) return;
    const id = project['id'];
    if (typeof id !== 'string' || !id.startsWith(`${prefix}-`))
      errors.push(`${path}/id: ${String(id)} lacks the prefix ${prefix}-`);
    if (ids.has(id)) errors.push(`${path}/id: ${String(id)} is not unique`);
    ids.add(id);
    checkParties(project, path, errors);
    checkLocations(project, path, errors);
  });
  return errors;
}
