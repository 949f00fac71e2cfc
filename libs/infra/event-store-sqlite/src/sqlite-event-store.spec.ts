import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runEventStoreContract } from '@tuijin/testing';
import { SqliteEventStore } from './sqlite-event-store';

runEventStoreContract('SQLite', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tuijin-events-')), 'events.sqlite');
  return { store: new SqliteEventStore(file), openAnother: async () => new SqliteEventStore(file) };
});

describe('SQLite event store', () => {
  it('keeps every event and checkpoint across a reopen of the file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tuijin-events-')), 'events.sqlite');
    const first = new SqliteEventStore(file);
    const actor = { userId: 'u', role: 'DISTRICT_ADMIN' };
    await first.append({
      streamId: 's',
      expectedVersion: 0,
      events: [{ type: 'A', occurredOn: '2025-01-01', data: {} }],
      actor,
    });
    await first.save('relay', 1);
    await first.close();
    const reopened = new SqliteEventStore(file);
    expect(await reopened.readStream('s')).toHaveLength(1);
    expect(await reopened.load('relay')).toBe(1);
    await reopened.append({
      streamId: 's',
      expectedVersion: 1,
      events: [{ type: 'B', occurredOn: '2025-01-02', data: {} }],
      actor,
    });
    expect(await reopened.lastPosition()).toBe(2);
    await reopened.close();
  });
});
