import { CITY_ADMIN_USERNAME, distributedConfigFromEnv, todayIn } from '@tuijin/composition';
import { DEMO_PASSWORD } from '@tuijin/demo-data';
import { prepareLog } from './first-start';
import { ProjectService } from './project-service';

/** `node -r ./tools/runtime/register.js apps/project-service/src/main.ts`, configured by the environment only. */
async function main(): Promise<void> {
  const config = distributedConfigFromEnv(process.env, 3100);
  const service = await ProjectService.start(config, process.env['TUIJIN_DATA_DIR']);
  const { position, generatedPassword, demo } = await prepareLog(service, {
    adminPassword: process.env['TUIJIN_ADMIN_PASSWORD'] || undefined,
    demo: process.env['TUIJIN_DEMO'] === '1',
    today: todayIn(config.timeZone),
  });
  if (position !== undefined) {
    const shown = generatedPassword ?? 'TUIJIN_ADMIN_PASSWORD';
    console.log(`First start: the city admin is "${CITY_ADMIN_USERNAME}" with password ${shown}`);
  }
  if (demo) {
    console.log(`Demo data seeded: ${demo.operations} commands`);
    console.log(`Demo accounts (demo only, password "${DEMO_PASSWORD}"): ${demo.users.join(', ')}`);
  }
  console.log(
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
  console.error(`project-service could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
