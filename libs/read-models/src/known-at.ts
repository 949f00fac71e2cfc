import { invalid } from '@tuijin/domain-kernel';

/**
 * A `knownAt` instant in the form the store records instants (`toISOString`), so that comparing
 * the strings compares the instants, whatever offset the caller wrote it with.
 */
export function normalizeInstant(knownAt: string | undefined): string | undefined {
  if (knownAt === undefined) return undefined;
  const time = Date.parse(knownAt);
  if (Number.isNaN(time)) throw invalid('knownAt', `knownAt must be an ISO-8601 instant, got "${knownAt}"`);
  return new Date(time).toISOString();
}
