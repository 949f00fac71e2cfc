import { resolve } from 'path';

export interface PlatformConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Seed the demo districts on first start. */
  demo: boolean;
  /** Time zone in which "today" is reckoned for business dates. */
  timeZone: string;
  /** How long a login token lives. */
  tokenTtlSeconds: number;
  /** Browser origins that may call the API from another site. */
  corsOrigins: string[];
  /** The first admin's password; a random one is printed when unset. */
  adminPassword?: string;
  tokenSecret?: string;
}

function port(value: string | undefined): number {
  const parsed = Number(value ?? 3000);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535)
    throw new Error(`PORT must be a port number, got "${value}"`);
  return parsed;
}

function timeZone(value: string | undefined): string {
  const zone = value ?? 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new Error(`TUIJIN_TIMEZONE must be an IANA time zone such as Asia/Shanghai, got "${zone}"`);
  }
  return zone;
}

function tokenTtlMinutes(value: string | undefined): number {
  const minutes = Number(value ?? 480);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 7 * 24 * 60) {
    throw new Error(`TUIJIN_TOKEN_TTL_MINUTES must be a whole number of minutes from 5 to 10080, got "${value}"`);
  }
  return minutes;
}

/** Reads the platform's configuration from the environment; a bad value stops start-up with a clear message. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  return {
    port: port(env['PORT']),
    host: env['HOST'] ?? '127.0.0.1',
    dataDir: resolve(env['TUIJIN_DATA_DIR'] ?? './data'),
    demo: env['TUIJIN_DEMO'] !== '0',
    timeZone: timeZone(env['TUIJIN_TIMEZONE']),
    tokenTtlSeconds: tokenTtlMinutes(env['TUIJIN_TOKEN_TTL_MINUTES']) * 60,
    corsOrigins: (env['TUIJIN_CORS_ORIGINS'] ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    adminPassword: env['TUIJIN_ADMIN_PASSWORD'] || undefined,
    tokenSecret: env['TUIJIN_TOKEN_SECRET'] || undefined,
  };
}

/** Today's date (YYYY-MM-DD) in the given time zone. */
export const todayIn = (zone: string, now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
