import { CITY_ADMIN_USERNAME, distributedConfigFromEnv, todayIn } from '@tuijin/composition';
import { DEMO_PASSWORD } from '@tuijin/demo-data';
import { startLogging } from '@tuijin/logging';
import { prepareLog } from './first-start';
import { ProjectService } from './project-service';

const log = startLogging('project-service');

/** `node dist/apps/project-service/main.js`, configured by the environment only. */
async function main(): Promise<void> {
  const config = distributedConfigFromEnv(process.env, 3100);
  const service = await ProjectService.start(config, process.env['TUIJIN_DATA_DIR']);
  const { position, generatedPassword, demo } = await prepareLog(service, {
    adminPassword: process.env['TUIJIN_ADMIN_PASSWORD'] || undefined,
    demo: process.env['TUIJIN_DEMO'] === '1',
    demoEndMonth: process.env['TUIJIN_DEMO_END_MONTH'] || undefined,
    today: todayIn(config.timeZone),
  });
  if (position !== undefined) {
    const shown = generatedPassword ?? 'TUIJIN_ADMIN_PASSWORD';
    // the one secret ever written out, once, by design: nobody could sign in otherwise
    log.warn(`First start: the city admin is "${CITY_ADMIN_USERNAME}" with password ${shown}`);
  }
  if (demo) {
    log.info({ operations: demo.operations }, `Demo data seeded: ${demo.operations} commands`);
    log.info({ users: demo.users }, `Demo accounts (demo only, password "${DEMO_PASSWORD}"): ${demo.users.join(', ')}`);
  }
  log.info(
    { host: config.host, port: config.port, store: config.store, bus: config.bus },
    `Tuijin project-service listening on ${config.host}:${config.port} (store ${config.store}, bus ${config.bus})`,
  );
  const stop = async () => {
    await service.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  log.fatal(
    { err: error },
    `project-service could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
