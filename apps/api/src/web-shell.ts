import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import type { Context, Env, Hono } from 'hono';

// The built web shell (apps/web/dist), served by the API: its hashed files under /assets cached for a year, everything
// else (index.html, the SPA fallback, unhashed files at the root such as a web manifest) revalidated on every use,
// and text compressed with brotli or gzip, whichever the browser accepts. The build writes `<file>.br` and
// `<file>.gz` next to each asset (apps/web/vite.config.ts); a file without them is compressed here once and kept.

type Encoding = 'br' | 'gzip' | 'identity';

/** A year, immutable: the name changes when the content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Keep it, but ask (If-None-Match) before each use: the name stays the same across releases. */
export const REVALIDATE = 'no-cache';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.json',
  '.map',
  '.webmanifest',
  '.txt',
  '.svg',
  '.ttf',
  '.wasm',
]);
/** Below this, compression saves less than the header costs. */
const MIN_COMPRESS = 1024;
/** Files above this are sent as they are and not kept in memory (the shell has none; this is a bound, not a case). */
const MAX_CACHED = 16 * 1024 * 1024;

/** One file name, no directories: letters, digits, `.`, `_`, `-`, not starting with a dot. Anything else is a 404. */
const SAFE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
/** Vite's `[name]-[hash].[ext]`: an 8-character hash before the extension. */
const HASHED = /-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$/;

/** Whether a file under /assets is content-hashed, so it may be cached for ever. */
export const isHashedAsset = (name: string) => HASHED.test(name);

/**
 * The encoding to send, from Accept-Encoding: brotli, then gzip, when the client accepts it (q > 0) and that
 * variant exists; otherwise the file as it is.
 */
export function chooseEncoding(header: string | undefined, available: readonly Encoding[]): Encoding {
  if (!header) return 'identity';
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(token, Number.isFinite(value) ? value : 0);
  }
  const accepts = (e: Encoding) => (q.get(e) ?? q.get('*') ?? 0) > 0;
  for (const e of ['br', 'gzip'] as const) if (available.includes(e) && accepts(e)) return e;
  return 'identity';
}

interface Representation {
  body: Uint8Array;
  etag: string;
}
interface Entry {
  key: string;
  type: string;
  compressible: boolean;
  variants: Partial<Record<Encoding, Representation>>;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function representation(body: Uint8Array, base: string, encoding: Encoding): Representation {
  return {
    body,
    etag: encoding === 'identity' ? `"${base}"` : `"${base}-${encoding === 'br' ? 'br' : 'gz'}"`,
  };
}

const digest = (body: Uint8Array) => createHash('sha256').update(body).digest('base64url').slice(0, 22);

/** A file's representations: as it is, and brotli/gzip from the build's siblings or compressed now. */
async function load(path: string, key: string): Promise<Entry> {
  const ext = extname(path).toLowerCase();
  const body = await readFile(path);
  const base = digest(body);
  const compressible = COMPRESSIBLE.has(ext) && body.length >= MIN_COMPRESS;
  const entry: Entry = {
    key,
    type: TYPES[ext] ?? 'application/octet-stream',
    compressible,
    variants: { identity: representation(body, base, 'identity') },
  };
  if (!compressible) return entry;
  const sibling = (suffix: string) => readFile(`${path}${suffix}`).catch(() => undefined);
  const [br, gz] = await Promise.all([
    sibling('.br').then(
      (b) =>
        b ??
        brotliAsync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        }),
    ),
    sibling('.gz').then((b) => b ?? gzipAsync(body, { level: 9 })),
  ]);
  // A variant that is not smaller is not worth a Content-Encoding.
  if (br.length < body.length) entry.variants.br = representation(br, base, 'br');
  if (gz.length < body.length) entry.variants.gzip = representation(gz, base, 'gzip');
  return entry;
}

/** True when If-None-Match names this representation (weak comparison, as for GET). */
function notModified(header: string | undefined, etag: string) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function respond(c: Context, entry: Entry, cacheControl: string) {
  const available = Object.keys(entry.variants) as Encoding[];
  const encoding = chooseEncoding(c.req.header('accept-encoding'), available);
  const chosen = entry.variants[encoding]!;
  const headers: Record<string, string> = { 'Cache-Control': cacheControl, ETag: chosen.etag };
  if (entry.compressible) headers.Vary = 'Accept-Encoding';
  if (notModified(c.req.header('if-none-match'), chosen.etag)) return c.body(null, 304, headers);
  headers['Content-Type'] = entry.type;
  headers['Content-Length'] = String(chosen.body.length);
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  return c.body(chosen.body as Uint8Array<ArrayBuffer>, 200, headers);
}

/** Files of one directory, read on first use and kept until they change on disk (size or mtime). */
function fileCache(dir: string) {
  const entries = new Map<string, Promise<Entry>>();
  return async (name: string): Promise<Entry | null> => {
    if (!SAFE_NAME.test(name)) return null;
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    const key = `${info.size}:${info.mtimeMs}`;
    if (info.size > MAX_CACHED) {
      const body = await readFile(path);
      const ext = extname(path).toLowerCase();
      return {
        key,
        type: TYPES[ext] ?? 'application/octet-stream',
        compressible: false,
        variants: { identity: representation(body, digest(body), 'identity') },
      };
    }
    let pending = entries.get(name);
    if (pending) {
      const entry = await pending.catch(() => null);
      if (entry?.key === key) return entry;
    }
    pending = load(path, key);
    entries.set(name, pending);
    pending.catch(() => entries.delete(name));
    return pending;
  };
}

/** index.html, read and compressed once at start (the server serves the shell it started with). */
function indexEntry(webRoot: string): Entry {
  const body = readFileSync(join(webRoot, 'index.html'));
  const base = digest(body);
  return {
    key: String(statSync(join(webRoot, 'index.html')).mtimeMs),
    type: TYPES['.html']!,
    compressible: true,
    variants: {
      identity: representation(body, base, 'identity'),
      br: representation(brotliCompressSync(body), base, 'br'),
      gzip: representation(gzipSync(body, { level: 9 }), base, 'gzip'),
    },
  };
}

/**
 * Serves the built shell from `webRoot` on `app`, after the API's routes: /assets/<file> (404 when missing, so a
 * stale chunk never receives a page), /<file> for a file at the root of the build, and index.html for any other
 * path that is not /api/… (the single-page app's routes).
 */
export function mountWebShell<E extends Env>(app: Hono<E>, webRoot: string) {
  const index = indexEntry(webRoot);
  const assets = fileCache(join(webRoot, 'assets'));
  const rootFiles = fileCache(webRoot);
  app.get('/assets/*', async (c) => {
    const name = c.req.path.slice('/assets/'.length);
    const entry = await assets(name);
    if (!entry) return c.text('Not Found', 404, { 'Cache-Control': REVALIDATE });
    return respond(c, entry, isHashedAsset(name) ? IMMUTABLE : REVALIDATE);
  });
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path === '/api' || path.startsWith('/api/')) return next();
    const name = path.slice(1);
    if (name && name !== 'index.html' && !name.includes('/')) {
      const entry = await rootFiles(name);
      if (entry) return respond(c, entry, REVALIDATE);
    }
    return respond(c, index, REVALIDATE);
  });
}
