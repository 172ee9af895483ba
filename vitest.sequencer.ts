import { statSync } from 'node:fs';
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
 * Expected time: the last run's duration when Vitest's cache has it, else an estimate from the file's size (a
 * browser test spends about ten times longer per line than a unit test, the cross-package ones twenty).
 */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const cost = (spec: TestSpecification) => {
      const key = `${spec.project.name}:${relative(root, spec.moduleId)}`;
      const cached = this.ctx.cache.getFileTestResults(key);
      if (cached?.duration) return cached.duration;
      let size = 0;
      try {
        size = statSync(spec.moduleId).size;
      } catch {
        // a file that is gone fails on its own
      }
      if (isBrowserTest(spec.moduleId)) return size * 10;
      // The scaffolder's contributor path (an install and a check in a copy) and the security matrices.
      if (spec.project.name === 'tests') return size * 20;
      return size;
    };
    const byCost = (list: TestSpecification[]) =>
      list.map((spec) => ({ spec, cost: cost(spec) })).sort((a, b) => b.cost - a.cost);
    const browser = byCost(files.filter((s) => isBrowserTest(s.moduleId)));
    const rest = byCost(files.filter((s) => !isBrowserTest(s.moduleId)));
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
