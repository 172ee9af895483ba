import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2E, e2eMissing, inCI, startE2E } from './harness';

// Issue 20: the login page fetched 2.7 MB of JS, uncompressed, including all of ECharts. Its budget is 350 KB of
// JS as transferred (compressed). The first paint is printed for the note, never asserted (speed belongs in bench/).
const LOGIN_JS_BUDGET = 350 * 1024;
/** ECharts' chunks (packages/ui/src/echarts.ts, echarts-more.ts) and zrender's (apps/web/vite.config.ts). */
const ECHARTS_CHUNK = /\/assets\/(echarts|zrender)[^/]*\.js$/;

const missing = e2eMissing();
if (missing && !inCI) console.warn(`[e2e] browser tests skipped: ${missing}`);

interface JsResource {
  url: string;
  encoded: number;
  decoded: number;
  transferred: number;
}

/** The JS the page fetched so far, from the browser's resource timing (sizes as on the wire and as decoded). */
function jsResources(page: Page): Promise<JsResource[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => /\.m?js(\?|$)/.test(new URL(e.name).pathname))
      .map((e) => ({
        url: e.name,
        encoded: e.encodedBodySize,
        decoded: e.decodedBodySize,
        transferred: e.transferSize,
      })),
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe.skipIf(!!missing && !inCI)('browser end-to-end: the first load', () => {
  it('has Chromium and a built web shell', () => {
    expect(missing).toBeNull();
  });

  describe.skipIf(!!missing)('on pglite', () => {
    let e2e: E2E;

    beforeAll(async () => {
      e2e = await startE2E({ kind: 'pglite', prepareNext: false });
    });

    afterAll(async () => {
      await e2e?.close();
    });

    it('the login page fetches at most 350 KB of compressed JS, without ECharts, and caches it', async () => {
      const page = await e2e.newPage();
      const responses: Response[] = [];
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script') responses.push(r);
      });
      await page.goto(e2e.url, { waitUntil: 'networkidle' });
      await page.getByTestId('login-username').waitFor();

      const js = await jsResources(page);
      expect(js.length).toBeGreaterThan(0);
      // Every script but the tiniest (under 1 KB, not worth it) came compressed: brotli when the browser offers it,
      // else gzip; and every one is cached for a year.
      expect(responses.length).toBe(js.length);
      const encodings = new Set<string>();
      for (const r of responses) {
        const headers = await r.allHeaders();
        expect(headers['cache-control'], r.url()).toBe('public, max-age=31536000, immutable');
        const size = js.find((e) => e.url === r.url())?.decoded ?? 0;
        if (size >= 1024) encodings.add(headers['content-encoding'] ?? 'identity');
      }
      expect(encodings.size).toBe(1);
      const [encoding] = [...encodings];
      expect(['br', 'gzip']).toContain(encoding);
      // ECharts waits for a chart.
      expect(js.filter((r) => ECHARTS_CHUNK.test(r.url))).toEqual([]);

      const encoded = js.reduce((sum, r) => sum + r.encoded, 0);
      const decoded = js.reduce((sum, r) => sum + r.decoded, 0);
      // The same total from the network events, as a check on the browser's timing entries.
      const wire = (
        await Promise.all(responses.map(async (r) => (await r.request().sizes()).responseBodySize))
      ).reduce((a, b) => a + b, 0);
      const paint = await page.evaluate(() =>
        Object.fromEntries(
          performance.getEntriesByType('paint').map((e) => [e.name, Math.round(e.startTime)]),
        ),
      );
      const nav = await page.evaluate(() => {
        const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { domContentLoaded: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) };
      });
      console.log(
        `[first-load] login page: ${js.length} JS files, ${kb(encoded)} transferred (${encoding}), ${kb(decoded)} decoded; ` +
          `network events ${kb(wire)}; first-paint ${paint['first-paint']} ms, first-contentful-paint ${paint['first-contentful-paint']} ms, ` +
          `DOMContentLoaded ${nav.domContentLoaded} ms, load ${nav.load} ms (not asserted)`,
      );
      expect(Math.abs(wire - encoded)).toBeLessThan(1024);
      expect(encoded).toBeLessThanOrEqual(LOGIN_JS_BUDGET);
      // Compression really happened: the wire carries well under half of the code.
      expect(encoded).toBeLessThan(decoded / 2);

      // A second visit takes the hashed scripts from the browser's cache: none is transferred again.
      const again = await page.context().newPage();
      await again.goto(e2e.url, { waitUntil: 'networkidle' });
      await again.getByTestId('login-username').waitFor();
      const cached = await jsResources(again);
      expect(cached.length).toBe(js.length);
      expect(cached.filter((r) => r.transferred > 0).map((r) => r.url)).toEqual([]);
    });

    it('is an installable web app: a valid manifest, a service worker, and the login page offline', async () => {
      const page = await e2e.newPage();
      await page.goto(e2e.url, { waitUntil: 'networkidle' });
      await page.getByTestId('login-username').waitFor();

      // The manifest is linked, served as a manifest, and says what a browser needs to offer "install".
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBe('/manifest.webmanifest');
      const res = await fetch(new URL(href!, e2e.url));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
      const manifest = (await res.json()) as {
        name: string;
        lang: string;
        start_url: string;
        display: string;
        theme_color: string;
        icons: { src: string; sizes: string; type: string; purpose?: string }[];
      };
      expect(manifest).toMatchObject({
        name: '基层 Jiceng',
        lang: 'zh-CN',
        start_url: '/',
        display: 'standalone',
      });
      expect(manifest.theme_color).toBe(
        await page.locator('meta[name="theme-color"]').getAttribute('content'),
      );
      // Icons of 192 and 512 px (one maskable), real PNGs of the size they claim.
      for (const size of [192, 512])
        expect(manifest.icons.some((i) => i.sizes === `${size}x${size}`)).toBe(true);
      expect(manifest.icons.some((i) => i.purpose?.split(' ').includes('maskable'))).toBe(true);
      for (const icon of manifest.icons) {
        const r = await fetch(new URL(icon.src, e2e.url));
        expect(r.headers.get('content-type'), icon.src).toBe('image/png');
        const png = Buffer.from(await r.arrayBuffer());
        expect(png.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
        expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
      }

      // The worker's script is JavaScript and never cached by HTTP (an update must reach every browser), and the
      // files it keeps are the shell's, never the API's.
      const sw = await fetch(new URL('/sw.js', e2e.url));
      expect(sw.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(sw.headers.get('cache-control')).toBe('no-cache');
      const shell = JSON.parse(/const SHELL = (\[.*\]);/.exec(await sw.text())![1]!) as string[];
      expect(shell).toContain('/');
      expect(shell.filter((p) => p.startsWith('/api'))).toEqual([]);

      // It registers after the load and takes over the page.
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
      const worker = page
        .context()
        .serviceWorkers()
        .find((w) => w.url().endsWith('/sw.js'));
      expect(worker).toBeTruthy();
      // The API answers online (401 without a session) …
      const api = () =>
        page.evaluate(() =>
          fetch('/api/auth/me').then(
            (r) => String(r.status),
            () => 'no network',
          ),
        );
      expect(await api()).toBe('401');

      // … and offline nothing, as nothing of it was kept; the shell opens all the same, at the login.
      await page.context().setOffline(true);
      try {
        expect(
          await worker!.evaluate(() =>
            fetch('/manifest.webmanifest', { cache: 'no-store' }).then(
              () => 'online',
              () => 'offline',
            ),
          ),
        ).toBe('offline');
        expect(await api()).toBe('no network');
        const reloaded = await page.reload();
        expect(reloaded?.fromServiceWorker()).toBe(true);
        await page.getByTestId('login-username').waitFor();
        expect(await page.title()).toBe('登录 · 基层 Jiceng');
      } finally {
        await page.context().setOffline(false);
      }
    });

    it('fetches ECharts with the first chart, after the login', async () => {
      const page = await e2e.newPage();
      await page.goto(e2e.url, { waitUntil: 'networkidle' });
      const before = await jsResources(page);
      expect(before.some((r) => ECHARTS_CHUNK.test(r.url))).toBe(false);

      await page.getByTestId('login-username').fill('longyan-admin');
      await page.getByTestId('login-password').fill(DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();
      // The overview draws the members-by-category chart.
      await page.locator('[data-testid="category-chart"] canvas').first().waitFor();
      expect(await page.getByTestId('category-chart').getAttribute('data-chart')).toBe('ready');
      const after = await jsResources(page);
      const charts = after.filter((r) => ECHARTS_CHUNK.test(r.url));
      expect(charts.length).toBeGreaterThan(0);
      console.log(
        `[first-load] after the login, up to the overview's chart: ${after.length - before.length} more JS files, ` +
          `${kb(after.slice(before.length).reduce((s, r) => s + r.encoded, 0))} transferred, ECharts' named chunks ` +
          `${kb(charts.reduce((s, r) => s + r.encoded, 0))} of it`,
      );
    });
  });
});
