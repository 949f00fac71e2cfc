/** Parsers for configuration read from the environment: a bad value stops start-up with a message naming it. */

export function portFrom(name: string, value: string | undefined, fallback: number): number {
  const parsed = Number(value ?? fallback);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535)
    throw new Error(`${name} must be a port number, got "${value}"`);
  return parsed;
}

export function timeZoneFrom(value: string | undefined): string {
  const zone = value ?? 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new Error(`TUIJIN_TIMEZONE must be an IANA time zone such as Asia/Shanghai, got "${zone}"`);
  }
  return zone;
}

export function tokenTtlMinutesFrom(value: string | undefined): number {
  const minutes = Number(value ?? 480);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 7 * 24 * 60) {
    throw new Error(`TUIJIN_TOKEN_TTL_MINUTES must be a whole number of minutes from 5 to 10080, got "${value}"`);
  }
  return minutes;
}

export function wholeNumberFrom(name: string, value: string | undefined, fallback: number, min = 1): number {
  const parsed = Number(value ?? fallback);
  if (!Number.isInteger(parsed) || parsed < min)
    throw new Error(`${name} must be a whole number ≥ ${min}, got "${value}"`);
  return parsed;
}

export function oneOf<T extends string>(name: string, value: string | undefined, choices: readonly T[]): T {
  const chosen = (value ?? choices[0]) as T;
  if (!choices.includes(chosen)) throw new Error(`${name} must be one of ${choices.join(', ')}, got "${value}"`);
  return chosen;
}

export function required(name: string, value: string | undefined, why: string): string {
  if (!value) throw new Error(`${name} must be set ${why}`);
  return value;
}

export const listFrom = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const MINUTE_MS = 60_000;

/**
 * Per time zone, its formatter and the day of the minute last asked about: every command
 * asks for today, and a zone's day only turns over on a whole minute.
 */
const days = new Map<string, { format: Intl.DateTimeFormat; minute: number; day: string }>();

/** Today's date (YYYY-MM-DD) in the given time zone. */
export function todayIn(zone: string, now = new Date()): string {
  const minute = Math.floor(now.getTime() / MINUTE_MS);
  let known = days.get(zone);
  if (!known) {
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    known = { format, minute: Number.NaN, day: '' };
    days.set(zone, known);
  }
  if (known.minute !== minute) {
    known.minute = minute;
    known.day = known.format.format(now);
  }
  return known.day;
}
