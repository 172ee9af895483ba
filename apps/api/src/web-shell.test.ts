import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, IMMUTABLE, isHashedAsset, mountWebShell, REVALIDATE } from './web-shell';

// A built shell in miniature: index.html, a hashed chunk with its build-time .br/.gz, a hashed chunk without them
// (compressed by the server), an unhashed file under /assets, a binary, a file at the root, and a secret next door.
const chunk = `export const answer = ${JSON.stringify('四十二 '.repeat(400))};\n`;
const unprecompressed = `console.log(${JSON.stringify('x'.repeat(5000))});\n`;
const index = `<!doctype html><html><head><script type="module" src="/assets/index-AbC123_x.js"></script></head><body>${'<!-- -->'.repeat(200)}</body></html>`;
let root: string;
let app: Hono;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'jiceng-web-shell-'));
  root = join(base, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), index);
  writeFileSync(join(root, 'assets', 'index-AbC123_x.js'), chunk);
  // Marked so the test can tell the build's file from one the server compressed itself.
  writeFileSync(
    join(root, 'assets', 'index-AbC123_x.js.br'),
    brotliCompressSync(`${chunk}// from the build, br\n`),
  );
  writeFileSync(join(root, 'assets', 'index-AbC123_x.js.gz'), gzipSync(`${chunk}// from the build, gz\n`));
  writeFileSync(join(root, 'assets', 'echarts-Zz9-Yy8_.js'), unprecompressed);
  writeFileSync(
    join(root, 'assets', 'logo.svg'),
    `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(500)}</svg>`,
  );
  writeFileSync(join(root, 'assets', 'photo-Qw3rTy12.png'), Buffer.alloc(4000, 7));
  writeFileSync(join(root, 'manifest.webmanifest'), JSON.stringify({ name: '基层', icons: [] }));
  writeFileSync(join(root, 'sw.js'), `const SHELL = ['/'];\n${'// the service worker\n'.repeat(100)}`);
  writeFileSync(join(root, 'icon-192.png'), Buffer.alloc(1500, 3));
  writeFileSync(join(base, 'secret.txt'), 'do not serve');
  app = new Hono();
  app.get('/api/ping', (c) => c.json({ pong: true }));
  mountWebShell(app, root);
});

afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('compression by Accept-Encoding', () => {
  it('sends the build’s brotli file to a browser that accepts br', async () => {
    const res = await get('/assets/index-AbC123_x.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const body = await bytes(res);
    expect(res.headers.get('content-length')).toBe(String(body.length));
    expect(brotliDecompressSync(body).toString()).toBe(`${chunk}// from the build, br\n`);
  });

  it('sends gzip when br is not accepted', async () => {
    const res = await get('/assets/index-AbC123_x.js', { 'Accept-Encoding': 'gzip, deflate' });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(res)).toString()).toBe(`${chunk}// from the build, gz\n`);
  });

  it('sends the file as it is without Accept-Encoding, or when br and gzip are refused', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { 'Accept-Encoding': 'identity' },
      { 'Accept-Encoding': 'br;q=0, gzip;q=0, *;q=0.5' },
    ]) {
      const res = await get('/assets/index-AbC123_x.js', headers);
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(res.headers.get('vary')).toBe('Accept-Encoding');
      expect((await bytes(res)).toString()).toBe(chunk);
    }
  });

  it('compresses a file the build did not precompress, and gives the same bytes next time', async () => {
    const first = await get('/assets/echarts-Zz9-Yy8_.js', { 'Accept-Encoding': 'br' });
    expect(first.headers.get('content-encoding')).toBe('br');
    const body = await bytes(first);
    expect(body.length).toBeLessThan(unprecompressed.length / 10);
    expect(brotliDecompressSync(body).toString()).toBe(unprecompressed);
    const gz = await get('/assets/echarts-Zz9-Yy8_.js', { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(await bytes(gz)).toString()).toBe(unprecompressed);
    const again = await get('/assets/echarts-Zz9-Yy8_.js', { 'Accept-Encoding': 'br' });
    expect((await bytes(again)).equals(body)).toBe(true);
  });

  it('never compresses images, nor says Vary for them', async () => {
    const res = await get('/assets/photo-Qw3rTy12.png', { 'Accept-Encoding': 'gzip, br' });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBeNull();
    expect(res.headers.get('content-type')).toBe('image/png');
    expect((await bytes(res)).length).toBe(4000);
  });

  it('compresses index.html, for / and for the single-page app’s routes', async () => {
    for (const path of ['/', '/c/longyan/p/fugu-dual-link/rules', '/index.html']) {
      const res = await get(path, { 'Accept-Encoding': 'gzip, br' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(brotliDecompressSync(await bytes(res)).toString()).toBe(index);
    }
  });

  it('reads Accept-Encoding as the RFC says', () => {
    const both = ['br', 'gzip', 'identity'] as const;
    expect(chooseEncoding('gzip, deflate, br', both)).toBe('br');
    expect(chooseEncoding('BR;q=0.1, gzip;q=1', both)).toBe('br');
    expect(chooseEncoding('br;q=0, gzip', both)).toBe('gzip');
    expect(chooseEncoding('*', both)).toBe('br');
    expect(chooseEncoding('*;q=0', both)).toBe('identity');
    expect(chooseEncoding('deflate', both)).toBe('identity');
    expect(chooseEncoding('br', ['gzip', 'identity'])).toBe('identity');
    expect(chooseEncoding(undefined, both)).toBe('identity');
  });
});

describe('caching', () => {
  it('caches hashed assets for a year as immutable', async () => {
    for (const path of [
      '/assets/index-AbC123_x.js',
      '/assets/echarts-Zz9-Yy8_.js',
      '/assets/photo-Qw3rTy12.png',
    ]) {
      const res = await get(path, { 'Accept-Encoding': 'br' });
      expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
    }
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
  });

  it('has index.html, unhashed assets and root files revalidated', async () => {
    for (const path of ['/', '/c/longyan', '/assets/logo.svg', '/manifest.webmanifest']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe(REVALIDATE);
    }
    expect(REVALIDATE).toBe('no-cache');
    expect(isHashedAsset('logo.svg')).toBe(false);
    expect(isHashedAsset('dashboard-page.js')).toBe(false);
    expect(isHashedAsset('chunk-6KYCQHYJ-jLF4eFR3.js')).toBe(true);
  });

  it('serves the service worker as JavaScript that is never cached unrevalidated, the manifest and icons by type', async () => {
    // A browser checks sw.js for an update on every visit; cached for long, a release would not reach it.
    const sw = await get('/sw.js', { 'Accept-Encoding': 'br' });
    expect(sw.status).toBe(200);
    expect(sw.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(sw.headers.get('content-encoding')).toBe('br');
    expect((await get('/manifest.webmanifest')).headers.get('content-type')).toBe(
      'application/manifest+json; charset=utf-8',
    );
    const icon = await get('/icon-192.png');
    expect(icon.headers.get('content-type')).toBe('image/png');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 304 to If-None-Match with the representation’s ETag, and 200 after the file changes', async () => {
    const path = '/assets/logo.svg';
    const br = await get(path, { 'Accept-Encoding': 'br' });
    const plain = await get(path);
    const brTag = br.headers.get('etag')!;
    const plainTag = plain.headers.get('etag')!;
    expect(brTag).toMatch(/^".+"$/);
    // Two representations, two strong validators.
    expect(brTag).not.toBe(plainTag);

    const revalidated = await get(path, { 'Accept-Encoding': 'br', 'If-None-Match': brTag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(brTag);
    expect(revalidated.headers.get('cache-control')).toBe(REVALIDATE);
    expect((await bytes(revalidated)).length).toBe(0);
    expect(
      (await get(path, { 'Accept-Encoding': 'br', 'If-None-Match': `"other", W/${brTag}` })).status,
    ).toBe(304);
    // The tag of another encoding does not validate this one.
    expect((await get(path, { 'Accept-Encoding': 'br', 'If-None-Match': plainTag })).status).toBe(200);

    writeFileSync(
      join(root, 'assets', 'logo.svg'),
      `<svg xmlns="http://www.w3.org/2000/svg">${'<a/>'.repeat(600)}</svg>`,
    );
    utimesSync(join(root, 'assets', 'logo.svg'), new Date(), new Date(Date.now() + 5000));
    const changed = await get(path, { 'Accept-Encoding': 'br', 'If-None-Match': brTag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(brTag);
    expect(brotliDecompressSync(await bytes(changed)).toString()).toContain('<a/>');
  });

  it('revalidates index.html with its ETag too', async () => {
    const first = await get('/c/longyan', { 'Accept-Encoding': 'gzip' });
    const tag = first.headers.get('etag')!;
    const again = await get('/c/gulou/members', { 'Accept-Encoding': 'gzip', 'If-None-Match': tag });
    expect(again.status).toBe(304);
  });
});

describe('what is not served', () => {
  it('answers 404 for a missing asset instead of the page (a stale chunk must not get HTML)', async () => {
    const res = await get('/assets/index-Gone0000.js', { 'Accept-Encoding': 'br' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).not.toMatch(/html/);
    expect(res.headers.get('cache-control')).toBe(REVALIDATE);
  });

  it('serves nothing outside the build, however the path is spelt', async () => {
    for (const path of [
      '/assets/../../secret.txt',
      '/assets/..%2F..%2Fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/assets/.%2e/secret.txt',
      '/..%2Fsecret.txt',
      '/%2e%2e/secret.txt',
    ]) {
      const res = await get(path);
      const text = await res.text();
      expect(text, path).not.toContain('do not serve');
    }
    for (const path of [
      '/assets/..%2F..%2Fsecret.txt',
      '/assets/%2e%2e%2findex.html',
      '/assets/.hidden',
      '/assets/',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('leaves /api to the API', async () => {
    expect(await (await get('/api/ping')).json()).toEqual({ pong: true });
    expect((await get('/api/nothing-here')).status).toBe(404);
    expect((await get('/api/nothing-here')).headers.get('content-type')).not.toMatch(/html/);
  });
});
