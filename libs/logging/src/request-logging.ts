import { randomUUID } from 'crypto';
import type { IncomingMessage, ServerResponse } from 'http';
import pinoHttp from 'pino-http';
import { inRequestScope, rootLogger, type Level, type RequestFields } from './logger';

export const REQUEST_ID_HEADER = 'x-request-id';

/** An incoming request id is kept when it looks like one (a proxy's or the calling service's); anything else is replaced. */
const SANE_REQUEST_ID = /^[\w.:-]{8,128}$/;

const pathOf = (req: IncomingMessage): string =>
  ((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0];

/** API calls and failures are worth a line; a successful page, asset, health or metrics read only when debugging. */
function levelOf(req: IncomingMessage, res: ServerResponse, error?: Error): Level {
  if (error || res.statusCode >= 500) return 'error';
  if (res.statusCode >= 400) return 'warn';
  return req.method === 'GET' || req.method === 'HEAD' ? 'debug' : 'info';
}

/**
 * Express middleware that logs one JSON line per request when its response is sent:
 * request id, method, path (never the query string or body, where secrets travel),
 * status, duration, and what the request was annotated with on the way (who asked,
 * which operation, how it ended). The id comes from `X-Request-Id` when the caller
 * sent a sane one, is returned in the same header, and is on every line logged
 * while the request is served.
 */
export function requestLogging() {
  const fieldsOf = new WeakMap<IncomingMessage, RequestFields>();
  const http = pinoHttp({
    logger: rootLogger(),
    genReqId: (req, res) => {
      const incoming = req.headers[REQUEST_ID_HEADER];
      const id = typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    wrapSerializers: false,
    // the line names the request by method and path; without this, every request's whole
    // IncomingMessage was serialised for a logger that is never used, which tripled a page's CPU
    serializers: { req: () => undefined, res: (res: ServerResponse) => ({ status: res.statusCode }) },
    customProps: (req) => ({ method: req.method, path: pathOf(req), ...fieldsOf.get(req) }),
    customLogLevel: levelOf,
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
  });
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    http(req, res, () => {
      const fields: RequestFields = {};
      fieldsOf.set(req, fields);
      const id = String(req.id);
      inRequestScope({ id, logger: rootLogger().child({ requestId: id }), fields }, next);
    });
  };
}
