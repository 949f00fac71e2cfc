import { DomainError, invalid } from '@tuijin/domain-kernel';

/**
 * Guards every decider needs. They live here rather than in the kernel (which
 * this team may not edit); `@tuijin/domain-projects` imports them from this lib.
 */

/** Aggregates start as `{ exists: false }`; this is the state once they exist. */
export type Existing<State> = Extract<State, { exists: true }>;

/**
 * Every command but the creating one needs the aggregate to exist. A missing
 * aggregate has no id in its state, hence the id-less message.
 */
export function requireExisting<State extends { exists: boolean }>(state: State, what: string): Existing<State> {
  if (!state.exists) throw new DomainError('NOT_FOUND', `${what} does not exist`);
  return state as Existing<State>;
}

const MAX_ID_LENGTH = 100;

/**
 * Ids are made by the application (the domain never invents them), so any
 * non-empty token will do; surrounding spaces are refused rather than trimmed
 * because a trimmed id would silently name a different aggregate.
 */
export function requireId(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || value !== value.trim() || value.length > MAX_ID_LENGTH) {
    throw invalid(
      field,
      `${field} must be a non-empty id of at most ${MAX_ID_LENGTH} characters without surrounding spaces`,
    );
  }
  return value;
}
