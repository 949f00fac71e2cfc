import { randomUUID } from 'crypto';
import type { IncomingMessage, ServerResponse } from 'http';
import { inRequestScope, rootLogger, type Level, type RequestFields } from './logger';

export const REQUEST_ID_HEADER = 'x-request-id';

/** An incoming request id is kept when it looks like one (a proxy's or the calling service's); anything else is replaced. */
const SANE_REQUEST_ID = /^[\w.:-]{8,128}$/;

const pathOf = (req: IncomingMessage): string =>
  ((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0];

/**
 * API calls and failures are worth a line; a successful page, asset, health or metrics read
 * only when debugging. A request whose client went away before its answer was sent is a warning.
 */
function levelOf(req: IncomingMessage, res: ServerResponse, aborted: boolean): Level {
  if (res.statusCode >= 500) return 'error';
  if (res.statusCode >= 400 || aborted) return 'warn';
  return req.method === 'GET' || req.method === 'HEAD' ? 'debug' : 'info';
}

/**
 * Express middleware that logs one JSON line per request when its response is sent:
 * request id, method, path (never the query string or body, where secrets travel),
 * status, duration, and what the request was annotated with on the way (who asked,
 * which operation, how it ended). The id comes from `X-Request-Id` when the caller
 * sent a sane one, is returned in the same header, and is on every line logged
 * while the request is served.
 *
 * Written on pino directly rather than with pino-http: that made two child loggers per
 * request and serialised the whole incoming request for one of them, which cost more CPU
 * than the GraphQL request it logged (see docs/benchmarks.md).
 */
export function requestLogging() {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const started = performance.now();
    const incoming = req.headers[REQUEST_ID_HEADER];
    const id = typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', id);
    const fields: RequestFields = {};
    // `close` also comes when the client goes away before the answer is sent
    res.once('close', () => {
      const aborted = !res.writableFinished;
      const level = levelOf(req, res, aborted);
      const logger = rootLogger();
      if (!logger.isLevelEnabled(level)) return;
      const line = `${req.method} ${pathOf(req)} ${res.statusCode}`;
      logger[level](
        {
          requestId: id,
          method: req.method,
          path: pathOf(req),
          ...fields,
          res: { status: res.statusCode },
          durationMs: Math.round(performance.now() - started),
          ...(aborted ? { aborted } : {}),
        },
        line,
      );
    });
    inRequestScope({ id, fields }, next);
  };
}
