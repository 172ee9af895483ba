import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import {
  type Clock,
  type CoreDeps,
  createApp,
  type DatabaseHandle,
  type HttpSettings,
  type JicengPlugin,
  type Logger,
} from '@jiceng/core';
import { mountWebShell } from './web-shell';

/** The API plus, when the web shell is built, its files (compressed, cached) with a single-page-app fallback. */
export function createServerApp(deps: CoreDeps, webRoot?: string) {
  const app = createApp(deps);
  if (webRoot && existsSync(join(webRoot, 'index.html'))) mountWebShell(app, webRoot);
  return app;
}

export interface RunningServer {
  url: string;
  /** Requests being answered right now. */
  inFlight(): number;
  /**
   * Graceful stop: refuse new connections at once, let in-flight requests finish for up to `drainMs`, then cut
   * whatever is left. Resolves when the listener is closed.
   */
  close(drainMs?: number): Promise<{ drained: boolean; cut: number }>;
}

/** Serves a fetch handler on node:http, counting in-flight requests so a stop can drain them. */
export function listen(
  fetch: (req: Request) => Response | Promise<Response>,
  options: { port: number; host: string },
): Promise<RunningServer> {
  return new Promise((resolve) => {
    let active = 0;
    const server = serve({ fetch, port: options.port, hostname: options.host }, (info) => {
      let closing: Promise<{ drained: boolean; cut: number }> | undefined;
      resolve({
        url: `http://${options.host}:${info.port}`,
        inFlight: () => active,
        close: (drainMs = 10_000) =>
          (closing ??= (async () => {
            const closed = new Promise<void>((r) => server.close(() => r()));
            const deadline = Date.now() + drainMs;
            // Keep-alive connections idle between requests would hold close() open; in-flight ones finish first.
            while (active > 0 && Date.now() < deadline) {
              server.closeIdleConnections();
              await new Promise((r) => setTimeout(r, 25));
            }
            const cut = active;
            server.closeAllConnections();
            await closed;
            return { drained: cut === 0, cut };
          })()),
      });
    }) as Server;
    // Socket-level limits (the app's own time limit covers handlers): a client must send its headers within 30 s
    // and its whole request (uploads included) within 10 minutes, or the connection is dropped — a slow-drip
    // client cannot hold a socket for ever. Responses (streamed exports) are not limited here.
    server.headersTimeout = 30_000;
    server.requestTimeout = 10 * 60_000;
    server.on('request', (_req, res) => {
      active++;
      res.once('close', () => active--);
    });
  });
}

export async function startServer(options: {
  handle: DatabaseHandle;
  plugins: JicengPlugin<any>[];
  clock: Clock;
  logger: Logger;
  port: number;
  host: string;
  webRoot?: string;
  http?: HttpSettings;
}) {
  const app = createServerApp(
    {
      db: options.handle.db,
      clock: options.clock,
      logger: options.logger,
      plugins: options.plugins,
      http: options.http,
    },
    options.webRoot,
  );
  return listen(app.fetch, { port: options.port, host: options.host });
}
