import { DomainError } from '@tuijin/domain-kernel';
import { AggregateRepository } from '../aggregate-repository';
import type { EventStore, NewEvent } from '../ports/event-store';
import type { CommandHandler } from './command-handler';
import { COMMAND_HANDLERS } from './command-handlers';
import type { CommandMessage, Commands, CommandResultOf, CommandType, DryRunOutcome } from './command-message';
import type { CommandAnswer } from './command-metadata';
import { crossChecks, type CrossChecks, type LoadState } from './cross-checks';

type AnyHandler = CommandHandler<unknown, unknown, NewEvent, unknown, CommandAnswer>;

/** The union of messages does not correlate a type with its data for the compiler; the table does, row by row. */
const handlerOf = (type: CommandType): AnyHandler => COMMAND_HANDLERS[type] as unknown as AnyHandler;

/**
 * The one way a command is run, whoever sends it (a GraphQL mutation, an import, the
 * distributed command endpoint, the demo seed): the message's type picks its row of the
 * dispatch table, which names the stream, builds the domain command (with its checks on
 * other aggregates) and says what the caller gets back.
 */
export class CommandDispatcher implements Commands {
  private readonly aggregates: AggregateRepository;
  private readonly checks: CrossChecks;

  constructor(store: EventStore) {
    const aggregates = new AggregateRepository(store);
    this.aggregates = aggregates;
    this.checks = crossChecks((decider, streamId) => aggregates.load(decider, streamId));
  }

  async handle<T extends CommandType>(message: CommandMessage<T>): Promise<CommandResultOf<T>> {
    const handler = handlerOf(message.type);
    const { data, metadata } = message;
    const scope = { metadata, checks: this.checks };
    const result = await this.aggregates.execute(
      handler.decider,
      handler.stream(data),
      (state) => handler.command(data, state, scope),
      metadata,
      (after, command) => handler.answer(data, after, command),
    );
    return result as CommandResultOf<T>;
  }

  /**
   * Each message is decided as `handle` would, but against the stored state with the
   * events of the batch's earlier (accepted) messages folded in, held in memory only.
   * Retry keys play no part: nothing is appended, so nothing is remembered.
   */
  async dryRun(messages: readonly CommandMessage[]): Promise<DryRunOutcome[]> {
    const decided = new Map<string, { state: unknown }>();
    const load: LoadState = async (decider, streamId) =>
      (decided.get(streamId) as { state: never } | undefined) ?? this.aggregates.load(decider, streamId);
    const checks = crossChecks(load);
    const outcomes: DryRunOutcome[] = [];
    for (const [index, { type, data, metadata }] of messages.entries()) {
      const handler = handlerOf(type);
      try {
        const streamId = handler.stream(data);
        const { state } = await load(handler.decider, streamId);
        const command = await handler.command(data, state, { metadata, checks });
        const events = handler.decider.decide(command, state);
        const after = events.reduce(handler.decider.evolve, state);
        decided.set(streamId, { state: after });
        outcomes.push({ index, ok: true, type, id: handler.answer(data, after, command).id, streamId, events });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        outcomes.push({
          index,
          ok: false,
          type,
          error: { code: error.code, message: error.message, field: error.field },
        });
      }
    }
    return outcomes;
  }
}
