import { existsSync } from 'fs';
import { join, resolve } from 'path';
import type { Express, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

/**
 * Where the build puts the admin web app. Both the sources (libs/composition/src) and
 * the built services (dist/apps/<service>) sit three folders below the root.
 */
export const ADMIN_DIST = resolve(__dirname, '../../../dist/apps/admin');

/** Built files under assets/ carry a hash of their content in their name: a browser may keep them for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current assets, so a browser asks every time whether it changed. */
const REVALIDATE = 'no-cache';

/**
 * Serves the built admin app at `/`, with every unknown path falling back to its
 * index.html so the app's own routes work on reload. The build compresses every
 * asset ahead of time (brotli and gzip); the browser gets the smallest it accepts.
 * Without a build, `/` leads to the GraphQL explorer instead.
 */
export function mountAdminApp(app: Express, dist = ADMIN_DIST): void {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    app.get('/', (_req: Request, res: Response) => res.redirect('/graphiql'));
    return;
  }
  app.use(
    expressStaticGzip(dist, {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: {
        setHeaders: (res, path) => res.setHeader('Cache-Control', path.includes('/assets/') ? IMMUTABLE : REVALIDATE),
      },
    }),
  );
  app.get(/^\/(?!graphql|graphiql|health|metrics|files\/).*/, (_req: Request, res: Response) =>
    res.sendFile(index, { headers: { 'Cache-Control': REVALIDATE } }),
  );
}
