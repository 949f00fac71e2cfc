import type { Actor } from '../ports/event-store';

/**
 * A retry key as a caller sends it: scoped to the caller (two users' keys never meet), with a
 * digest of the request, so that a key sent again with a different request is told apart.
 */
export interface IdempotencyClaim {
  /** Whose key it is: the acting user's id. */
  scope: string;
  key: string;
  /** A digest of the command and its input. */
  digest: string;
}

/** What every command carries besides its data: who asks, their today, and a retry key. */
export interface CommandMetadata {
  actor: Actor;
  /** The caller's date (YYYY-MM-DD), against which future business dates are refused. */
  today: string;
  idempotency?: IdempotencyClaim;
}

/** What a command answers besides the position: the id it changed, and anything else its caller needs. */
export interface CommandAnswer {
  id: string;
}

/** What a command returns: the id it changed and the log position to wait for before reading. */
export interface CommandResult extends CommandAnswer {
  position: number;
}
