import { join } from 'path';
import type { Express, Request, Response } from 'express';

const asset = (pkg: string, file: string) => join(require.resolve(`${pkg}/package.json`), '..', file);

/**
 * Files of the bundled GraphiQL, served from the installed packages so the page works offline.
 * A Map, so a requested name is looked up among these four and nowhere else (`__proto__` is no file).
 */
const ASSETS = new Map<string, string>([
  ['react.js', asset('react', 'umd/react.production.min.js')],
  ['react-dom.js', asset('react-dom', 'umd/react-dom.production.min.js')],
  ['graphiql.js', asset('graphiql', 'graphiql.min.js')],
  ['graphiql.css', asset('graphiql', 'graphiql.min.css')],
]);

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>Tuijin 推进 · GraphQL</title>
  <link rel="stylesheet" href="/graphiql/graphiql.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script src="/graphiql/start.js"></script>
</body>
</html>`;

/** Kept out of the page so the Content-Security-Policy can forbid inline scripts. */
const START = `
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
const defaultQuery = '# Tuijin 推进 GraphQL. Sign in first:\\n#   mutation { login(username: "…", password: "…") { token } }\\n# then put the token in the Headers tab below.\\n{\\n  me { username role }\\n  districts { id code name }\\n}\\n';
const defaultHeaders = '{\\n  "Authorization": "Bearer <token>"\\n}';
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, defaultHeaders, defaultEditorToolsVisibility: true }),
);
`;

const wantsPage = (req: Request) => !req.query['query'] && (req.headers.accept ?? '').includes('text/html');

/** GraphiQL at /graphiql, and at /graphql when a browser opens it. */
export function mountGraphiql(app: Express): void {
  app.get('/graphiql', (_req: Request, res: Response) => void res.type('html').send(PAGE));
  app.get('/graphiql/start.js', (_req: Request, res: Response) => void res.type('js').send(START));
  app.get('/graphiql/:file', (req: Request, res: Response) => {
    const file = ASSETS.get(String(req.params['file']));
    if (!file) return void res.status(404).end();
    res.sendFile(file, { maxAge: '1d' });
  });
  app.get('/graphql', (req: Request, res: Response, next: () => void) =>
    wantsPage(req) ? res.redirect('/graphiql') : next(),
  );
}
