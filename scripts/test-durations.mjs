#!/usr/bin/env node
// Writes vitest.durations.json: the seconds each test file took in a whole run, from the JSON report `npm test`
// leaves in node_modules/.cache/vitest-results.json (or the report named as the argument). vitest.sequencer.ts
// plans a run's order from these figures where Vitest's own cache has none (a fresh clone, CI), so that the longest
// files start first and every worker stays busy to the end. Run it after an `npm test` on an idle machine when
// files were added or got much slower or faster; a file missing from the list is guessed from its length.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const report = process.argv[2] ?? join(root, 'node_modules/.cache/vitest-results.json');
if (!existsSync(report)) {
  console.error(`no report at ${report}: run npm test first`);
  process.exit(1);
}
const { testResults } = JSON.parse(readFileSync(report, 'utf8'));
const target = join(root, 'vitest.durations.json');
const previous = existsSync(target) ? (JSON.parse(readFileSync(target, 'utf8')).seconds ?? {}) : {};
const seconds = { ...previous };
let updated = 0;
for (const file of testResults) {
  const path = relative(root, file.name).split('\\').join('/');
  if (path.startsWith('..') || !(file.endTime > file.startTime)) continue;
  seconds[path] = Math.round((file.endTime - file.startTime) / 100) / 10;
  updated++;
}
// Files that are gone drop out; the rest keep their last figure.
const kept = Object.fromEntries(
  Object.entries(seconds)
    .filter(([path]) => existsSync(join(root, path)))
    .sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync(
  target,
  `${JSON.stringify(
    {
      about:
        'Seconds per test file in a whole run (npm test), for vitest.sequencer.ts; update with node scripts/test-durations.mjs after npm test',
      seconds: kept,
    },
    null,
    2,
  )}\n`,
);
console.log(`${target}: ${updated} files from ${report}, ${Object.keys(kept).length} in all`);
