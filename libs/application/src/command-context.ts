import type { Actor } from './ports/event-store';

/** What every command handler needs besides the command: who asks, their today, and a retry key. */
export interface CommandContext {
  actor: Actor;
  /** The caller's date (YYYY-MM-DD), against which future business dates are refused. */
  today: string;
  idempotencyKey?: string;
}

/** What a command returns: the id it changed and the log position to wait for before reading. */
export interface CommandResult {
  id: string;
  position: number;
}
