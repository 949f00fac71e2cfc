import { createHash } from 'crypto';

/** JSON with object keys sorted at every level, so equal content always serializes to the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : inner,
  );
}

/** SHA-256 (hex) of a bulletin's content: what publishing records and reproduction must match. */
export const contentDigest = (content: unknown): string =>
  createHash('sha256').update(canonicalJson(content)).digest('hex');
