import { REFERENCE_END_MONTH, seedDemo } from '@tuijin/demo-data';
import { cachedLog } from './cached-log';

/** The demo at a benchmark scale as an event log, written once through the ordinary command handlers. */
export const demoLog = (scale: number): Promise<string> =>
  cachedLog(`demo-scale-${scale}`, async (commands) => {
    await seedDemo(
      commands,
      undefined,
      // a fixed calendar, so runs on different days compare
      { scale, endMonth: REFERENCE_END_MONTH },
    );
  });
