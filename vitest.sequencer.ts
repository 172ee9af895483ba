import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** A browser test: tests/e2e/*.test.ts and plugins/<id>/e2e/*.test.ts (each starts a server and Chromium). */
export const isBrowserTest = (file: string) => /[/\\]e2e[/\\][^/\\]+\.test\.tsx?$/.test(file);

/**
 * The order of a run with a few workers (one per core) over every project:
 *
 * - longest first, so the slow files (the scaffolder's contributor path, the security matrix, the browser flows)
 *   start at once and the many short unit files fill the end instead of waiting behind them;
 * - browser files interleaved with the rest by expected time, so that on two cores a browser flow mostly runs
 *   beside a unit or API file rather than beside another browser (each starts its own server and Chromium).
 *
 * Expected time: the last run's duration when Vitest's cache has it, else an estimate from the file's length (a
 * browser test spends about ten times longer per line than a unit test, the cross-package ones twenty).
 */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const estimate = (spec: TestSpecification) => {
      let text = '';
      try {
        text = readFileSync(spec.moduleId, 'utf8');
      } catch {
        // a file that is gone fails on its own
      }
      const key = `${spec.project.name}:${relative(root, spec.moduleId)}`;
      const cached = this.ctx.cache.getFileTestResults(key)?.duration;
      // The cross-package files (the scaffolder's contributor path, the security matrices) weigh the most per byte.
      const factor = isBrowserTest(spec.moduleId) ? 10 : spec.project.name === 'tests' ? 20 : 1;
      return {
        spec,
        cost: cached || text.length * factor,
        // A file with a slow path (the contributor's install and check, run in CI or with JICENG_SLOW_TESTS): first.
        first: text.includes('JICENG_SLOW_TESTS'),
      };
    };
    const all = files.map(estimate).sort((a, b) => Number(b.first) - Number(a.first) || b.cost - a.cost);
    const browser = all.filter((f) => isBrowserTest(f.spec.moduleId));
    const rest = all.filter((f) => !isBrowserTest(f.spec.moduleId));
    // Two queues advanced by expected time: whichever is behind gives the next file.
    const order: TestSpecification[] = [];
    let browserTime = 0;
    let restTime = 0;
    while (browser.length || rest.length) {
      const takeBrowser = browser.length > 0 && (rest.length === 0 || browserTime < restTime);
      const next = (takeBrowser ? browser : rest).shift()!;
      if (takeBrowser) browserTime += next.cost;
      else restTime += next.cost;
      order.push(next.spec);
    }
    return order;
  }
}
