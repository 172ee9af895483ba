#!/usr/bin/env node
// Import boundaries, checked on every test run (a small dependency-cruiser): exits 1 naming the rule and the line.
//   plugin-imports-plugin   a plugin never imports another plugin
//   core-imports-plugin     core, plugin-kit and ui never import a plugin
//   web-imports-server      web code (apps/web, plugins/*/src/web) never imports server code or server libraries
//   plugin-db-outside-context  a plugin reaches the database only through its context (no drivers, no own pools)
//   doc-links               docs and comments point only at what ships with the repo: a relative Markdown link
//                           resolves, and nothing cites the founders' working notes (DOMAIN.md, shared/seeds)
// Usage: node scripts/check-boundaries.mjs [--root DIR]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const root = resolve(
  args.includes('--root')
    ? args[args.indexOf('--root') + 1]
    : join(dirname(fileURLToPath(import.meta.url)), '..'),
);

const SERVER_LIBS = [
  '@jiceng/core',
  '@jiceng/plugin-kit',
  'hono',
  'kysely',
  'pg',
  '@electric-sql/pglite',
  'kysely-pglite-dialect',
  '@hono/node-server',
  'node:',
];
const DRIVERS = ['pg', '@electric-sql/pglite', 'kysely-pglite-dialect'];
const DB_FACTORIES = /\b(createDatabase|createTestDatabase)\s*\(|new\s+Kysely\s*[<(]|new\s+PGlite\s*\(/;

function* sourceFiles(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(entry)) yield path;
  }
}

function imports(file) {
  const text = readFileSync(file, 'utf8');
  const out = [];
  const re =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const spec = m[1] ?? m[2] ?? m[3];
    out.push({ spec, line: text.slice(0, m.index).split('\n').length });
  }
  return { text, imports: out };
}

const matches = (spec, lib) =>
  lib.endsWith(':') ? spec.startsWith(lib) : spec === lib || spec.startsWith(`${lib}/`);
const pluginOfPath = (abs) => {
  const rel = relative(join(root, 'plugins'), abs);
  return rel.startsWith('..') ? undefined : rel.split(sep)[0];
};
const isTest = (file) => /\.test\.tsx?$/.test(file);

const violations = [];
const report = (rule, file, line, spec, why) =>
  violations.push(`boundary ${rule}: ${relative(root, file)}:${line} imports '${spec}' — ${why}`);

const plugins = existsSync(join(root, 'plugins'))
  ? readdirSync(join(root, 'plugins')).filter((d) => statSync(join(root, 'plugins', d)).isDirectory())
  : [];

for (const id of plugins) {
  for (const file of sourceFiles(join(root, 'plugins', id))) {
    const { text, imports: list } = imports(file);
    const webFile = file.includes(`${sep}src${sep}web${sep}`);
    for (const { spec, line } of list) {
      const target = spec.startsWith('.')
        ? pluginOfPath(resolve(dirname(file), spec))
        : /^@jiceng\/plugin-(?!kit\b)/.test(spec)
          ? spec.replace(/^@jiceng\/plugin-/, '').split('/')[0]
          : undefined;
      if (target && target !== id)
        report(
          'plugin-imports-plugin',
          file,
          line,
          spec,
          `plugin ${id} may not import plugin ${target}; what two plugins share belongs in core`,
        );
      if (webFile && spec.startsWith('.') && resolve(dirname(file), spec).includes(`${sep}src${sep}server`))
        report('web-imports-server', file, line, spec, 'web code may not import server code');
      if (webFile && SERVER_LIBS.some((lib) => matches(spec, lib)))
        report('web-imports-server', file, line, spec, 'web code may not import server libraries');
      if (!isTest(file) && DRIVERS.some((lib) => matches(spec, lib)))
        report(
          'plugin-db-outside-context',
          file,
          line,
          spec,
          'a plugin reaches the database only through ctx.db',
        );
    }
    if (!isTest(file) && DB_FACTORIES.test(text)) {
      const line = text.slice(0, text.search(DB_FACTORIES)).split('\n').length;
      report(
        'plugin-db-outside-context',
        file,
        line,
        text.match(DB_FACTORIES)[0],
        'a plugin reaches the database only through ctx.db',
      );
    }
  }
}

for (const pkg of ['core', 'plugin-kit', 'ui']) {
  for (const file of sourceFiles(join(root, 'packages', pkg))) {
    for (const { spec, line } of imports(file).imports) {
      const intoPlugins = spec.startsWith('.') && pluginOfPath(resolve(dirname(file), spec));
      if (intoPlugins || /^@jiceng\/plugin-(?!kit\b)/.test(spec))
        report('core-imports-plugin', file, line, spec, `${pkg} may not import a plugin`);
      if (pkg === 'ui' && SERVER_LIBS.some((lib) => matches(spec, lib)))
        report('web-imports-server', file, line, spec, 'ui is web code');
    }
  }
}

for (const file of sourceFiles(join(root, 'apps', 'web', 'src'))) {
  for (const { spec, line } of imports(file).imports) {
    if (SERVER_LIBS.some((lib) => matches(spec, lib)))
      report('web-imports-server', file, line, spec, 'the web shell may not import server code');
    if (/^@jiceng\/plugin-(?!kit\b)/.test(spec) && !/\/web$/.test(spec))
      report('web-imports-server', file, line, spec, 'the shell loads only a plugin’s /web entry');
  }
}

// Documents a user of the repository can follow: every relative link in a Markdown file resolves to a file here,
// and no text points at the working notes the project was started from (they are not part of the repository).
function* docFiles(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.') || entry === 'CHANGELOG.md')
      continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* docFiles(path);
    else if (/\.(md|ts|tsx|mjs|js)$/.test(entry)) yield path;
  }
}
const NOTES = /\bDOMAIN\.md\b|\bshared\/seeds\b|\bARCHITECTURE\.md\b|\bSTACK\.md\b/;
const docProblem = (file, line, what, why) =>
  violations.push(`boundary doc-links: ${relative(root, file)}:${line} cites '${what}' — ${why}`);
for (const top of [
  'README.md',
  'CONTRIBUTING.md',
  'apps',
  'packages',
  'plugins',
  'scripts',
  'tests',
  'bench',
  'deploy',
]) {
  const files = top.endsWith('.md')
    ? existsSync(join(root, top))
      ? [join(root, top)]
      : []
    : docFiles(join(root, top));
  for (const file of files) {
    if (relative(root, file) === join('scripts', 'check-boundaries.mjs')) continue;
    if (/\.test\.ts$/.test(file) && relative(root, file).startsWith(join('tests', 'integration'))) continue;
    const text = readFileSync(file, 'utf8');
    const lineOf = (index) => text.slice(0, index).split('\n').length;
    const note = text.match(NOTES);
    if (note)
      docProblem(
        file,
        lineOf(note.index),
        note[0],
        'not in the repository: cite the published source or the repo’s own docs',
      );
    if (!file.endsWith('.md')) continue;
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1].split('#')[0];
      if (!target || /^[a-z]+:/i.test(target) || target.startsWith('/')) continue;
      if (!existsSync(resolve(dirname(file), decodeURIComponent(target))))
        docProblem(file, lineOf(m.index), target, 'the link points at no file in the repository');
    }
  }
}

if (violations.length) {
  console.error(violations.join('\n'));
  console.error(`\n${violations.length} boundary violation(s).`);
  process.exit(1);
}
console.log(`boundaries ok (${plugins.length} plugins checked)`);
