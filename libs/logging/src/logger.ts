import { AsyncLocalStorage } from 'async_hooks';
import pino, { type DestinationStream, type Level, type LevelWithSilent, type Logger } from 'pino';

const LEVELS: LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const FORMATS = ['json', 'pretty'] as const;
type LogFormat = (typeof FORMATS)[number];

/** `TUIJIN_LOG_LEVEL`: `info` unless set; a level pino does not know stops start-up with a clear message. */
export function logLevelFrom(value: string | undefined): LevelWithSilent {
  if (value === undefined || value === '') return 'info';
  if (!(LEVELS as string[]).includes(value)) {
    throw new Error(`TUIJIN_LOG_LEVEL must be one of ${LEVELS.join(', ')}, got "${value}"`);
  }
  return value as LevelWithSilent;
}

/** `TUIJIN_LOG_FORMAT`: JSON lines, unless a person watches the terminal (or `pretty` is asked for). */
export function logFormatFrom(value: string | undefined, tty: boolean): LogFormat {
  if (value === undefined || value === '') return tty ? 'pretty' : 'json';
  if (!(FORMATS as readonly string[]).includes(value)) {
    throw new Error(`TUIJIN_LOG_FORMAT must be json or pretty, got "${value}"`);
  }
  return value as LogFormat;
}

/**
 * Whatever a caller passes by mistake, these never reach a log line: passwords, login
 * tokens, the token key and the Authorization header are replaced before writing.
 */
const SECRET_KEYS = ['password', 'currentPassword', 'newPassword', 'token', 'tokenSecret', 'authorization'];
const REDACT_PATHS = [...SECRET_KEYS, ...SECRET_KEYS.map((key) => `*.${key}`), 'req.headers.authorization'];

export interface LoggingOptions {
  /** Names the service on every line: `platform`, `gateway-api`, `project-service`, … */
  service: string;
  env?: NodeJS.ProcessEnv;
  /** Where lines go (stdout by default); tests capture them here. */
  destination?: DestinationStream;
}

function createLogger({ service, env = process.env, destination }: LoggingOptions): Logger {
  const options = {
    level: logLevelFrom(env['TUIJIN_LOG_LEVEL']),
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  if (destination) return pino(options, destination);
  if (logFormatFrom(env['TUIJIN_LOG_FORMAT'], process.stdout.isTTY === true) === 'json') {
    return pino(options, pino.destination({ dest: 1, sync: true }));
  }
  // loaded only for a terminal: it formats each line for reading, in this thread
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  return pino(
    options,
    pretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service' }),
  );
}

/** Until a service configures it (and in tests): JSON lines at TUIJIN_LOG_LEVEL, or `info` if that is not a level. */
let root: Logger = pino({ level: LEVELS.find((level) => level === process.env['TUIJIN_LOG_LEVEL']) ?? 'info' });

/** Sets up the process's logger; each service calls it first thing, with its name. A bad setting throws. */
export function configureLogging(options: LoggingOptions): Logger {
  root = createLogger(options);
  return root;
}

/** `configureLogging` for a service's entry point: a bad setting ends the process with a plain message. */
export function startLogging(service: string): Logger {
  try {
    return configureLogging({ service });
  } catch (error) {
    process.stderr.write(`${service} could not start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

/** What one request's log line says besides method, path, status and duration. */
export type RequestFields = Record<string, unknown>;

interface RequestScope {
  id: string;
  /** Made the first time the request logs a line of its own: most requests log none. */
  logger?: Logger;
  fields: RequestFields;
}

const requests = new AsyncLocalStorage<RequestScope>();

/** The logger to use here: within a request, its lines carry the request id. */
export function log(): Logger {
  const scope = requests.getStore();
  if (!scope) return root;
  return (scope.logger ??= root.child({ requestId: scope.id }));
}

/** The id of the request being served, to pass on to the services it calls. */
export function currentRequestId(): string | undefined {
  return requests.getStore()?.id;
}

/** Adds what the request turned out to be (who asked, which operation, how it ended) to its log line. */
export function annotateRequest(fields: RequestFields): void {
  const scope = requests.getStore();
  if (scope) Object.assign(scope.fields, fields);
}

/** Runs the rest of a request with its id, logger and fields in scope. */
export function inRequestScope<T>(scope: RequestScope, body: () => T): T {
  return requests.run(scope, body);
}

export const rootLogger = (): Logger => root;
export type { Level, Logger };
