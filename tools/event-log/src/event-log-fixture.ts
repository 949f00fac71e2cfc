import { createHash } from 'crypto';
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { EVENT_VERSIONS, Projector, type StoredEvent } from '@tuijin/application';
import { userDecider } from '@tuijin/domain-accounts';
import { ruleBookDecider } from '@tuijin/domain-assessment';
import { bulletinBookDecider } from '@tuijin/domain-bulletins';
import type { Decider } from '@tuijin/domain-kernel';
import {
  districtDecider,
  districtMapDecider,
  ledgerImportBookDecider,
  openDataPublicationDecider,
  unitDecider,
} from '@tuijin/domain-organization';
import { projectDecider } from '@tuijin/domain-projects';
import { ALL_PROJECTIONS, describeReadModels, READ_MODEL_VERSION } from '@tuijin/read-models';
import { MemoryViewStore } from '@tuijin/view-store-memory';

/**
 * Event logs as releases of the platform stored them, one JSON line per event, each
 * named after the day it was recorded, and the digests of what each replays to.
 */
export const FIXTURE_DIR = join(__dirname, '..', 'fixtures');
export const DIGESTS_FILE = join(FIXTURE_DIR, 'digests.json');

/** What a log replays to: its read models (the digest `npm run rebuild` prints) and its aggregates' states. */
export interface ReplayDigests {
  readModels: string;
  aggregates: string;
  /** The read models' version that replayed to `readModels`: a snapshot is trusted only by the same version. */
  readModelVersion: number;
}

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

export const readDigests = (): Record<string, ReplayDigests> => JSON.parse(readFileSync(DIGESTS_FILE, 'utf8'));

export const writeDigests = (digests: Record<string, ReplayDigests>): void =>
  writeFileSync(DIGESTS_FILE, `${JSON.stringify(digests, null, 2)}\n`);

type Folding = Pick<Decider<never, never, unknown>, 'initialState' | 'evolve'>;

/** Each aggregate's decider, by the kind of stream it lives in (the prefix `streamOf` gives its ids). */
const DECIDERS: Record<string, Folding> = {
  district: districtDecider,
  unit: unitDecider,
  project: projectDecider,
  rulebook: ruleBookDecider,
  user: userDecider,
  districtmap: districtMapDecider,
  opendata: openDataPublicationDecider,
  bulletins: bulletinBookDecider,
  ledgerimports: ledgerImportBookDecider,
};

/** Every stream folded by its decider, as loading the aggregate for a command does. */
function aggregatesDigest(events: StoredEvent[]): string {
  const states = new Map<string, unknown>();
  for (const { streamId, type, occurredOn, data } of events) {
    const kind = streamId.slice(0, streamId.indexOf('-'));
    const decider = DECIDERS[kind];
    if (!decider) throw new Error(`No decider folds the ${kind} stream ${streamId}: add it to DECIDERS`);
    const state = states.has(streamId) ? states.get(streamId) : decider.initialState;
    states.set(streamId, decider.evolve(state as never, { type, occurredOn, data } as never));
  }
  const hash = createHash('sha256');
  for (const streamId of [...states.keys()].sort()) hash.update(`${streamId}${JSON.stringify(states.get(streamId))}`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * Upcasts a log to today's shapes, as every store does on reading, projects it into fresh
 * read models and folds each of its streams by its decider.
 */
export async function replayDigests(stored: StoredEvent[]): Promise<ReplayDigests> {
  const events = stored.map((event) => EVENT_VERSIONS.upcast(event));
  const views = new MemoryViewStore();
  const projector = new Projector(views, ALL_PROJECTIONS);
  await projector.start();
  await projector.handle(events);
  return {
    readModels: (await describeReadModels(views, events.length)).digest,
    aggregates: aggregatesDigest(events),
    readModelVersion: READ_MODEL_VERSION,
  };
}
