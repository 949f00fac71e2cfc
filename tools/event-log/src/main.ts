import { fixtureFiles, readDigests, readFixture, replayDigests, writeDigests, writeFixture } from './event-log-fixture';
import { READ_MODEL_VERSION } from '@tuijin/read-models';
import { recordEventLog } from './record-event-log';

/**
 * `npm run fixture:events`: records today's event log (every event type) as a new fixture
 * beside the older ones, with the digests of the read models and aggregates it replays to.
 * `npm run fixture:events -- --digests`: replays every fixture and writes the digests
 * again, for a read model or an aggregate's state changed on purpose (see docs/event-versions.md); a read
 * model changed on purpose also raises READ_MODEL_VERSION, or the digests are not written.
 */
async function main(): Promise<void> {
  const digests = readDigests();
  if (process.argv.includes('--digests')) {
    for (const file of fixtureFiles()) {
      const replayed = await replayDigests(readFixture(file));
      const recorded = digests[file];
      if (recorded && recorded.readModels !== replayed.readModels && recorded.readModelVersion === READ_MODEL_VERSION) {
        throw new Error(
          `${file} replays to other read models than recorded under read-model version ${READ_MODEL_VERSION}: raise ` +
            'READ_MODEL_VERSION (libs/read-models/src/read-model-version.ts), so that no snapshot of the former read models is used',
        );
      }
      const [before, after] = [JSON.stringify(recorded ?? null), JSON.stringify(replayed)];
      console.log(`${file}: ${before === after ? 'unchanged' : `${before} -> ${after}`}`);
      digests[file] = replayed;
    }
  } else {
    const file = `${new Date().toISOString().slice(0, 10)}.jsonl`;
    const events = await recordEventLog();
    writeFixture(file, events);
    digests[file] = await replayDigests(events);
    console.log(`Recorded ${events.length} events in ${file}, replaying to ${JSON.stringify(digests[file])}`);
  }
  writeDigests(digests);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
