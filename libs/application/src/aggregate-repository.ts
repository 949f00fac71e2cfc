import type { Decider } from '@tuijin/domain-kernel';
import { ConcurrencyError, type EventStore, type NewEvent, type StoredEvent } from './ports/event-store';
import type { CommandContext } from './command-context';

const MAX_ATTEMPTS = 3;
const CACHED_STREAMS = 20_000;

interface Loaded<S> {
  state: S;
  version: number;
}

/**
 * Loads an aggregate from its stream, runs the pure decider, and appends what it
 * decided with the version it read. When another writer got there first the whole
 * decision is retried on fresh state: the decider is pure, so this is always safe.
 *
 * Folded states are cached by stream; a load reads only the events appended since,
 * so the cache is never stale, even when another process writes the same log.
 */
export class AggregateRepository {
  private readonly cache = new Map<string, Loaded<unknown>>();
  /** The last command queued per stream: this process's commands on one stream take turns. */
  private readonly turns = new Map<string, Promise<void>>();

  constructor(private readonly events: EventStore) {}

  async load<C, E extends NewEvent, S>(decider: Decider<C, E, S>, streamId: string): Promise<Loaded<S>> {
    const cached = this.cache.get(streamId) as Loaded<S> | undefined;
    const base = cached ?? { state: decider.initialState, version: 0 };
    const newer = await this.events.readStream(streamId, base.version);
    const loaded = newer.length === 0 ? base : this.fold(decider, base, newer);
    if (loaded.version > 0) this.remember(streamId, loaded);
    return loaded;
  }

  /**
   * Decides `command(state)` against the stream and appends the events.
   * Returns the position of the last event (or of the head, if nothing changed).
   *
   * Commands on one stream wait for the one before to finish, so people working on one
   * project at once do not fail each other with conflicts; only another process can
   * still get in between, which the retry covers.
   */
  execute<C, E extends NewEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: (state: S) => NoInfer<C> | Promise<NoInfer<C>>,
    context: CommandContext,
  ): Promise<{ position: number; state: S }> {
    const previous = this.turns.get(streamId);
    const run = previous
      ? previous.then(() => this.decideAndAppend(decider, streamId, command, context))
      : this.decideAndAppend(decider, streamId, command, context);
    const release = () => {
      if (this.turns.get(streamId) === turn) this.turns.delete(streamId);
    };
    const turn: Promise<void> = run.then(release, release);
    this.turns.set(streamId, turn);
    return run;
  }

  private async decideAndAppend<C, E extends NewEvent, S>(
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
        const next = events.reduce(decider.evolve, state);
        if (!result.duplicate) this.remember(streamId, { state: next, version: result.version });
        return { position: result.position, state: next };
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private fold<C, E extends NewEvent, S>(decider: Decider<C, E, S>, base: Loaded<S>, newer: StoredEvent[]): Loaded<S> {
    const state = newer.reduce(
      (current, event) =>
        decider.evolve(current, { type: event.type, occurredOn: event.occurredOn, data: event.data } as E),
      base.state,
    );
    return { state, version: newer[newer.length - 1].version };
  }

  /** Least-recently-used eviction: a Map iterates in insertion order. */
  private remember(streamId: string, loaded: Loaded<unknown>): void {
    this.cache.delete(streamId);
    this.cache.set(streamId, loaded);
    if (this.cache.size > CACHED_STREAMS) this.cache.delete(this.cache.keys().next().value as string);
  }
}
