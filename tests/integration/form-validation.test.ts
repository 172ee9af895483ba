import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `await form.validateFields()` rejects when a field rule fails; in a dialog's onOk nothing catches it and the page
// gets an uncaught error (issue 20: Gulou's new demand, Luqiao's new region). Web code reads a form through
// `validValues(form)` from @jiceng/ui, which resolves undefined instead.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sources(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('forms in web code', () => {
  it('are read with validValues, never a bare validateFields()', () => {
    const dirs = [
      join(root, 'apps/web/src'),
      ...readdirSync(join(root, 'plugins')).map((p) => join(root, 'plugins', p, 'src/web')),
    ];
    const files = dirs.flatMap(sources);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files
      .filter((path) => /\.validateFields\(/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(root, path));
    expect(offenders).toEqual([]);
  });
});
