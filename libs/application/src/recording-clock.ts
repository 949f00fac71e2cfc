/**
 * The clock an event store stamps `recordedAt` with: the real time, except while a loading path that
 * no API reaches (the demo seed) records what happened on days past at instants of those days, so
 * that "as known at" a past instant shows what was known then.
 */
export class RecordingClock {
  private instant?: Date;

  readonly now = (): Date => this.instant ?? new Date();

  /** Runs `work` with every append it makes recorded at `instant`; the real time again afterwards. */
  async recordingAt<T>(instant: Date, work: () => Promise<T>): Promise<T> {
    if (instant.getTime() > Date.now())
      throw new RangeError(`cannot record at ${instant.toISOString()}: it is in the future`);
    this.instant = instant;
    try {
      return await work();
    } finally {
      this.instant = undefined;
    }
  }
}
