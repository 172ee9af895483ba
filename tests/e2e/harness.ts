import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedPlugins, startServer } from '@jiceng/api';
import {
  type DatabaseHandle,
  type DatabaseKind,
  type JicengPlugin,
  pluginContext,
  pluginSchemaName,
  silentLogger,
  systemClock,
} from '@jiceng/core';
import {
  type CitySpec,
  DEMO_PASSWORD,
  seedCity,
  seededRandom,
  seedPlatformAdmin,
  smallCitySpec,
} from '@jiceng/core/demo';
import { createTestDatabase, testDatabaseKinds } from '@jiceng/core/testing';
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const WEB_ROOT = resolve(here, '../../apps/web/dist');
export const SCREENSHOTS = join(here, 'screenshots');
export { DEMO_PASSWORD };

/**
 * The databases the browser tests run on: one. A browser test checks what the pages show and do, and the pages see
 * only the API's JSON. What differs between the databases is tested below the pages, on both: each feature's route
 * tests, each plugin's answers against their OpenAPI schemas, the fuzzer (every operation, every role) and the
 * isolation matrix. A second browser pass would drive Chromium (three quarters of a browser file's CPU) through the
 * same pages again.
 *
 * PostgreSQL when `TEST_DATABASE_URL` is set (CI; what a city runs in production), PGlite otherwise. A browser
 * test of what PGlite itself serves (the zero-setup demo's first load) asks for `'pglite'` by name.
 * `JICENG_E2E_DATABASES=all` runs every browser file on every database of testDatabaseKinds() (e.g. after a
 * change to the database layer); `=pglite` or `=postgres` picks one.
 */
export function browserDatabaseKinds(): DatabaseKind[] {
  const all = testDatabaseKinds();
  const asked = process.env.JICENG_E2E_DATABASES?.trim();
  if (asked === 'all') return all;
  if (asked === 'pglite' || asked === 'postgres') {
    if (!all.includes(asked))
      throw new Error(`JICENG_E2E_DATABASES=${asked}, but that database is not set up (TEST_DATABASE_URL)`);
    return [asked];
  }
  if (asked) throw new Error(`JICENG_E2E_DATABASES must be all, pglite or postgres (got "${asked}")`);
  return [all.includes('postgres') ? 'postgres' : 'pglite'];
}

/** CI builds the web shell and installs Chromium; there a missing piece is a failure, elsewhere a skip. */
export const inCI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

/** Why the browser tests cannot run here (no Chromium, or the web shell is not built), or null when they can. */
export function e2eMissing(): string | null {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM)) missing.push(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  if (!existsSync(join(WEB_ROOT, 'index.html')))
    missing.push(
      `the web shell is not built: ${WEB_ROOT}/index.html is missing (cd apps/web && npx vite build)`,
    );
  return missing.length ? missing.join('; ') : null;
}

/** Two small cities (2 streets, 4 communities, 12 compounds, 84 members each: 60 in service, 10 retired, 10 resident, 4 flowing). */
export const E2E_CITIES: CitySpec[] = [
  {
    ...smallCitySpec('longyan', ['longyan-return-home']),
    nameZh: '龙岩市',
    nameEn: 'Longyan',
    committeeName: '中共龙岩市委',
  },
  {
    ...smallCitySpec('gulou', ['gulou-grid-alliance']),
    nameZh: '福州市鼓楼区',
    nameEn: 'Gulou, Fuzhou',
    level: 'district',
    committeeName: '中共福州市鼓楼区委',
  },
];

/**
 * A private copy of apps/web/dist for one server. The server reads index.html once, and anyone rebuilding the
 * shell meanwhile (another suite, a developer) replaces the hashed assets it names, which would blank the page;
 * so each run serves a copy, taken when every asset index.html names is present.
 */
export async function snapshotWebRoot(source = WEB_ROOT): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const copy = mkdtempSync(join(tmpdir(), 'jiceng-e2e-web-'));
    try {
      cpSync(source, copy, { recursive: true });
      const index = readFileSync(join(copy, 'index.html'), 'utf8');
      const assets = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
      if (assets.length > 0 && assets.every((a) => existsSync(join(copy, a)))) return copy;
    } catch {
      // a build is replacing dist right now
    }
    rmSync(copy, { recursive: true, force: true });
    if (attempt >= 15) throw new Error(`${source} stays incomplete (is a build stuck?)`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The window of a page unless a test asks for another. */
const DESKTOP = { width: 1440, height: 900 };
/** What a page shows once a login is done (on a phone the navigation waits in a drawer behind the menu button). */
const LANDED =
  '[data-testid="nav"], [data-testid="menu-button"], [data-testid="change-password"], [data-testid="no-city"], [data-testid="error-alert"]';

/**
 * Clears the app's local and session storage (not its cookies, nor the cache) in `page`'s context through the
 * DevTools protocol, before the page has opened anything.
 */
async function clearOriginStorage(page: Page, url: string) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(url).origin,
      storageTypes: 'local_storage,session_storage',
    });
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** A phone: `{ viewport: PHONE }` (an iPhone 12's CSS pixels, touch events on). */
export const PHONE = { width: 390, height: 844 };
export interface PageOptions {
  viewport?: { width: number; height: number };
}

export interface E2E {
  kind: DatabaseKind;
  url: string;
  handle: DatabaseHandle;
  browser: Browser;
  /** A page in a fresh browser context (own cookies and localStorage), 1440×900 unless a phone's `viewport` is given. */
  newPage(options?: PageOptions): Promise<Page>;
  /**
   * A new page of the app, logged in as `username`; resolves once the shell (or the password form) is shown. The
   * first login of a user (with that password and window size) fills in the login form in a fresh context; later
   * ones open a new page in that context, still signed in (see `login` below), or log in again when its session
   * has ended.
   */
  login(username: string, password?: string, options?: PageOptions): Promise<Page>;
  /**
   * Shows `path` (e.g. '/c/fugu/p/fugu-dual-link/rules') in `page` the way a click on a link does: the app's router
   * renders it without reloading the page, so only that page's code and data load (a full reload costs Chromium
   * about three times the CPU: the shell's scripts, styles and session again). A page not showing the app yet loads
   * the address. Tests of what a reload or a deep link does use `page.goto`/`page.reload` instead.
   */
  open(page: Page, path: string): Promise<void>;
  /**
   * Resolves once `page` has had no request in flight for `quietMs` (what `waitForLoadState('networkidle')` gives
   * only after a full load, for the in-app navigation of `open` too).
   */
  settle(page: Page, quietMs?: number): Promise<void>;
  /** Saves tests/e2e/screenshots/<kind>-<name>.png. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Content-Security-Policy violations any page reported in its console so far (the shell's CSP must allow it). */
  cspViolations(): string[];
  close(): Promise<void>;
}

/**
 * Seeds the platform admin (`admin`) and each city: core data and the demo accounts `<code>-admin`,
 * `<code>-community`, `<code>-member` (DEMO_PASSWORD) in one transaction, then each enabled plugin's small seed in
 * its own. With `strictPluginSeeds` off, a plugin seed that fails is reported and left out, so the shell's tests
 * do not hang on a model that is being rebuilt; tests of a plugin's pages should turn it on.
 */
export async function seedE2ECities(
  handle: DatabaseHandle,
  plugins: JicengPlugin<any>[],
  cities: CitySpec[],
  strictPluginSeeds: boolean,
) {
  const db = handle.db;
  await seedPlatformAdmin(db);
  const versions = Object.fromEntries(plugins.map((p) => [p.id, p.version]));
  const failures: string[] = [];
  for (const [index, spec] of cities.entries()) {
    const enabled = spec.plugins.filter((id) => plugins.some((p) => p.id === id));
    const city = await db
      .transaction()
      .execute((trx) =>
        seedCity(
          trx,
          { ...spec, plugins: enabled },
          { random: seededRandom(1000 + index), pluginVersions: versions },
        ),
      );
    for (const plugin of plugins.filter((p) => enabled.includes(p.id) && p.seed)) {
      try {
        await db.transaction().execute((trx) =>
          plugin.seed!(
            pluginContext({ db: trx, clock: systemClock, logger: silentLogger, plugins }, plugin),
            {
              cityId: city.cityId,
              scale: 'small',
              random: seededRandom(2000 + index),
              progress: () => {},
            },
          ),
        );
      } catch (e) {
        if (strictPluginSeeds) throw e;
        failures.push(`${plugin.id} in ${spec.code}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
  if (failures.length)
    console.warn(
      `[e2e] plugin seeds left out (the cities have core data only for them):\n  ${failures.join('\n  ')}`,
    );
  return failures;
}

export interface StartOptions {
  kind?: DatabaseKind;
  plugins?: JicengPlugin<any>[];
  cities?: CitySpec[];
  strictPluginSeeds?: boolean;
  /**
   * Start the next kind of browserDatabaseKinds() with the same options in the background (default: on when `kind`
   * is given), so that a file looping over the kinds finds it ready instead of waiting for its database, seed,
   * server and Chromium after the first kind's tests. Turn it off in a file that runs one kind only.
   */
  prepareNext?: boolean;
}

/** The next kind's start, begun while the current kind's tests run (one per kind, for this file's process). */
const prepared = new Map<DatabaseKind, { key: string; ready: Promise<E2E> }>();
const startKey = (options: StartOptions) =>
  JSON.stringify({
    plugins: (options.plugins ?? installedPlugins).map((p) => p.id),
    cities: options.cities ?? E2E_CITIES,
    strict: options.strictPluginSeeds ?? false,
  });

/**
 * A fresh database with every installed plugin's schema, two small cities (see seedE2ECities), the real server
 * on a free port serving a snapshot of apps/web/dist (see snapshotWebRoot), and headless Chromium. When the file
 * loops over browserDatabaseKinds() (with JICENG_E2E_DATABASES=all, more than one), the next kind's is started meanwhile (see `prepareNext`): an identical start,
 * only earlier.
 */
export async function startE2E(options: StartOptions = {}): Promise<E2E> {
  const kind = options.kind ?? 'pglite';
  const key = startKey(options);
  const early = prepared.get(kind);
  prepared.delete(kind);
  if (early && early.key !== key) early.ready.then((e) => e.close()).catch(() => {});
  const e2e = early?.key === key ? await early.ready : await launchE2E(kind, options);
  const kinds = browserDatabaseKinds();
  const next = kinds[kinds.indexOf(kind) + 1];
  if (next && options.kind && options.prepareNext !== false && !prepared.has(next)) {
    const ready = launchE2E(next, options);
    // A failed early start fails that kind's own startE2E call, where it is awaited.
    ready.catch(() => {});
    prepared.set(next, { key, ready });
  }
  return e2e;
}

async function launchE2E(kind: DatabaseKind, options: StartOptions): Promise<E2E> {
  const plugins = options.plugins ?? installedPlugins;
  // Where a file's start-up time goes (one line per database): the figures issue 21's speed work is judged by.
  const phases: string[] = [];
  let mark = Date.now();
  const lap = (name: string) => {
    phases.push(`${name} ${((Date.now() - mark) / 1000).toFixed(1)} s`);
    mark = Date.now();
  };
  const handle = await createTestDatabase(
    kind,
    installedPlugins.map((p) => ({ name: pluginSchemaName(p.id), migrations: p.migrations })),
  );
  const contexts: BrowserContext[] = [];
  let webRoot: string | undefined;
  let server: { url: string; close: () => Promise<unknown> } | undefined;
  let browser: Browser | undefined;
  try {
    lap('database');
    await seedE2ECities(handle, plugins, options.cities ?? E2E_CITIES, options.strictPluginSeeds ?? false);
    lap('seed');
    webRoot = await snapshotWebRoot();
    server = await startServer({
      handle,
      plugins,
      clock: systemClock,
      logger: silentLogger,
      port: 0,
      host: '127.0.0.1',
      webRoot,
    });
    lap('server');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    lap('chromium');
    if (process.env.JICENG_E2E_TIMINGS) console.log(`[e2e ${kind}] started: ${phases.join(', ')}`);
  } catch (e) {
    await server?.close();
    await handle.close();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
    throw e;
  }
  const servedRoot = webRoot;
  const url = server.url;
  const b = browser;
  const violations: string[] = [];
  /** The context each login left signed in, by user, password and window size (see `login`). */
  const sessions = new Map<string, BrowserContext>();

  async function newContext(options: PageOptions = {}) {
    const viewport = options.viewport ?? DESKTOP;
    // A phone-sized window takes touches too; it stays a desktop browser otherwise (no zooming out to fit a wide
    // page), so a page wider than the screen shows as a horizontal scroll the tests can measure.
    // Reduced motion, which the shell honours by turning antd's animations off: a click never lands on a menu,
    // dialog or drawer that is still moving (the cause of every flaky step CI saw with two test files at once).
    const context = await b.newContext({
      viewport,
      hasTouch: viewport.width < 768,
      locale: 'zh-CN',
      reducedMotion: 'reduce',
    });
    contexts.push(context);
    return context;
  }

  /** Requests in flight per page, for `settle`. */
  const inFlight = new WeakMap<Page, { count: number; changed: number }>();

  async function newPage(options: PageOptions = {}, context?: BrowserContext) {
    const page = await (context ?? (await newContext(options))).newPage();
    const flight = { count: 0, changed: Date.now() };
    inFlight.set(page, flight);
    const began = () => {
      flight.count++;
      flight.changed = Date.now();
    };
    const ended = () => {
      flight.count = Math.max(0, flight.count - 1);
      flight.changed = Date.now();
    };
    page.on('request', began);
    page.on('requestfinished', ended);
    page.on('requestfailed', ended);
    // Generous: CI and developers share two cores with other suites.
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (e) => console.error(`[browser] ${e.message}`));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    return page;
  }

  async function screenshot(page: Page, name: string) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${kind}-${name}.png`);
    await page.screenshot({ path });
    return path;
  }

  return {
    kind,
    url,
    handle,
    browser: b,
    newPage,
    async login(username, password = DEMO_PASSWORD, options = {}) {
      // One context per user, password and window size, reused by every later login of the same: a fresh context
      // loads and compiles the whole shell again (about 2.5 s of Chromium's CPU on the shared 2-core machine, and
      // a file logs in up to a dozen times), while a page in a used one finds the scripts in its cache. The cookie
      // is all a context keeps of a test: the storage a test may have changed (the language) is cleared first.
      const key = JSON.stringify([username, password, options.viewport ?? DESKTOP]);
      const reused = sessions.get(key);
      const page = await newPage(options, reused);
      try {
        if (reused) await clearOriginStorage(page, url);
        await page.goto(url);
        // Still signed in: the shell shows at once. Signed out meanwhile (a logout, a changed password, an ended
        // session): the login form, filled in as for a first login.
        const gate = page.locator(`${LANDED}, [data-testid="login-username"]`).first();
        await gate.waitFor();
        if ((await gate.getAttribute('data-testid')) === 'login-username') {
          await page.getByTestId('login-username').fill(username);
          await page.getByTestId('login-password').fill(password);
          await page.getByTestId('login-submit').click();
        }
        const landed = page.locator(LANDED).first();
        await landed.waitFor();
        if ((await landed.getAttribute('data-testid')) === 'error-alert')
          throw new Error(`login as ${username} failed: ${await landed.textContent()}`);
        if (!reused) {
          const context = page.context();
          sessions.set(key, context);
          context.on('close', () => {
            if (sessions.get(key) === context) sessions.delete(key);
          });
        }
        return page;
      } catch (e) {
        // Leave evidence: what the browser showed when the login did not land.
        const shot = await screenshot(page, `failed-login-${username}`).catch(() => 'no screenshot');
        throw new Error(
          `${e instanceof Error ? e.message : String(e)}\n(page ${page.url()}, screenshot ${shot})`,
        );
      }
    },
    async open(page, path) {
      if (!page.url().startsWith(`${url}/`)) {
        await page.goto(`${url}${path}`);
        return;
      }
      await page.evaluate((to) => {
        window.history.pushState(null, '', to);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, path);
    },
    async settle(page, quietMs = 500) {
      const flight = inFlight.get(page);
      if (!flight) return page.waitForLoadState('networkidle');
      const deadline = Date.now() + 30_000;
      // The page's own requests start after its first render, so a settle right after `open` waits out one quiet
      // period from now, not from the last request of the page before.
      const from = Date.now();
      while (Date.now() < deadline) {
        const quietSince = Math.max(flight.changed, from);
        if (flight.count === 0 && Date.now() - quietSince >= quietMs) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`page ${page.url()} still had ${flight.count} request(s) in flight after 30 s`);
    },
    screenshot,
    cspViolations: () => [...violations],
    async close() {
      if (process.env.JICENG_E2E_TIMINGS)
        console.log(`[e2e ${kind}] Chromium CPU ${descendantsCpuSeconds().toFixed(1)} s`);
      for (const c of contexts) await c.close().catch(() => {});
      await b.close().catch(() => {});
      await server?.close();
      await handle.close();
      rmSync(servedRoot, { recursive: true, force: true });
    },
  };
}

/** Text (textContent, trimmed) of an element once it shows `expected` (or the last text seen, for the assertion message). */
export async function textBecomes(page: Page, testId: string, expected: string | RegExp, timeout = 20_000) {
  const locator = page.getByTestId(testId).first();
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = ((await locator.textContent().catch(() => '')) ?? '').trim();
    if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) break;
    await page.waitForTimeout(100);
  }
  return text;
}

/** Page errors (uncaught exceptions and unhandled rejections) the page raises from now on. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** How far the page reaches past the window's right edge (0 or less: no sideways scrolling). */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Clicks a dialog's OK with its form left empty and waits for the dialog's first field message; returns its text. */
export async function submitEmptyDialog(page: Page, okTestId: string) {
  await page.getByTestId(okTestId).click();
  const message = page.locator('.ant-modal .ant-form-item-explain-error').first();
  await message.waitFor();
  return (await message.textContent()) ?? '';
}

/** CPU seconds (user + system) of this process's living descendants (Chromium's), from /proc; 0 elsewhere. */
function descendantsCpuSeconds(): number {
  try {
    const stats = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .flatMap((pid) => {
        try {
          const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
            .replace(/^.*\) /, '')
            .split(' ');
          return [
            { pid: Number(pid), ppid: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]) },
          ];
        } catch {
          return [];
        }
      });
    const mine = new Set([process.pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const s of stats)
        if (!mine.has(s.pid) && mine.has(s.ppid)) {
          mine.add(s.pid);
          grew = true;
        }
    }
    return stats.filter((s) => s.pid !== process.pid && mine.has(s.pid)).reduce((t, s) => t + s.cpu, 0) / 100;
  } catch {
    return 0;
  }
}

/** What axe found on one page: each rule broken, its impact, and where (a few targets). */
export interface A11yViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The impacts a page must be free of: axe's serious and critical (WCAG A/AA failures that block someone). */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) on the page once it has settled and returns every violation. The engine
 * is evaluated in the page through the DevTools protocol, which the shell's Content-Security-Policy (script-src
 * 'self') does not govern, so the page's CSP report stays clean (a `<script>` tag with axe's source would be blocked).
 */
export async function a11yViolations(page: Page): Promise<A11yViolation[]> {
  // The page as its user sees it: spinners and skeletons gone (its data arrived).
  await page.waitForFunction(
    () => document.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active').length === 0,
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const engine = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await engine.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'minor',
      help: v.help,
      targets: v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)})` : ''}`,
        ),
    }));
  });
}

/**
 * Fails, naming each rule and where it is broken, when axe finds a serious or critical violation on the page
 * (`label` says which page in the message and the log). Lesser findings are printed, not failed.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string) {
  const found = await a11yViolations(page);
  const count = (impact: string) => found.filter((v) => v.impact === impact).length;
  console.log(
    `[a11y] ${label}: critical ${count('critical')}, serious ${count('serious')}, moderate ${count('moderate')}, minor ${count('minor')}` +
      (found.length ? ` (${found.map((v) => `${v.id}/${v.impact}`).join(', ')})` : ''),
  );
  const blocking = found.filter((v) => BLOCKING.has(v.impact));
  if (blocking.length)
    throw new Error(
      `${label} (${page.url()}): ${blocking.length} serious/critical accessibility violation(s):\n` +
        blocking.map((v) => `  ${v.id} [${v.impact}] ${v.help}: ${v.targets.join(' | ')}`).join('\n'),
    );
}
