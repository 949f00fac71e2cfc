import { ensureCityAdmin, SYSTEM_ACTOR } from '@tuijin/composition';
import { DEMO_ACTOR, demoCalendarFor, seedDemo, seedDemoMaps, seedDemoUsers } from '@tuijin/demo-data';
import type { ProjectService } from './project-service';

export interface FirstStartOptions {
  /** The city admin's password; without it a random one is made and returned once. */
  adminPassword?: string;
  /** Seed the demo districts and accounts into an empty log. */
  demo: boolean;
  /** Pins the demo's last month of reports (YYYY-MM); by default it is the month before `today`. */
  demoEndMonth?: string;
  today: string;
}

/**
 * What an empty event log gets on first start: the city admin, and the demo when asked
 * for. Only the project-service writes the log, so it is the one to do it.
 */
export async function prepareLog(service: ProjectService, options: FirstStartOptions) {
  const empty = (await service.storage.store.lastPosition()) === 0;
  const admin = await ensureCityAdmin(
    { commands: service.commands, store: service.storage.store },
    options.adminPassword,
    options.today,
  );
  if (!empty || !options.demo) return { ...admin, demo: undefined };
  const calendar = demoCalendarFor(options.today, options.demoEndMonth);
  const { operations } = await seedDemo(service.commands, DEMO_ACTOR, calendar, service.storage.recording);
  await seedDemoMaps(service.commands, { actor: DEMO_ACTOR, today: options.today });
  const users = await seedDemoUsers(service.commands, { actor: SYSTEM_ACTOR, today: options.today }, calendar);
  return { ...admin, demo: { operations, users } };
}
