import type { Decider } from '@tuijin/domain-kernel';
import type { NewEvent } from '../ports/event-store';
import type { CommandAnswer, CommandMetadata } from './command-metadata';
import type { CrossChecks } from './cross-checks';

/** What a handler is given besides the command's data and its aggregate's state. */
export interface CommandScope {
  metadata: CommandMetadata;
  /** Other aggregates, as this command sees them (in a dry run, with the batch's earlier commands applied). */
  checks: CrossChecks;
}

/**
 * One row of a dispatch table: how a command message reaches its aggregate's decider.
 * `stream` names the stream the command is decided on; `command` turns the message's data
 * into the domain command against that stream's state, checking what lies in other
 * aggregates (a unit of the district, an account that reaches it); `answer` is what the
 * caller gets back, from the state after the command.
 */
export interface CommandHandler<D, C, E extends NewEvent, S, A extends CommandAnswer = CommandAnswer> {
  readonly decider: Decider<C, E, S>;
  stream(data: D): string;
  command(data: D, state: S, scope: CommandScope): C | Promise<C>;
  answer(data: D, after: S, command: C): A;
}

/**
 * Handlers on one decider: each row names only what differs. A row's command may be one
 * member of the decider's command union (`K`), so that its answer can read what it decided.
 */
export const handlersOf =
  <C, E extends NewEvent, S>(decider: Decider<C, E, S>) =>
  <D, K extends C = C, A extends CommandAnswer = CommandAnswer>(
    handler: Omit<CommandHandler<D, K, E, S, A>, 'decider'>,
  ): CommandHandler<D, K, E, S, A> => ({ decider, ...handler });
