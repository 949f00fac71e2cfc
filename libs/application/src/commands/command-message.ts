import type { ErrorCode } from '@tuijin/domain-kernel';
import type { NewEvent } from '../ports/event-store';
import type { CommandMetadata } from './command-metadata';
import { COMMAND_HANDLERS } from './command-handlers';

type Handlers = typeof COMMAND_HANDLERS;

/** The name of every command, e.g. `RegisterProject`. */
export type CommandType = keyof Handlers;

/** What a command of that type carries, as a caller sends it. */
export type CommandData<T extends CommandType> = Parameters<Handlers[T]['stream']>[0];

/** A command as data: what to do, with what, and who asks on which day. Any sender builds the same message. */
export type CommandMessage<T extends CommandType = CommandType> = {
  [K in T]: { type: K; data: CommandData<K>; metadata: CommandMetadata };
}[T];

/** A message of one type (the compiler cannot pair a generic type with its data in an object literal; this does). */
export const commandMessage = <T extends CommandType>(type: T, data: CommandData<T>, metadata: CommandMetadata) =>
  ({ type, data, metadata }) as CommandMessage<T>;

/** What running a command of that type answers: the id it changed (and what else its type tells) and the log position. */
export type CommandResultOf<T extends CommandType> = ReturnType<Handlers[T]['answer']> & { position: number };

export const isCommandType = (type: unknown): type is CommandType =>
  typeof type === 'string' && Object.hasOwn(COMMAND_HANDLERS, type);

/** A refusal as the domain states it: a stable code, the field it concerns, and a message. */
export interface CommandRefusal {
  code: ErrorCode;
  message: string;
  field?: string;
}

/** What a dry run says of one message of the batch: the events it would append, or why it would be refused. */
export type DryRunOutcome =
  | { index: number; ok: true; type: CommandType; id: string; streamId: string; events: NewEvent[] }
  | { index: number; ok: false; type: CommandType; error: CommandRefusal };

/** What writing a batch did: every message's outcome, and whether the batch was written (only if none was refused). */
export interface BatchOutcome {
  written: boolean;
  outcomes: DryRunOutcome[];
  /** The log position to wait for before reading what the batch wrote (0 when nothing was). */
  position: number;
}

/** Where commands are sent: handled here, or by the project-service in the distributed topology. */
export interface Commands {
  /** Decides the command on its aggregate and appends what it decided. */
  handle<T extends CommandType>(message: CommandMessage<T>): Promise<CommandResultOf<T>>;
  /**
   * Decides each message in order against the current state plus what the batch's earlier
   * messages would append, and appends nothing.
   */
  dryRun(messages: readonly CommandMessage[]): Promise<DryRunOutcome[]>;
  /**
   * Decides the messages as `dryRun` does and, when none is refused, appends all they decided
   * as one: the batch is in the log whole, or not at all (a refused batch writes nothing).
   */
  handleAll(messages: readonly CommandMessage[]): Promise<BatchOutcome>;
}
