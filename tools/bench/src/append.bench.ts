import Database from 'better-sqlite3';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SqliteEventStore } from '@tuijin/event-store-sqlite';
import { compare, rate, ratioAtLeast, round, type Comparison } from './measure';

const COUNT = 50_000;
const STREAMS = 5_000;
const actor = { userId: 'bench', role: 'UNIT_REPORTER' };
const data = (i: number) => ({
  month: '2025-06',
  investment: i % 1000,
  progressPercent: 40,
  submittedOn: '2025-07-03',
});

/** Appends through the event-store API, one event per commit, against raw better-sqlite3 inserts of the same rows. */
export async function appendBenchmark(): Promise<Comparison> {
  const dir = mkdtempSync(join(tmpdir(), 'tuijin-bench-append-'));

  const raw = new Database(join(dir, 'raw.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY, stream_id TEXT NOT NULL, version INTEGER NOT NULL,
    type TEXT NOT NULL, occurred_on TEXT NOT NULL, recorded_at TEXT NOT NULL, actor TEXT NOT NULL, data TEXT NOT NULL,
    UNIQUE (stream_id, version))`);
  const insert = raw.prepare(
    'INSERT INTO events (stream_id, version, type, occurred_on, recorded_at, actor, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const rawRate = await rate(COUNT, (i) =>
    insert.run(
      `project-${i % STREAMS}`,
      Math.floor(i / STREAMS) + 1,
      'MonthlyReportSubmitted',
      '2025-07-03',
      new Date().toISOString(),
      JSON.stringify(actor),
      JSON.stringify(data(i)),
    ),
  );
  raw.close();

  const store = new SqliteEventStore(join(dir, 'store.sqlite'));
  const storeRate = await rate(COUNT, (i) =>
    store.append({
      streamId: `project-${i % STREAMS}`,
      expectedVersion: Math.floor(i / STREAMS),
      events: [{ type: 'MonthlyReportSubmitted', occurredOn: '2025-07-03', data: data(i) }],
      actor,
    }),
  );
  await store.close();

  return compare({
    name: 'Event store appends (SQLite, 1 event per commit)',
    unit: 'events/s',
    value: round(storeRate),
    baselineName: 'raw better-sqlite3 INSERT of the same rows',
    baseline: round(rawRate),
    target: ratioAtLeast(storeRate / rawRate, 0.8),
    notes: `${COUNT} appends over ${STREAMS} streams, WAL journal, synchronous=NORMAL for both`,
  });
}
