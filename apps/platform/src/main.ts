import { Logger } from '@nestjs/common';
import { DEMO_ACTOR, seedDemo } from '@tuijin/demo-data';
import { configFromEnv, todayIn } from './config';
import { EmbeddedRuntime } from './embedded-runtime';
import { createPlatformApp } from './platform-app';

async function main(): Promise<void> {
  const config = configFromEnv();
  const logger = new Logger('Tuijin');
  const runtime = new EmbeddedRuntime(config.dataDir, () => todayIn(config.timeZone));
  await runtime.start();
  if (config.demo && (await runtime.store.lastPosition()) === 0) {
    logger.log('Empty data directory: seeding the demo districts (one time)…');
    const { operations } = await seedDemo(runtime, DEMO_ACTOR);
    logger.log(`Demo data seeded: ${operations} commands, ${await runtime.store.lastPosition()} events`);
  }
  const app = await createPlatformApp(runtime, logger);
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  logger.log(`Data directory: ${config.dataDir} (${await runtime.store.lastPosition()} events)`);
  console.log(
    `\n  Tuijin 推进 is running at http://${shown}:${config.port}/  (GraphQL: http://${shown}:${config.port}/graphql)\n`,
  );
  const stop = async () => {
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Tuijin could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
