import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { EVENT_VERSIONS, Projector, type StoredEvent } from '@tuijin/application';
import { ALL_PROJECTIONS, describeReadModels } from '@tuijin/read-models';
import { MemoryViewStore } from '@tuijin/view-store-memory';

/**
 * Event logs as releases of the platform stored them, one JSON line per event, each
 * named after the day it was recorded, and the digest of the read models each replays to.
 */
export const FIXTURE_DIR = join(__dirname, '..', 'fixtures');
export const DIGESTS_FILE = join(FIXTURE_DIR, 'digests.json');

export const fixtureFiles = (): string[] =>
  readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();

/** The events of a fixture exactly as they were stored: in the shapes of the release that recorded them. */
export const readFixture = (file: string): StoredEvent[] =>
  readFileSync(join(FIXTURE_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as StoredEvent);

export const writeFixture = (file: string, events: StoredEvent[]): void =>
  writeFileSync(join(FIXTURE_DIR, file), events.map((event) => `${JSON.stringify(event)}\n`).join(''));

export const readDigests = (): Record<string, string> => JSON.parse(readFileSync(DIGESTS_FILE, 'utf8'));

export const writeDigests = (digests: Record<string, string>): void =>
  writeFileSync(DIGESTS_FILE, `${JSON.stringify(digests, null, 2)}\n`);

/** Upcasts a log to today's shapes, as every store does on reading, and projects it into fresh read models. */
export async function replayDigest(events: StoredEvent[]): Promise<string> {
  const views = new MemoryViewStore();
  const projector = new Projector(views, ALL_PROJECTIONS);
  await projector.start();
  await projector.handle(events.map((event) => EVENT_VERSIONS.upcast(event)));
  return (await describeReadModels(views, events.length)).digest;
}
