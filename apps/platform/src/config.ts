import { resolve } from 'path';
import { listFrom, portFrom, publishingFrom, timeZoneFrom, tokenTtlMinutesFrom } from '@tuijin/composition';
import type { PublishingSettings } from '@tuijin/graphql-api';

export interface PlatformConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Seed the demo districts on first start. */
  demo: boolean;
  /** Pins the demo's last month of reports (YYYY-MM); by default it is the month before the first start. */
  demoEndMonth?: string;
  /** Time zone in which "today" is reckoned for business dates. */
  timeZone: string;
  /** How long a login token lives. */
  tokenTtlSeconds: number;
  /** Browser origins that may call the API from another site. */
  corsOrigins: string[];
  /** The first admin's password; a random one is printed when unset. */
  adminPassword?: string;
  tokenSecret?: string;
  /** The OC4IDS prefix and the optional map tile layer. */
  publishing: PublishingSettings;
}

/** Reads the platform's configuration from the environment; a bad value stops start-up with a clear message. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  return {
    port: portFrom('PORT', env['PORT'], 3000),
    host: env['HOST'] ?? '127.0.0.1',
    dataDir: resolve(env['TUIJIN_DATA_DIR'] ?? './data'),
    demo: env['TUIJIN_DEMO'] !== '0',
    demoEndMonth: env['TUIJIN_DEMO_END_MONTH'] || undefined,
    timeZone: timeZoneFrom(env['TUIJIN_TIMEZONE']),
    tokenTtlSeconds: tokenTtlMinutesFrom(env['TUIJIN_TOKEN_TTL_MINUTES']) * 60,
    corsOrigins: listFrom(env['TUIJIN_CORS_ORIGINS']),
    adminPassword: env['TUIJIN_ADMIN_PASSWORD'] || undefined,
    tokenSecret: env['TUIJIN_TOKEN_SECRET'] || undefined,
    publishing: publishingFrom(env),
  };
}
