import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** A browser test: tests/e2e/*.test.ts and plugins/<id>/e2e/*.test.ts (each starts a server and Chromium). */
export const isBrowserTest = (file: string) => /[/\\]e2e[/\\][^/\\]+\.test\.tsx?$/.test(file);

/** Expected seconds per test file (path from the repository root) for a clone without Vitest's cache; see below. */
export const DURATIONS_FILE = 'vitest.durations.json';

/**
 * Seconds a file is expected to take: the last run's duration when Vitest's cache has it (this machine, this
 * checkout), else vitest.durations.json (committed, from a whole run: `node scripts/test-durations.mjs` after
 * `npm test`), else a guess from what the file is (a browser test, another cross-package one, a package's test
 * on a database, a pure one) and its length.
 */
export function expectedSeconds(
  spec: TestSpecification,
  root: string,
  cached: (key: string) => number | undefined,
  committed: Record<string, number>,
): number {
  const path = relative(root, spec.moduleId).split('\\').join('/');
  const fromCache = cached(`${spec.project.name}:${path}`);
  if (fromCache) return fromCache / 1000;
  if (committed[path] !== undefined) return committed[path]!;
  let text = '';
  try {
    text = readFileSync(spec.moduleId, 'utf8');
  } catch {
    // a file that is gone fails on its own
  }
  if (isBrowserTest(spec.moduleId)) return 20 + text.length / 250;
  if (spec.project.name === 'tests') return 5 + text.length / 250;
  // A file on a database boots PGlite (and PostgreSQL) and seeds; a pure one takes a fraction of a second.
  return /testDatabaseKinds|createTestDatabase|createPluginTestBackend/.test(text)
    ? 3 + text.length / 2000
    : 0.5;
}

interface Item {
  spec: TestSpecification;
  seconds: number;
  browser: boolean;
}

/**
 * The order of a run with a few workers (one per core) over every project. Vitest hands the next file in this order
 * to whichever worker frees first, so the order is planned by playing that out with the expected durations:
 *
 * - A package's files run in one process per worker (`isolate: false`, vitest.shared.ts), but Vitest keeps a
 *   worker's process only while the next file in the queue belongs to the same project; any other file next ends
 *   it, and the project's next file pays a fresh process again (about 2 s of CPU: Node, Vitest, core, the API and
 *   PGlite imported anew). So a worker that starts a package goes on with that package's files, back to back in
 *   the queue, until they are done or the other worker frees first and takes some of them.
 * - The `tests` project's files (each isolated: the browser flows, the security matrices, the scaffolder) are the
 *   long indivisible ones: longest first, so none of them is left to run alone at the end; a package's many small
 *   files fill in around them and finish the run.
 * - A browser file does not start beside another browser file when something else can run (each brings a server
 *   and a Chromium; two at once on two cores slowed each other into timeouts).
 */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const durationsPath = `${root}/${DURATIONS_FILE}`;
    let committed: Record<string, number> = {};
    try {
      if (existsSync(durationsPath))
        committed = JSON.parse(readFileSync(durationsPath, 'utf8')).seconds ?? {};
    } catch {
      // a broken estimate file only costs a worse order
    }
    const cached = (key: string) => this.ctx.cache.getFileTestResults(key)?.duration;
    const workers = Math.max(1, Number(this.ctx.config.maxWorkers) || 1);
    return planOrder(
      files.map((spec) => ({
        spec,
        seconds: expectedSeconds(spec, root, cached, committed),
        browser: isBrowserTest(spec.moduleId),
      })),
      workers,
    );
  }
}

/** Extra seconds a worker pays to start a process for a non-isolated project's file (see above). */
const PROCESS_START = 2;

/** The queue order for `workers` workers (see LongestFirstSequencer). Exported for its test. */
export function planOrder(items: Item[], workers: number): TestSpecification[] {
  const byLength = (a: Item, b: Item) => b.seconds - a.seconds;
  const isolated = items.filter((i) => i.spec.project.config.isolate !== false).sort(byLength);
  // Each shared-process project's files, longest first; projects by their total, largest first.
  const projects = new Map<string, Item[]>();
  for (const i of items.filter((i) => i.spec.project.config.isolate === false)) {
    const list = projects.get(i.spec.project.name) ?? [];
    list.push(i);
    projects.set(i.spec.project.name, list);
  }
  for (const list of projects.values()) list.sort(byLength);
  const total = (list: Item[]) => list.reduce((t, i) => t + i.seconds, 0);
  const pending = () => [...projects.entries()].filter(([, list]) => list.length > 0);

  const order: TestSpecification[] = [];
  // Per worker: when it frees, the project whose process it holds, and whether it runs a browser file.
  const lanes = Array.from({ length: workers }, () => ({
    free: 0,
    project: undefined as string | undefined,
    browser: false,
  }));
  while (order.length < items.length) {
    const lane = lanes.reduce((a, b) => (b.free < a.free ? b : a));
    const othersBrowser = lanes.some((l) => l !== lane && l.browser && l.free > lane.free);
    let next: Item | undefined;
    let fresh = true;
    // 1. Go on with the project whose process this worker holds.
    const own = lane.project ? projects.get(lane.project) : undefined;
    if (own?.length) {
      next = own.shift();
      fresh = false;
    }
    // 2. The longest isolated file (not a second browser file while something else can run); 3. the package
    // with the most left to do (at the end, one another worker has begun); 4. a browser file beside another.
    if (!next) {
      const index = isolated.findIndex((i) => !(othersBrowser && i.browser));
      const largest = pending().sort((a, b) => total(b[1]) - total(a[1]))[0];
      if (index >= 0) {
        next = isolated.splice(index, 1)[0];
        lane.project = undefined;
      } else if (largest) {
        next = largest[1].shift();
        lane.project = largest[0];
      } else {
        next = isolated.shift();
        lane.project = undefined;
      }
    }
    if (!next) break;
    lane.browser = next.browser;
    lane.free += next.seconds + (fresh && next.spec.project.config.isolate === false ? PROCESS_START : 0);
    order.push(next.spec);
  }
  return order;
}
