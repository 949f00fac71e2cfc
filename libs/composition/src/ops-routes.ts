import express, { type Router } from 'express';
import type { ServiceMetrics } from './metrics';

/**
 * `/health/live` (the process answers), `/health/ready` (it can do its work: the
 * `ready` check says why not, with 503) and `/metrics` (Prometheus text format).
 */
export function opsRouter(metrics: ServiceMetrics, ready: () => Promise<string | undefined>): Router {
  const router = express.Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', service: metrics.service });
  });
  router.get('/health/ready', async (_req, res) => {
    const problem = await ready().catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
    if (problem) res.status(503).json({ status: 'unavailable', service: metrics.service, reason: problem });
    else res.json({ status: 'ok', service: metrics.service });
  });
  router.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
