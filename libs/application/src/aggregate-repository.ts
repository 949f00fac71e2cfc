import { DomainError, type Decider } from '@tuijin/domain-kernel';
import {
  ConcurrencyError,
  type EventStore,
  type NewEvent,
  type RememberedCommand,
  type StoredEvent,
} from './ports/event-store';
import type { CommandAnswer, CommandMetadata, IdempotencyClaim } from './commands/command-metadata';

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
   * Decides `command(state)` against the stream and appends the events, recording the
   * caller's retry key (if any) in the same commit. Answers `answer(state after, command)` with the
   * position of the last event (or of the head, if nothing changed).
   *
   * A command sent again with the same retry key is recognised before it is decided again:
   * it gets the first answer, or IDEMPOTENCY_KEY_REUSED when the key came with another request.
   *
   * Commands on one stream wait for the one before to finish, so people working on one
   * project at once do not fail each other with conflicts; only another process can
   * still get in between, which the retry covers.
   */
  execute<C, E extends NewEvent, S, A extends CommandAnswer>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: (state: S) => NoInfer<C> | Promise<NoInfer<C>>,
    metadata: CommandMetadata,
    answer: (state: S, command: NoInfer<C>) => A,
  ): Promise<A & { position: number }> {
    const previous = this.turns.get(streamId);
    const decide = () => this.decideAndAppend(decider, streamId, command, metadata, answer);
    const run = previous ? previous.then(decide) : decide();
    const release = () => {
      if (this.turns.get(streamId) === turn) this.turns.delete(streamId);
    };
    const turn: Promise<void> = run.then(release, release);
    this.turns.set(streamId, turn);
    return run;
  }

  private async decideAndAppend<C, E extends NewEvent, S, A extends CommandAnswer>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: (state: S) => NoInfer<C> | Promise<NoInfer<C>>,
    metadata: CommandMetadata,
    answer: (state: S, command: NoInfer<C>) => A,
  ): Promise<A & { position: number }> {
    const claim = metadata.idempotency;
    for (let attempt = 1; ; attempt++) {
      const remembered = claim && (await this.events.rememberedCommand(claim.scope, claim.key));
      if (claim && remembered) return replay<A>(claim, remembered);
      const { state, version } = await this.load(decider, streamId);
      const decided = await command(state);
      const events = decider.decide(decided, state);
      if (events.length === 0) return { ...answer(state, decided), position: await this.events.lastPosition() };
      const next = events.reduce(decider.evolve, state);
      const answered = answer(next, decided);
      try {
        const result = await this.events.append({
          streamId,
          expectedVersion: version,
          events,
          actor: metadata.actor,
          idempotency: claim && { ...claim, answer: answered },
        });
        // another request with the same key was recorded first
        if (claim && result.remembered) return replay<A>(claim, result.remembered);
        this.remember(streamId, { state: next, version: result.version });
        return { ...answered, position: result.position };
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

/** The first answer to a command sent again with its retry key, if the key came with the same request. */
function replay<A extends CommandAnswer>(
  claim: IdempotencyClaim,
  remembered: RememberedCommand,
): A & { position: number } {
  if (remembered.digest !== claim.digest) {
    throw new DomainError(
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used for a different request; send a new key with each new request',
    );
  }
  return { ...(remembered.answer as A), position: remembered.position };
}
