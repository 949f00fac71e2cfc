import { EVENT_UPCASTERS } from '@tuijin/application';
import { fixtureFiles, readDigests, readFixture, replayDigests } from './event-log-fixture';

/**
 * Logs stored by earlier releases must replay, in every later release, into the same read
 * models and aggregate states: a changed event shape needs an upcaster (docs/event-versions.md).
 */
describe('event logs recorded by earlier releases', () => {
  const digests = readDigests();
  const files = fixtureFiles();

  it('each have their checked-in digest', () => {
    expect(Object.keys(digests).sort()).toEqual(files);
  });

  it.each(files)('%s replays, upcast to today’s shapes, to its checked-in digests', async (file) => {
    const replayed = await replayDigests(readFixture(file));
    for (const [what, digest] of Object.entries(replayed) as [keyof typeof replayed, string][]) {
      if (digest !== digests[file][what]) {
        throw new Error(
          `${file} now replays to ${what} with digest ${digest}, not ${digests[file][what]}: an event's shape changed ` +
            'without an upcaster, or a projection or decider changed (on purpose? then `npm run fixture:events -- --digests`); ' +
            'see docs/event-versions.md',
        );
      }
    }
  });

  it('the latest holds an event of every type the platform stores', () => {
    const latest = files[files.length - 1];
    const recorded = new Set(readFixture(latest).map((event) => event.type));
    const missing = Object.keys(EVENT_UPCASTERS).filter((type) => !recorded.has(type));
    if (missing.length > 0) {
      throw new Error(
        `${latest} has no ${missing.join(', ')} event: record a new fixture with \`npm run fixture:events\` ` +
          '(add a command for a type the demo does not produce to tools/event-log/src/record-event-log.ts)',
      );
    }
  });
});
