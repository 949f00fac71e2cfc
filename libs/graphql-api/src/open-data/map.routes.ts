import express, { type Router } from 'express';
import { invalid } from '@tuijin/domain-kernel';
import { HTTP_ACCESS_POLICY } from '../auth/access-policy';
import type { ApiRuntime } from '../runtime';
import { HttpAccess, sendError } from '../http-access';

/** The largest map file accepted; outlines are checked again, more tightly, once read. */
export const MAX_BOUNDARY_UPLOAD = '2mb';

const flag = (value: unknown): boolean => {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw invalid('approximate', 'approximate must be true or false');
};

/**
 * A district admin uploads the district's map: `PUT /maps/<districtId>/boundary` with a
 * GeoJSON FeatureCollection as the body (`application/geo+json` or `application/json`),
 * `?approximate=true` for outlines that only roughly follow the border, `?source=` to say
 * where they come from. It is checked and stored as an event like any other change.
 */
export function mapRouter(runtime: ApiRuntime): Router {
  const router = express.Router();
  const access = new HttpAccess(runtime);
  const parse = express.json({
    limit: MAX_BOUNDARY_UPLOAD,
    type: ['application/geo+json', 'application/json'],
    strict: false,
  });

  router.put('/maps/:districtId/boundary', async (req, res) => {
    try {
      const districtId = String(req.params['districtId']);
      const user = await access.authorize(req, 'districtBoundary', HTTP_ACCESS_POLICY.districtBoundary, { districtId });
      // read the body only for a caller who may upload
      await new Promise<void>((resolve, reject) =>
        parse(req, res, (error?: { type?: string }) => {
          if (error?.type === 'entity.parse.failed') reject(invalid('boundary', 'the file is not valid JSON'));
          else if (error) reject(error);
          else resolve();
        }),
      );
      if (req.body === undefined || !req.is(['application/geo+json', 'application/json'])) {
        throw invalid('boundary', 'send the GeoJSON file as the body, as application/geo+json');
      }
      const source = typeof req.query['source'] === 'string' ? req.query['source'] : undefined;
      const result = await runtime.commands.handle({
        type: 'SetDistrictBoundary',
        data: { districtId, boundary: req.body, approximate: flag(req.query['approximate']), source },
        metadata: { actor: { userId: user.userId, role: user.role }, today: runtime.today() },
      });
      await runtime.waitFor(result.position);
      const map = await runtime.queries.districtMap(districtId);
      res.json({ districtId, features: map?.boundary.features.length ?? 0, setAt: map?.setAt });
    } catch (error) {
      sendError(res, error);
    }
  });
  return router;
}
