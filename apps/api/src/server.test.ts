import { request } from 'node:http';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { listen } from './server';

/** A GET that resolves with its status, or with the error that ended it. */
const get = (url: string) =>
  new Promise<number | Error>((resolve) => {
    const req = request(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', resolve);
    });
    req.on('error', resolve);
    req.end();
  });

function slowApp() {
  const app = new Hono();
  app.get('/slow', async (c) => {
    await new Promise((r) => setTimeout(r, Number(c.req.query('ms'))));
    return c.json({ ok: true });
  });
  return app;
}

describe('graceful shutdown', () => {
  it('stops accepting at once but lets in-flight requests finish', async () => {
    const server = await listen(slowApp().fetch, { port: 0, host: '127.0.0.1' });
    // Long enough to still be running when the stop comes, however slowly a busy machine lets them in.
    const inFlight = [get(`${server.url}/slow?ms=3000`), get(`${server.url}/slow?ms=2000`)];
    for (const deadline = Date.now() + 1500; server.inFlight() < 2 && Date.now() < deadline; )
      await new Promise((r) => setTimeout(r, 10));
    expect(server.inFlight()).toBe(2);
    const closing = server.close(10_000);
    await new Promise((r) => setTimeout(r, 50));
    // A new connection is refused while the old requests are still being answered.
    const late = await get(`${server.url}/slow?ms=1`);
    expect(late).toBeInstanceOf(Error);
    expect((late as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
    expect(await Promise.all(inFlight)).toEqual([200, 200]);
    expect(await closing).toEqual({ drained: true, cut: 0 });
  });

  it('cuts requests still running after the bound, so a stop never hangs', async () => {
    const server = await listen(slowApp().fetch, { port: 0, host: '127.0.0.1' });
    const stuck = get(`${server.url}/slow?ms=30000`);
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    expect(await server.close(300)).toEqual({ drained: false, cut: 1 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await stuck).toBeInstanceOf(Error);
  });
});
