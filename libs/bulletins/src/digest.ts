import { createHash } from 'crypto';
import { canonicalJson } from '@tuijin/domain-kernel';

/** SHA-256 (hex) of a bulletin's content: what publishing records and reproduction must match. */
export const contentDigest = (content: unknown): string =>
  createHash('sha256').update(canonicalJson(content)).digest('hex');
