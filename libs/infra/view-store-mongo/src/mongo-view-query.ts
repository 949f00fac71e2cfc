import type { Scalar, ViewQuery } from '@tuijin/application';

type Filter = Record<string, unknown>;

/** Equality on top-level fields; an array value matches any of its members. */
export function whereFilter(where: ViewQuery['where']): Filter {
  const filter: Filter = {};
  for (const [field, value] of Object.entries(where ?? {})) {
    if (value === undefined) continue;
    filter[field] = Array.isArray(value) ? { $in: value } : value;
  }
  return filter;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Case-insensitive substring search over the named fields. */
export function textFilter(text: ViewQuery['text']): Filter {
  if (!text || text.contains === '') return {};
  const pattern = { $regex: escapeRegex(text.contains), $options: 'i' };
  return { $or: text.fields.map((field) => ({ [field]: pattern })) };
}

/**
 * The rows after a keyset cursor, in the order `{[field]: direction, _id: 1}`:
 * a later sort value, or the same one with a greater id. Missing and null sort
 * values come first in ascending order, as MongoDB and the in-memory store sort them.
 */
export function keysetFilter(
  field: string,
  direction: 'ASC' | 'DESC',
  after: { value: Scalar | null; id: string },
): Filter {
  const sameValueLaterId = { [field]: after.value, _id: { $gt: after.id } };
  if (after.value === null || after.value === undefined) {
    return direction === 'ASC' ? { $or: [{ [field]: { $ne: null } }, sameValueLaterId] } : sameValueLaterId;
  }
  const beyond = direction === 'ASC' ? { $gt: after.value } : { $lt: after.value };
  const laterValues = direction === 'ASC' ? { [field]: beyond } : { $or: [{ [field]: beyond }, { [field]: null }] };
  return { $or: [laterValues, sameValueLaterId] };
}
