import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './env';
import { ApiError, errorHandler } from './errors';
import { allowBody, bodyLimits, requestTimeout, uploadLimit } from './limits';
import { silentLogger } from '../logger';

/** A body sent as a stream without Content-Length (chunked on the wire), counting what the server pulled. */
function dripping(totalBytes: number, chunk = 64 * 1024) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= totalBytes) return controller.close();
      pulled += chunk;
      controller.enqueue(new Uint8Array(chunk).fill(0x61));
    },
  });
  return { stream, pulled: () => pulled };
}

function app(timeoutMs = 30_000) {
  const a = new Hono<AppEnv>();
  a.onError(errorHandler(silentLogger));
  a.use('*', async (c, next) => {
    c.set('locale', c.req.header('accept-language') === 'en' ? 'en' : 'zh-CN');
    await next();
  });
  a.use('*', requestTimeout(timeoutMs, 1000));
  a.use('*', bodyLimits(1024 * 1024));
  a.post('/json', async (c) => c.json({ size: JSON.stringify(await c.req.json()).length }));
  a.post(
    '/upload',
    uploadLimit(4 * 1024 * 1024, () => new ApiError(413, 'roster_file_too_large', { max: 4 }, 'file')),
    async (c) => {
      const body = await c.req.parseBody();
      return c.json({ size: (body.file as File).size });
    },
  );
  a.post('/later', async (c) => {
    // A route that raises its limit itself, after looking something up (as Jinan's evidence upload does).
    allowBody(c, 2 * 1024 * 1024);
    return c.json({ size: (await c.req.arrayBuffer()).byteLength });
  });
  a.get('/slow', async (c) => {
    await new Promise((r) => setTimeout(r, 400));
    return c.json({ ok: true });
  });
  a.get('/stream', (c) => {
    let n = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((r) => setTimeout(r, 30));
        if (++n > 10) return controller.close();
        controller.enqueue(new TextEncoder().encode(`${n}\n`));
      },
    });
    return c.body(body);
  });
  return a;
}

const post = (a: Hono<any>, path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  a.request(`http://localhost${path}`, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('request body limits (issue 15)', () => {
  it('refuses a JSON body past 1 MB by its Content-Length, in the caller’s language, naming the limit', async () => {
    const big = JSON.stringify({ username: 'x'.repeat(2 * 1024 * 1024) });
    const res = await post(app(), '/json', big, {
      'content-type': 'application/json',
      'accept-language': 'en',
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toEqual({
      code: 'body_too_large',
      message: 'The request body is larger than 1 MB and was refused',
    });
    const zh = await post(app(), '/json', big, { 'content-type': 'application/json' });
    expect((await zh.json()).error.message).toBe('请求体超过 1 MB，已拒绝');
    const small = await post(app(), '/json', JSON.stringify({ a: 1 }), {
      'content-type': 'application/json',
    });
    expect(small.status).toBe(200);
  });

  it('cuts a streamed body without Content-Length at the limit, having pulled little more than the limit', async () => {
    const body = dripping(200 * 1024 * 1024);
    const res = await post(app(), '/json', body.stream, { 'content-type': 'application/json' });
    expect(res.status).toBe(413);
    expect(body.pulled()).toBeLessThan(2 * 1024 * 1024);
  });

  it('lets an upload route raise its own limit, and cuts it there with its own message', async () => {
    const form = (size: number) => {
      const f = new FormData();
      f.append('file', new Blob([new Uint8Array(size)]), 'a.csv');
      return f;
    };
    const ok = await post(app(), '/upload', form(3 * 1024 * 1024));
    expect(ok.status).toBe(200);
    expect((await ok.json()).size).toBe(3 * 1024 * 1024);
    const over = await post(app(), '/upload', form(5 * 1024 * 1024));
    expect(over.status).toBe(413);
    expect((await over.json()).error).toMatchObject({ code: 'roster_file_too_large', field: 'file' });
    const streamed = dripping(200 * 1024 * 1024);
    const cut = await post(app(), '/upload', streamed.stream, {
      'content-type': 'multipart/form-data; boundary=x',
    });
    expect(cut.status).toBe(413);
    expect(streamed.pulled()).toBeLessThan(6 * 1024 * 1024);
    const later = dripping(3 * 1024 * 1024);
    const raised = await post(app(), '/later', later.stream);
    expect(raised.status).toBe(413);
    expect((await post(app(), '/later', new Uint8Array(1536 * 1024))).status).toBe(200);
  });
});

describe('request time limit (issue 15)', () => {
  it('answers 503 when a handler takes too long, and leaves streamed responses whole', async () => {
    const slow = await app(100).request('http://localhost/slow', { headers: { 'accept-language': 'en' } });
    expect(slow.status).toBe(503);
    expect((await slow.json()).error.code).toBe('request_timeout');
    expect((await app(1000).request('http://localhost/slow')).status).toBe(200);
    // The stream takes ~300 ms, three times the limit: its handler returned at once, so it is not cut.
    const stream = await app(100).request('http://localhost/stream');
    expect(stream.status).toBe(200);
    expect(await stream.text()).toBe('1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n');
  });
});
