import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import {
  type Clock,
  type CoreDeps,
  createApp,
  type DatabaseHandle,
  type JicengPlugin,
  type Logger,
} from '@jiceng/core';

/** The API plus, when the web shell is built, its files with a single-page-app fallback. */
export function createServerApp(deps: CoreDeps, webRoot?: string) {
  const app = createApp(deps);
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    const root = relative(process.cwd(), webRoot) || '.';
    const index = readFileSync(join(webRoot, 'index.html'), 'utf8');
    app.use('/assets/*', serveStatic({ root }));
    app.get('*', async (c, next) => {
      if (c.req.path.startsWith('/api/')) return next();
      return c.html(index);
    });
  }
  return app;
}

export function startServer(options: {
  handle: DatabaseHandle;
  plugins: JicengPlugin<any>[];
  clock: Clock;
  logger: Logger;
  port: number;
  host: string;
  webRoot?: string;
}) {
  const app = createServerApp(
    { db: options.handle.db, clock: options.clock, logger: options.logger, plugins: options.plugins },
    options.webRoot,
  );
  return new Promise<{ close: () => Promise<void>; url: string }>((resolve) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      resolve({
        url: `http://${options.host}:${info.port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
    // Socket-level limits (the app's own time limit covers handlers): a client must send its headers within 30 s
    // and its whole request (uploads included) within 10 minutes, or the connection is dropped — a slow-drip
    // client cannot hold a socket for ever. Responses (streamed exports) are not limited here.
    const http = server as unknown as { headersTimeout: number; requestTimeout: number };
    http.headersTimeout = 30_000;
    http.requestTimeout = 10 * 60_000;
  });
}
