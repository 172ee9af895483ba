import type { TestSpecification } from 'vitest/node';
import { describe, expect, it } from 'vitest';
import { planOrder } from '../../vitest.sequencer';

/** A stand-in for Vitest's specification: what planOrder reads (the project's name and isolation, the file). */
function file(project: string, name: string, seconds: number) {
  const isolate = project === 'tests';
  const moduleId = `/repo/${project === 'tests' ? name : `packages/${project}/src/${name}`}`;
  const spec = { moduleId, project: { name: project, config: { isolate } } } as unknown as TestSpecification;
  return { spec, seconds, browser: /\/e2e\/[^/]+\.test\.ts$/.test(moduleId) };
}
const names = (order: TestSpecification[]) => order.map((s) => s.moduleId.replace(/^\/repo\//, ''));

describe('the test order (vitest.sequencer.ts)', () => {
  it('starts the longest isolated files first and keeps each package’s files back to back', () => {
    const order = names(
      planOrder(
        [
          file('core', 'a.test.ts', 5),
          file('tests', 'e2e/flow.test.ts', 100),
          file('web', 'x.test.ts', 4),
          file('core', 'b.test.ts', 6),
          file('tests', 'security/fuzz.test.ts', 60),
          file('web', 'y.test.ts', 3),
          file('core', 'c.test.ts', 4),
        ],
        2,
      ),
    );
    expect(order).toEqual([
      'e2e/flow.test.ts',
      'security/fuzz.test.ts',
      // Then one worker takes a package and goes on with it (one process for all its files), then the next.
      'packages/core/src/b.test.ts',
      'packages/core/src/a.test.ts',
      'packages/core/src/c.test.ts',
      'packages/web/src/x.test.ts',
      'packages/web/src/y.test.ts',
    ]);
  });

  it('does not start a browser file beside another while something else can run', () => {
    const order = names(
      planOrder(
        [
          file('tests', 'e2e/one.test.ts', 90),
          file('tests', 'e2e/two.test.ts', 80),
          file('tests', 'integration/slow.test.ts', 30),
          file('core', 'a.test.ts', 20),
          file('core', 'b.test.ts', 20),
        ],
        2,
      ),
    );
    // The second worker runs the other files while the first browser file runs; the second browser file waits.
    expect(order).toEqual([
      'e2e/one.test.ts',
      'integration/slow.test.ts',
      'packages/core/src/a.test.ts',
      'packages/core/src/b.test.ts',
      'e2e/two.test.ts',
    ]);
  });

  it('lets both workers share the last package at the end, and orders every file once', () => {
    const files = [
      file('tests', 'integration/long.test.ts', 50),
      ...Array.from({ length: 20 }, (_, i) => file('core', `f${i}.test.ts`, 5)),
    ];
    const order = planOrder(files, 2);
    expect(new Set(order).size).toBe(files.length);
    // 100 s of core beside a 50 s file: the first worker joins core when its file ends.
    expect(names(order)[0]).toBe('integration/long.test.ts');
    expect(
      names(order)
        .slice(1)
        .every((n) => n.startsWith('packages/core/')),
    ).toBe(true);
  });
});
