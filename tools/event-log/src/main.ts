import { fixtureFiles, readDigests, readFixture, replayDigest, writeDigests, writeFixture } from './event-log-fixture';
import { recordEventLog } from './record-event-log';

/**
 * `npm run fixture:events`: records today's event log (every event type) as a new fixture
 * beside the older ones, with the digest of the read models it replays to.
 * `npm run fixture:events -- --digests`: replays every fixture and writes the digests
 * again, for a read model changed on purpose (see docs/event-versions.md).
 */
async function main(): Promise<void> {
  const digests = readDigests();
  if (process.argv.includes('--digests')) {
    for (const file of fixtureFiles()) {
      const digest = await replayDigest(readFixture(file));
      console.log(`${file}: ${digests[file] === digest ? 'unchanged' : `${digests[file] ?? '(none)'} -> ${digest}`}`);
      digests[file] = digest;
    }
  } else {
    const file = `${new Date().toISOString().slice(0, 10)}.jsonl`;
    const events = await recordEventLog();
    writeFixture(file, events);
    digests[file] = await replayDigest(events);
    console.log(`Recorded ${events.length} events in ${file}; its read models' digest is ${digests[file]}`);
  }
  writeDigests(digests);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
