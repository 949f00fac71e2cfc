import { APPLIED_VERSIONS, type EventStore, type ViewStore } from '@tuijin/application';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * For the first `FRESH` ms of a wait (more than the projectors usually take), the waiter
 * looks at most `SOON` ms apart, so a mutation answers soon after its change is readable;
 * later (the projectors lag behind) less and less often, down to once every `LATE` ms, so
 * that waiting mutations do not weigh on MongoDB.
 */
const FRESH = 100;
const SOON = 4;
const LATE = 50;

/**
 * Read-your-writes across processes: a mutation's answer waits until the projectors
 * have applied the event at the position its command returned. Streams are spread
 * over partitions, so "position n is applied" is asked of the one stream that holds
 * it: the read models have its stream at (at least) its version.
 */
export class StreamWaiter {
  constructor(
    private readonly store: EventStore,
    private readonly views: ViewStore,
    private readonly timeoutMs: number,
  ) {}

  async waitFor(position: number): Promise<void> {
    if (position <= 0) return;
    const [event] = await this.store.readAll(position - 1, 1);
    if (!event) throw new Error(`position ${position} is not in the event log`);
    const started = Date.now();
    const deadline = started + this.timeoutMs;
    for (let pause = 1; ; pause = Math.min(pause * 2, Date.now() - started < FRESH ? SOON : LATE)) {
      const applied = await this.views.get<{ id: string; version: number }>(APPLIED_VERSIONS, event.streamId);
      if ((applied?.version ?? 0) >= event.version) return;
      if (Date.now() > deadline) {
        throw new Error(`the read models did not include position ${position} within ${this.timeoutMs} ms`);
      }
      await sleep(pause);
    }
  }
}
