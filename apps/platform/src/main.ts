import type { AddressInfo } from 'net';
import { DEMO_ACTOR, DEMO_PASSWORD, demoCalendarFor, seedDemo, seedDemoMaps, seedDemoUsers } from '@tuijin/demo-data';
import { frameworkLogger, startLogging } from '@tuijin/logging';
import { configFromEnv } from './config';
import { EmbeddedRuntime } from './embedded-runtime';
import { CITY_ADMIN_USERNAME, SYSTEM_ACTOR, todayIn } from '@tuijin/composition';
import { ensureAdmin } from './first-start';
import { createPlatformApp } from './platform-app';
import { tokenSecret } from './secrets';

const log = startLogging('platform');

async function main(): Promise<void> {
  const config = configFromEnv();
  const security = {
    tokenSecret: tokenSecret(config.dataDir, config.tokenSecret),
    tokenTtlSeconds: config.tokenTtlSeconds,
    corsOrigins: config.corsOrigins,
  };
  const runtime = new EmbeddedRuntime(config.dataDir, () => todayIn(config.timeZone), security, config.publishing);
  const readModels = await runtime.start();
  if (readModels.kept)
    log.info(
      { readModels: readModels.position, checked: readModels.checked },
      `Read models kept from event ${readModels.position} (${readModels.checked === 'sealed' ? 'sealed by the last stop' : 'every document checked'}), later events applied`,
    );
  else log.info({ readModels: readModels.reason }, `Read models rebuilt from the event log (${readModels.reason})`);
  const firstStart = (await runtime.store.lastPosition()) === 0;
  const { generatedPassword } = await ensureAdmin(runtime, config.adminPassword);
  if (firstStart && config.demo) {
    log.info('Empty data directory: seeding the demo districts (one time)…');
    const calendar = demoCalendarFor(runtime.today(), config.demoEndMonth);
    log.info(calendar, `The demo's reports end with ${calendar.endMonth}`);
    const { operations } = await seedDemo(runtime.commands, DEMO_ACTOR, calendar, runtime.recording);
    await seedDemoMaps(runtime.commands, { actor: DEMO_ACTOR, today: runtime.today() });
    const users = await seedDemoUsers(runtime.commands, { actor: SYSTEM_ACTOR, today: runtime.today() }, calendar);
    await runtime.waitFor(await runtime.store.lastPosition());
    const events = await runtime.store.lastPosition();
    log.info({ operations, events }, `Demo data seeded: ${operations} commands, ${events} events`);
    log.info({ users }, `Demo accounts (demo only, password "${DEMO_PASSWORD}"): ${users.join(', ')}`);
  }
  const app = await createPlatformApp(runtime, frameworkLogger);
  await app.listen(config.port, config.host);
  // PORT=0 asks for any free port: show the one actually taken
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const events = await runtime.store.lastPosition();
  log.info({ dataDir: config.dataDir, events }, `Data directory: ${config.dataDir} (${events} events)`);
  if (generatedPassword) {
    // the one secret ever written out, once, by design: nobody could sign in otherwise
    log.warn(
      `First start: the city admin is "${CITY_ADMIN_USERNAME}" with password ${generatedPassword}. ` +
        'It is shown only this once; set TUIJIN_ADMIN_PASSWORD to choose it instead.',
    );
  }
  const url = `http://${shown}:${port}/`;
  log.info({ url }, `Tuijin 推进 is running at ${url}  (GraphQL: ${url}graphql)`);
  // the one way out on a signal: the server stops taking requests, then the runtime closes its files
  const stop = async () => {
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, `Tuijin could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
