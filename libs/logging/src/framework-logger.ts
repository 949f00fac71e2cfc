import { log, type Level } from './logger';

/**
 * NestJS's logger interface, written to the same JSON lines as everything else.
 * Nest's `log` level is its start-up chatter (modules loaded, routes mapped), which
 * an operator wants only when debugging.
 */
export const frameworkLogger = {
  log: (message: unknown, ...context: unknown[]) => write('debug', message, context),
  verbose: (message: unknown, ...context: unknown[]) => write('trace', message, context),
  debug: (message: unknown, ...context: unknown[]) => write('debug', message, context),
  warn: (message: unknown, ...context: unknown[]) => write('warn', message, context),
  // Nest passes (message, stack, context) for errors
  error: (message: unknown, ...context: unknown[]) => write('error', message, context),
  fatal: (message: unknown, ...context: unknown[]) => write('fatal', message, context),
};

function write(level: Level, message: unknown, context: unknown[]): void {
  const strings = context.filter((part): part is string => typeof part === 'string');
  const source = strings.length > 0 ? strings[strings.length - 1] : undefined;
  const stack = strings.length > 1 ? strings[0] : undefined;
  const fields = { ...(source ? { context: source } : {}), ...(stack ? { stack } : {}) };
  if (message instanceof Error) log()[level]({ ...fields, err: message }, message.message);
  else log()[level](fields, typeof message === 'string' ? message : JSON.stringify(message));
}
