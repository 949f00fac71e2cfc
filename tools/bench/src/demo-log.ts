import { existsSync, mkdirSync, renameSync, rmSync } from 'fs';
import { join, resolve } from 'path';
import { AggregateRepository, AssessmentCommands, OrganizationCommands, ProjectCommands } from '@tuijin/application';
import { seedDemo } from '@tuijin/demo-data';
import { SqliteEventStore } from '@tuijin/event-store-sqlite';

const CACHE = resolve(__dirname, '../../../tmp/bench');

/** Builds (once, then reuses) an event log of the demo at a benchmark scale, through the ordinary command handlers. */
export async function demoLog(scale: number): Promise<string> {
  const file = join(CACHE, `demo-scale-${scale}.sqlite`);
  if (existsSync(file)) return file;
  mkdirSync(CACHE, { recursive: true });
  const building = `${file}.building`;
  rmSync(building, { force: true });
  const store = new SqliteEventStore(building);
  const aggregates = new AggregateRepository(store);
  const organization = new OrganizationCommands(aggregates);
  const targets = {
    organization,
    projects: new ProjectCommands(aggregates, organization),
    assessment: new AssessmentCommands(aggregates, organization),
  };
  console.error(`generating the scale-${scale} demo log (once; cached in ${CACHE})…`);
  await seedDemo(targets, undefined, { scale });
  await store.close();
  renameSync(building, file);
  return file;
}
