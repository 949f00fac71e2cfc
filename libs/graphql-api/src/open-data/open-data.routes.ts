import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import express, { type Request, type Response, type Router } from 'express';
import { invalid, notFound } from '@tuijin/domain-kernel';
import { OpenDataExports, type PreparedPackage } from '@tuijin/open-data';
import { HTTP_ACCESS_POLICY } from '../auth/access-policy';
import type { ApiRuntime } from '../runtime';
import { HttpAccess, sendError } from '../http-access';
import { publicPackagePath } from './open-data-paths';

/** Public copies may be cached for a while; the ETag lets a cache check cheaply after that. */
const PUBLIC_CACHE = 'public, max-age=300';
/** A signed-in download is the caller's alone, and checked again on every use. */
const PRIVATE_CACHE = 'private, no-cache';

function knownAtOf(req: Request): string | undefined {
  const value = req.query['knownAt'];
  if (value === undefined || value === '') return undefined;
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw invalid('knownAt', `knownAt must be an ISO-8601 instant, got "${String(value)}"`);
  return new Date(time).toISOString();
}

const originOf = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/**
 * Sends a package as it is written: caching headers from its last change first, then
 * the JSON text chunk by chunk, waiting whenever the client reads slower than it is made.
 */
async function sendPackage(
  req: Request,
  res: Response,
  prepared: PreparedPackage | undefined,
  cache: string,
  filename: string,
): Promise<void> {
  if (!prepared) throw notFound('Open data package', req.path);
  res.setHeader('Cache-Control', cache);
  res.setHeader('ETag', prepared.etag);
  res.setHeader('Last-Modified', new Date(prepared.publishedDate).toUTCString());
  res.setHeader('Vary', 'Authorization');
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.type('application/json; charset=utf-8');
  res.setHeader('Content-Disposition', `inline; filename="${filename}"`);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(Readable.from(prepared.chunks()), res);
}

/**
 * OC4IDS project packages over HTTP: a district's or a project's, for signed-in users
 * within reach, and a district's at its public address while its admin publishes it.
 */
export function openDataRouter(runtime: ApiRuntime): Router {
  const router = express.Router();
  const access = new HttpAccess(runtime);
  const exports = new OpenDataExports(runtime.queries);
  const prefix = runtime.publishing.oc4idsPrefix;

  router.get('/downloads/oc4ids/districts/:districtId.json', async (req, res) => {
    try {
      const districtId = String(req.params['districtId']);
      await access.authorize(req, 'districtOpenData', HTTP_ACCESS_POLICY.districtOpenData, { districtId });
      const district = await runtime.queries.district(districtId);
      const uri = `${originOf(req)}${req.originalUrl}`;
      const prepared = await exports.districtPackage(districtId, { prefix, uri, knownAt: knownAtOf(req) });
      await sendPackage(req, res, prepared, PRIVATE_CACHE, `oc4ids-${district?.code}.json`);
    } catch (error) {
      sendError(res, error);
    }
  });

  router.get('/downloads/oc4ids/projects/:projectId.json', async (req, res) => {
    try {
      const projectId = String(req.params['projectId']);
      await access.authorize(req, 'projectOpenData', HTTP_ACCESS_POLICY.projectOpenData, { projectId });
      const project = await runtime.queries.project(projectId);
      if (!project) throw notFound('Project', projectId);
      const uri = `${originOf(req)}${req.originalUrl}`;
      const request = { prefix, uri, knownAt: knownAtOf(req) };
      const prepared = await exports.projectPackage(project.districtId, projectId, request);
      await sendPackage(req, res, prepared, PRIVATE_CACHE, `oc4ids-${project.code}.json`);
    } catch (error) {
      sendError(res, error);
    }
  });

  router.get('/open-data/:districtCode/oc4ids.json', async (req, res) => {
    try {
      const code = String(req.params['districtCode']);
      const district = (await runtime.queries.districts()).find((d) => d.code === code);
      const publication = district && (await runtime.queries.openDataPublication(district.id));
      // an unpublished district and an unknown one look the same from outside
      if (!district || !publication?.published) throw notFound('Open data of district', code);
      const uri = `${originOf(req)}${publicPackagePath(district.code)}${req.query['knownAt'] ? `?knownAt=${encodeURIComponent(String(req.query['knownAt']))}` : ''}`;
      const prepared = await exports.districtPackage(district.id, { prefix, uri, knownAt: knownAtOf(req) });
      await sendPackage(req, res, prepared, PUBLIC_CACHE, `oc4ids-${district.code}.json`);
    } catch (error) {
      sendError(res, error);
    }
  });
  return router;
}
