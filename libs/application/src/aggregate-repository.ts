import type { Decider } from '@tuijin/domain-kernel';
import { ConcurrencyError, type EventStore, type NewEvent } from './ports/event-store';
import type { CommandContext } from './command-context';

const MAX_ATTEMPTS = 3;

/**
 * Loads an aggregate from its stream, runs the pure decider, and appends what it
 * decided with the version it read. When another writer got there first the whole
 * decision is retried on fresh state: the decider is pure, so this is always safe.
 */
export class AggregateRepository {
  constructor(private readonly events: EventStore) {}

  async load<C, E extends NewEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
  ): Promise<{ state: S; version: number }> {
    const stored = await this.events.readStream(streamId);
    const state = stored.reduce(
      (current, event) =>
        decider.evolve(current, { type: event.type, occurredOn: event.occurredOn, data: event.data } as E),
      decider.initialState,
    );
    return { state, version: stored.length };
  }

  /**
   * Decides `command(state)` against the stream and appends the events.
   * Returns the position of the last event (or of the head, if nothing changed).
   */
  async execute<C, E extends NewEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: (state: S) => NoInfer<C> | Promise<NoInfer<C>>,
    context: CommandContext,
  ): Promise<{ position: number; state: S }> {
    for (let attempt = 1; ; attempt++) {
      const { state, version } = await this.load(decider, streamId);
      const events = decider.decide(await command(state), state);
      if (events.length === 0) return { position: await this.events.lastPosition(), state };
      try {
        const result = await this.events.append({
          streamId,
          expectedVersion: version,
          events,
          actor: context.actor,
          idempotencyKey: context.idempotencyKey,
        });
        return { position: result.position, state: events.reduce(decider.evolve, state) };
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}
