import { log } from '@tuijin/logging';
import type { CheckpointStore } from './ports/checkpoint-store';
import type { EventBus } from './ports/event-bus';
import type { EventStore, StoredEvent } from './ports/event-store';

/** Appended events held for publishing; beyond this the relay drops them and reads the log instead. */
const MAX_HELD = 10_000;

/**
 * Publishes the event log to the bus, in log order, from where it last got to.
 * The log is the outbox: nothing else publishes, so no event is published that
 * was not stored. The store tells the relay what each append stored; when that
 * follows on from where the relay is, it is published as told, and the log is read
 * only when woken (at start, or by a poll for other processes' appends) and to fill
 * a gap (another process appended in between, or the bus was down). The checkpoint
 * is saved at most every `saveEveryMs` and on stop, so a restarted relay re-sends
 * at most that much, which consumers skip.
 */
export class Relay {
  private position = 0;
  private saved = 0;
  private saving: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private pending = false;
  private stopped = false;
  /** Events the store said it appended, not yet published, in log order. */
  private held: StoredEvent[] = [];
  /** The log may hold events after `position` that the relay was not told about. */
  private logAhead = true;

  constructor(
    private readonly store: EventStore,
    private readonly bus: EventBus,
    private readonly checkpoints: CheckpointStore,
    private readonly name = 'relay',
    private readonly batchSize = 1000,
    private readonly retryMs = 1000,
    private readonly saveEveryMs = 1000,
  ) {}

  /**
   * Starts publishing after the checkpoint, or after `heldUpTo` when every subscriber is
   * known to hold the log that far already (the embedded projector, caught up from the log
   * itself): a log restored or copied without the relay's checkpoint is not sent again.
   */
  async start(heldUpTo = 0): Promise<void> {
    this.position = this.saved = await this.checkpoints.load(this.name);
    if (heldUpTo > this.position) {
      this.position = heldUpTo;
      this.saveSoon();
    }
    this.store.onAppended((events) => {
      if (this.held.length < MAX_HELD) this.held.push(...events);
      else this.logAhead = true;
      void this.publishPending().catch((error: unknown) => this.retryLater(error));
    });
    await this.wake();
  }

  /** Publishes everything appended so far, by this process or another; resolves when the bus has it all. */
  wake(): Promise<void> {
    this.logAhead = true;
    return this.publishPending();
  }

  private publishPending(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.pending = true;
      return this.running;
    }
    this.running = this.pump().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** A failed publish (the bus is down) is retried from the checkpoint; it never takes the process down. */
  private retryLater(error: unknown): void {
    if (this.stopped) return;
    log().error(
      { err: error, relay: this.name },
      `relay ${this.name}: publishing failed, retrying in ${this.retryMs} ms`,
    );
    setTimeout(() => void this.wake().catch((next: unknown) => this.retryLater(next)), this.retryMs).unref();
  }

  get publishedPosition(): number {
    return this.position;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.saving);
    await this.running;
    await this.saveCheckpoint();
  }

  private async pump(): Promise<void> {
    do {
      this.pending = false;
      for (;;) {
        const events = await this.nextBatch();
        if (events.length === 0 || this.stopped) break;
        await this.bus.publish(events).catch((error: unknown) => {
          this.logAhead = true; // what was taken from `held` is in the log: read it from there next time
          throw error;
        });
        this.position = events[events.length - 1].position;
        this.saveSoon();
      }
    } while (this.pending && !this.stopped);
  }

  /** The held events that follow on from `position`, or else the next events of the log if it may hold any. */
  private async nextBatch(): Promise<StoredEvent[]> {
    const held = this.held.filter((event) => event.position > this.position);
    let next = 0;
    while (next < held.length && next < this.batchSize && held[next].position === this.position + 1 + next) next += 1;
    if (next > 0) {
      this.held = held.slice(next);
      return held.slice(0, next);
    }
    // what is held does not follow on (or nothing is): the log has it all
    this.held = [];
    if (held.length === 0 && !this.logAhead) return [];
    const events = await this.store.readAll(this.position, this.batchSize);
    this.logAhead = events.length === this.batchSize;
    return events;
  }

  private saveSoon(): void {
    if (this.saving || this.stopped) return;
    this.saving = setTimeout(() => {
      this.saving = undefined;
      this.saveCheckpoint().catch((error: unknown) =>
        log().error({ err: error, relay: this.name }, `relay ${this.name}: saving the checkpoint failed`),
      );
    }, this.saveEveryMs);
    this.saving.unref();
  }

  private async saveCheckpoint(): Promise<void> {
    const position = this.position;
    if (position === this.saved) return;
    await this.checkpoints.save(this.name, position);
    this.saved = Math.max(this.saved, position);
  }
}
