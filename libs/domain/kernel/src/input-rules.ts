import { invalid } from './domain-error';

/** Shared input rules, so every aggregate words the same mistake the same way. */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;

export function requireCode(field: string, value: unknown): string {
  if (typeof value !== 'string' || !CODE_PATTERN.test(value)) {
    throw invalid(field, `${field} must be 1 to 40 letters, digits, ".", "_" or "-", starting with a letter or digit`);
  }
  return value;
}

/**
 * Characters a reader cannot see or that change what they see: control characters (a line
 * break aside), format characters such as bidi overrides (U+202E) and zero-width marks
 * (U+200B), and lone surrogates (half a character, which no text encoding can store).
 */
const HIDDEN_CHARACTER = /(?!\n)[\p{Cc}\p{Cf}\p{Cs}]/u;

/**
 * Text as the domain stores it: composed (NFC, so one word has one spelling), trimmed,
 * within its length, and free of hidden characters, which are refused rather than dropped.
 */
export function requireText(field: string, value: unknown, maxLength: number): string {
  if (typeof value !== 'string') throw invalid(field, `${field} must be text`);
  const hidden = HIDDEN_CHARACTER.exec(value)?.[0];
  if (hidden !== undefined) {
    const code = hidden.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw invalid(field, `${field} must not contain control or invisible characters (found U+${code})`);
  }
  const text = value.normalize('NFC').trim();
  if (text.length === 0) throw invalid(field, `${field} must not be empty`);
  if (text.length > maxLength) throw invalid(field, `${field} must be at most ${maxLength} characters`);
  return text;
}

export function optionalText(field: string, value: unknown, maxLength: number): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  return requireText(field, value, maxLength);
}

export function requireAmount(field: string, value: unknown, max = 1e9): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
    throw invalid(field, `${field} must be a number of 万元 from 0 to ${max}`);
  }
  return value;
}

export function requireInteger(field: string, value: unknown, min: number, max: number): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw invalid(field, `${field} must be a whole number from ${min} to ${max}`);
  }
  return value as number;
}

export function requireNumberInRange(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw invalid(field, `${field} must be a number from ${min} to ${max}`);
  }
  return value;
}

export function requireOneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw invalid(field, `${field} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}
