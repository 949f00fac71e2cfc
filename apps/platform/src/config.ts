import { resolve } from 'path';

export interface PlatformConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Seed the demo districts on first start. */
  demo: boolean;
  /** Time zone in which "today" is reckoned for business dates. */
  timeZone: string;
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

/** Reads the platform's configuration from the environment; a bad value stops start-up with a clear message. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  return {
    port: port(env['PORT']),
    host: env['HOST'] ?? '127.0.0.1',
    dataDir: resolve(env['TUIJIN_DATA_DIR'] ?? './data'),
    demo: env['TUIJIN_DEMO'] !== '0',
    timeZone: timeZone(env['TUIJIN_TIMEZONE']),
  };
}

/** Today's date (YYYY-MM-DD) in the given time zone. */
export const todayIn = (zone: string, now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
