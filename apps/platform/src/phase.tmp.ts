const t0 = performance.now();
import { EmbeddedRuntime } from './embedded-runtime';
import { TEST_PUBLISHING, TEST_SECURITY } from './testing/test-platform';
const t1 = performance.now();
(async () => {
  const r = new EmbeddedRuntime('/tmp/sdir', () => '2026-01-01', TEST_SECURITY, TEST_PUBLISHING);
  const t2 = performance.now();
  const o = await r.start();
  const t3 = performance.now();
  console.log({ load: t1 - t0, construct: t2 - t1, start: t3 - t2, o, rss: process.memoryUsage().rss / 1048576 });
  await r.close();
})();
