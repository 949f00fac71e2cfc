import { invalid, requireNotFuture } from '@tuijin/domain-kernel';
import type { RegisteredProject } from './project.types';

/** Refuses a date before a known earlier fact; `why` completes "<field> <day> …" to say which fact. */
export function requireOnOrAfter(field: string, day: string, earliest: string, why: string): string {
  if (day < earliest) throw invalid(field, `${field} ${day} ${why}`);
  return day;
}

/**
 * A fact about a project: a real day, not after the command's `today`, and not
 * before the project's registration (nothing happens to a project before it exists).
 */
export function requireProjectDate(field: string, day: unknown, project: RegisteredProject, today: string): string {
  requireNotFuture(field, day as string, today);
  return requireOnOrAfter(
    field,
    day as string,
    project.registeredOn,
    `is before the project was registered on ${project.registeredOn}`,
  );
}
