import { existsSync } from 'fs';
import { join, resolve } from 'path';
import express, { type Express, type Request, type Response } from 'express';

/** Where `npm run build:admin` puts the admin web app. */
export const ADMIN_DIST = resolve(__dirname, '../../../dist/apps/admin');

/**
 * Serves the built admin app at `/`, with every unknown path falling back to its
 * index.html so the app's own routes work on reload. Without a build, `/` leads to
 * the GraphQL explorer instead.
 */
export function mountAdminApp(app: Express, dist = ADMIN_DIST): void {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    app.get('/', (_req: Request, res: Response) => res.redirect('/graphiql'));
    return;
  }
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|graphiql|health|metrics|files\/).*/, (_req: Request, res: Response) => res.sendFile(index));
}
