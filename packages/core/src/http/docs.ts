/// <reference path="./swagger-ui-dist.d.ts" />
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
// A static import (not a resolve against this file's URL), so the server bundle finds the package wherever it runs.
import swaggerUiDir from 'swagger-ui-dist/absolute-path.js';
import type { AppEnv } from './env';
import { describe } from './validate';

/** The files of swagger-ui-dist the page needs, with their types. Nothing else of the package is served. */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'docs-init.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const assetDir = () => swaggerUiDir();

/** Starts Swagger UI on the spec; a file of its own rather than an inline script, so a strict CSP allows it. */
const INIT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
});
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Jiceng API</title>
  <link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png" />
  <link rel="stylesheet" href="/api/docs/swagger-ui.css" />
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/docs/swagger-ui-bundle.js"></script>
  <script src="/api/docs/docs-init.js"></script>
</body>
</html>
`;

/**
 * /api/docs: Swagger UI served from the swagger-ui-dist package on this server — no CDN, so the reference works on a
 * network without internet (a government intranet). Assets are read once and kept (about 1.5 MB).
 */
export function docsRoutes() {
  const app = new Hono<AppEnv>();
  const cache = new Map<string, Uint8Array>();
  app.get(
    '/',
    describe({
      summary: 'This reference as a page (Swagger UI, served from this server)',
      tags: ['meta'],
      file: 'text/html',
    }),
    (c) => c.html(PAGE),
  );
  app.get(
    '/:file',
    describe({
      summary: 'The reference page’s assets (swagger-ui-dist)',
      tags: ['meta'],
      file: ['text/css', 'text/javascript', 'image/png'],
      responses: { 404: 'not one of the page’s files' },
    }),
    async (c) => {
      const file = c.req.param('file');
      const type = ASSETS[file];
      if (!type) return c.json({ error: { code: 'route_not_found', message: 'No such file' } }, 404);
      let body = cache.get(file);
      if (!body) {
        body =
          file === 'docs-init.js'
            ? new TextEncoder().encode(INIT)
            : new Uint8Array(await readFile(join(assetDir(), file)));
        cache.set(file, body);
      }
      return c.body(body as Uint8Array<ArrayBuffer>, 200, {
        'content-type': type,
        'cache-control': 'public, max-age=86400',
      });
    },
  );
  return app;
}
