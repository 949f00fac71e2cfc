import { APPLIED_VERSIONS, type EventStore, type ViewStore } from '@tuijin/application';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
    const deadline = Date.now() + this.timeoutMs;
    for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
      const applied = await this.views.get<{ id: string; version: number }>(APPLIED_VERSIONS, event.streamId);
      if ((applied?.version ?? 0) >= event.version) return;
      if (Date.now() > deadline) {
        throw new Error(`the read models did not include position ${position} within ${this.timeoutMs} ms`);
      }
      await sleep(pause);
    }
  }
}
