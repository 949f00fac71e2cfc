import { spawn } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import Database from 'better-sqlite3';
import { LOG_FILE, SqliteEventStore } from '@tuijin/event-store-sqlite';
import { INDEXED_FIELDS, rebuildReadModels, type RebuildReport } from '@tuijin/read-models';
import { MemoryViewStore } from '@tuijin/view-store-memory';
import { TestPlatform } from './testing/test-platform';

const ROOT = resolve(__dirname, '../../..');

/** Runs `npm run backup|restore -- FILE` as an operator would: its own process, configured by the environment. */
function runCli(
  command: 'backup' | 'restore',
  file: string,
  dataDir: string,
): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['-r', join(ROOT, 'tools/runtime/register.js'), join(ROOT, `apps/platform/src/${command}.ts`), file],
      { cwd: ROOT, env: { ...process.env, TUIJIN_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => done({ code: code ?? 1, output }));
  });
}

async function rebuildOf(logFile: string): Promise<RebuildReport> {
  const store = new SqliteEventStore(logFile);
  try {
    return await rebuildReadModels(store, new MemoryViewStore(INDEXED_FIELDS));
  } finally {
    await store.close();
  }
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('online backup and restore of the event log', () => {
  const work = () => mkdtempSync(join(tmpdir(), 'tuijin-backup-'));

  it('backs up a running platform under write load; the restored log rebuilds to the digest of the log at the backup position', async () => {
    const dir = work();
    const api = await TestPlatform.start(join(dir, 'live'));
    const { createDistrict } = await api.ok(
      `mutation { createDistrict(input: { code: "500151", name: "铜梁区" }) { id } }`,
    );
    let writing = true;
    let writes = 0;
    const writer = async (name: string) => {
      for (let i = 0; writing; i++) {
        await api.ok(`mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`, {
          input: { districtId: createDistrict.id, code: `${name}${i}`, name: `单位 ${name}${i}`, kind: 'DEPARTMENT' },
        });
        writes += 1;
      }
    };
    const writers = ['A', 'B', 'C'].map(writer);
    await until(() => writes >= 20);
    const beforeBackup = await api.runtime.store.lastPosition();
    const backupFile = join(dir, 'tuijin-backup.sqlite');
    const backup = await runCli('backup', backupFile, api.dataDir);
    const writesAfterBackup = writes;
    await until(() => writes >= writesAfterBackup + 20);
    writing = false;
    await Promise.all(writers);
    const atEnd = await api.runtime.store.lastPosition();
    await api.stop();

    expect(backup.output).toContain('Backed up the event log');
    expect(backup.code).toBe(0);
    const restoredDir = join(dir, 'restored');
    const restore = await runCli('restore', backupFile, restoredDir);
    expect(restore.code).toBe(0);
    const restored = await rebuildOf(join(restoredDir, LOG_FILE));
    // the platform wrote before, during and after the backup: the copy stands between
    expect(restored.events).toBeGreaterThan(beforeBackup);
    expect(restored.events).toBeLessThan(atEnd);
    expect(restore.output).toContain(`up to position ${restored.events}`);

    // the live log as it stood at the backup's position
    const prefix = join(dir, 'prefix.sqlite');
    copyFileSync(join(api.dataDir, LOG_FILE), prefix);
    const db = new Database(prefix);
    db.prepare('DELETE FROM events WHERE position > ?').run(restored.events);
    db.close();
    const expected = await rebuildOf(prefix);
    expect(restored.documents).toEqual(expected.documents);
    expect(restored.digest).toBe(expected.digest);
  }, 120_000);

  it('refuses to restore into a data directory that holds anything, and leaves it as it was', async () => {
    const dir = work();
    const api = await TestPlatform.start(join(dir, 'live'));
    await api.stop();
    const backupFile = join(dir, 'backup.sqlite');
    expect((await runCli('backup', backupFile, api.dataDir)).code).toBe(0);
    const occupied = join(dir, 'occupied');
    mkdirSync(occupied);
    writeFileSync(join(occupied, 'token-secret'), 'kept');

    const restore = await runCli('restore', backupFile, occupied);
    expect(restore.code).toBe(1);
    expect(restore.output).toContain(`The data directory ${occupied} is not empty`);
    expect(readdirSync(occupied)).toEqual(['token-secret']);
  }, 60_000);

  it('refuses a file that is not a Tuijin event log, and restores nothing', async () => {
    const dir = work();
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'these are not events\n'.repeat(100));
    const otherDatabase = join(dir, 'other.sqlite');
    const db = new Database(otherDatabase);
    db.exec('CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)');
    db.close();

    for (const file of [text, otherDatabase]) {
      const target = join(dir, `restored-${readdirSync(dir).length}`);
      const restore = await runCli('restore', file, target);
      expect(restore.code).toBe(1);
      expect(restore.output).toContain(`${file} is not a Tuijin event log`);
      expect(existsSync(target)).toBe(false);
    }
  }, 60_000);
});
