import { DomainError } from '@tuijin/domain-kernel';
import { AggregateRepository } from '../aggregate-repository';
import { ConcurrencyError, type AppendRequest, type EventStore, type NewEvent } from '../ports/event-store';
import type { CommandHandler } from './command-handler';
import { COMMAND_HANDLERS } from './command-handlers';
import type {
  BatchOutcome,
  CommandMessage,
  Commands,
  CommandResultOf,
  CommandType,
  DryRunOutcome,
} from './command-message';
import type { CommandAnswer } from './command-metadata';
import { crossChecks, type CrossChecks, type LoadState } from './cross-checks';

/** How often a batch is decided again when a stream moved on before it could be written. */
const BATCH_ATTEMPTS = 3;

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

  constructor(private readonly store: EventStore) {
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
    return (await this.decideAll(messages)).outcomes;
  }

  /**
   * A stream that moved on between deciding and writing (another user's command came in
   * between) gets the whole batch decided again, against what is now stored.
   */
  async handleAll(messages: readonly CommandMessage[]): Promise<BatchOutcome> {
    for (let attempt = 1; ; attempt++) {
      const { outcomes, streams } = await this.decideAll(messages);
      if (outcomes.some((outcome) => !outcome.ok) || streams.length === 0)
        return { written: false, outcomes, position: 0 };
      try {
        const results = await this.store.appendAll(streams);
        return { written: true, outcomes, position: Math.max(...results.map((r) => r.position)) };
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= BATCH_ATTEMPTS) throw error;
      }
    }
  }

  /** The outcome of each message, and the events of the accepted ones by stream, with the version each was read at. */
  private async decideAll(messages: readonly CommandMessage[]) {
    const decided = new Map<string, { state: unknown }>();
    const streams = new Map<string, AppendRequest & { events: NewEvent[] }>();
    const load: LoadState = async (decider, streamId) => {
      const known = decided.get(streamId) as { state: never } | undefined;
      if (known) return known;
      const loaded = await this.aggregates.load(decider, streamId);
      decided.set(streamId, loaded);
      return loaded;
    };
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
        const version = (decided.get(streamId) as { version?: number }).version ?? 0;
        decided.set(streamId, { state: after });
        if (events.length > 0) {
          const stream = streams.get(streamId) ?? {
            streamId,
            expectedVersion: version,
            events: [],
            actor: metadata.actor,
          };
          stream.events.push(...events);
          streams.set(streamId, stream);
        }
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
    return { outcomes, streams: [...streams.values()] };
  }
}
