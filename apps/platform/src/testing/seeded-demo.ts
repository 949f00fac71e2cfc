import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DEMO_ACTOR, demoCalendarFor, seedDemo } from '@tuijin/demo-data';
import { EmbeddedRuntime } from '../embedded-runtime';
import { TEST_SECURITY } from './test-platform';

/** The demo at half scale as `npm start` seeds it on `today`, each event recorded on its day, every event projected. */
export async function seededDemo(today: string): Promise<EmbeddedRuntime> {
  const runtime = new EmbeddedRuntime(mkdtempSync(join(tmpdir(), 'tuijin-demo-')), () => today, TEST_SECURITY);
  await runtime.start();
  await seedDemo(runtime.commands, DEMO_ACTOR, { ...demoCalendarFor(today), scale: 0.5 }, runtime.recording);
  await runtime.waitFor(await runtime.store.lastPosition());
  return runtime;
}
