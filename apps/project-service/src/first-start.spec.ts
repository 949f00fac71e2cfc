import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { distributedConfigFromEnv } from '@tuijin/composition';
import { demoCalendarFor, generateDemo } from '@tuijin/demo-data';
import { prepareLog } from './first-start';
import { ProjectService } from './project-service';

const TODAY = '2026-01-31';

async function startService(): Promise<ProjectService> {
  const config = distributedConfigFromEnv({ TUIJIN_STORE: 'sqlite', TUIJIN_BUS: 'memory', PORT: '0' }, 3100);
  return ProjectService.start(config, mkdtempSync(join(tmpdir(), 'tuijin-ps-')));
}

const usersCreated = async (service: ProjectService) =>
  (await service.storage.store.readAll(0, 1e6)).filter((event) => event.type === 'UserCreated').length;

describe('the project-service on an empty event log', () => {
  it('seeds the demo and its accounts when asked, once', async () => {
    const service = await startService();
    try {
      const first = await prepareLog(service, { demo: true, today: TODAY });
      expect(first.generatedPassword).toMatch(/.{12,}/);
      expect(first.demo).toEqual({
        operations: generateDemo(demoCalendarFor(TODAY)).length,
        users: ['city', 'tongliang-admin', 'tongliang-reporter', 'tongliang-leader', 'analyst'],
      });
      expect(await usersCreated(service)).toBe(6);
      // the demo's events are recorded on the days they happened, from the set-up day on
      const events = await service.storage.store.readAll(0, 1e6);
      const district = events.find((event) => event.type === 'DistrictCreated');
      expect(district?.recordedAt).toBe('2024-12-01T01:00:00.000Z');
      const reports = events.filter((event) => event.type === 'MonthlyReportSubmitted');
      expect(
        reports.every((event) => event.recordedAt.slice(0, 10) === (event.data as { submittedOn: string }).submittedOn),
      ).toBe(true);
      const head = await service.storage.store.lastPosition();

      const again = await prepareLog(service, { demo: true, today: TODAY });
      expect(again).toEqual({ demo: undefined });
      expect(await service.storage.store.lastPosition()).toBe(head);
    } finally {
      await service.stop();
    }
  }, 60_000);

  it('creates only the city admin, with the configured password, when the demo is not asked for', async () => {
    const service = await startService();
    try {
      const first = await prepareLog(service, { adminPassword: 'Configured-2025', demo: false, today: TODAY });
      expect(first).toEqual({ position: 1, demo: undefined });
      expect(await service.storage.store.lastPosition()).toBe(1);
    } finally {
      await service.stop();
    }
  });
});
