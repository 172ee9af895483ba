#!/usr/bin/env node
// The explicit-`any` budget, checked on every test run: Biome's noExplicitAny is a warning (so editors show it),
// and the number of warnings may only go down. Above the budget this exits 1 naming the count; below it, it asks
// for the budget in any-budget.json to be lowered to the new count (so the gain is kept).
// Usage: node scripts/check-any-budget.mjs [--update | --budget N]   (--update writes the current count as the
// budget; --budget checks against N instead of the file's)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const budgetFile = join(root, 'any-budget.json');
const biome = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'biome.cmd' : 'biome');
const r = spawnSync(biome, ['lint', '--only=suspicious/noExplicitAny', '--max-diagnostics=0', '.'], {
  cwd: root,
  encoding: 'utf8',
  shell: process.platform === 'win32',
});
const out = `${r.stdout}\n${r.stderr}`;
const found = out.match(/Found (\d+) warnings?/);
const count = found ? Number(found[1]) : /No fixes applied|Checked \d+ files?/.test(out) ? 0 : Number.NaN;
if (Number.isNaN(count)) {
  console.error(`could not count explicit any (biome said):\n${out}`);
  process.exit(2);
}
const given = process.argv.indexOf('--budget');
const budget =
  given > 0 ? Number(process.argv[given + 1]) : JSON.parse(readFileSync(budgetFile, 'utf8')).noExplicitAny;
if (process.argv.includes('--update')) {
  writeFileSync(budgetFile, `${JSON.stringify({ noExplicitAny: count }, null, 2)}\n`);
  console.log(`any budget set to ${count}`);
} else if (count > budget) {
  console.error(
    `explicit any: ${count}, over the budget of ${budget}. Type the new code (see \`pnpm exec biome lint --only=suspicious/noExplicitAny <path>\`).`,
  );
  process.exit(1);
} else if (count < budget) {
  console.log(
    `explicit any: ${count}, under the budget of ${budget}: run \`node scripts/check-any-budget.mjs --update\` to keep the gain.`,
  );
} else console.log(`explicit any: ${count} (budget ${budget})`);
