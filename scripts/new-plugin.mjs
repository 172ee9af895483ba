#!/usr/bin/env node
// Creates plugins/<id> from scripts/plugin-template, registers it in the API and the web shell, writes a changeset,
// installs it and writes its pages' route types (src/web/api.generated.ts, for ui's typedClient). Needs only Node and npm: pnpm comes from scripts/lib/pnpm.mjs (npx fallback).
// All or nothing: if any step fails (or Ctrl-C), the files it created are removed and the files it edited restored.
// Usage: npm run new-plugin -- <id> [--name-zh 名称] [--name-en Name] [--region-zh 地区] [--region-en Region]
//        [--root DIR] (a different repo root, for tests) [--no-install]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { runPnpm } from './lib/pnpm.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const templateDir = join(here, 'plugin-template');

class ScaffoldError extends Error {}

function parseArgs(argv) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--no-')) out[a.slice(5)] = false;
    else if (a.startsWith('--')) out[a.slice(2)] = argv[++i];
    else out._.push(a);
  }
  return out;
}

async function ask(args) {
  const missing = ['id', 'name-zh', 'name-en'].filter((k) => !(k === 'id' ? args._[0] : args[k]));
  if (!missing.length || !process.stdin.isTTY) return;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  if (!args._[0])
    args._[0] = (await rl.question('Plugin id (kebab-case, e.g. huilongguan-five-in-one): ')).trim();
  if (!args['name-zh']) args['name-zh'] = (await rl.question('中文名称: ')).trim();
  if (!args['name-en']) args['name-en'] = (await rl.question('English name: ')).trim();
  if (!args['region-zh']) args['region-zh'] = (await rl.question('地区 (可留空): ')).trim();
  if (!args['region-en']) args['region-en'] = (await rl.question('Region (optional): ')).trim();
  rl.close();
}

/** What this run changed, so a failure can put everything back. */
const journal = { created: [], edited: new Map() };

function remember(file) {
  if (journal.edited.has(file) || journal.created.includes(file)) return;
  if (existsSync(file)) journal.edited.set(file, readFileSync(file));
  else journal.created.push(file);
}

function write(file, text) {
  remember(file);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function rollback() {
  for (const path of [...journal.created].reverse()) rmSync(path, { recursive: true, force: true });
  for (const [file, content] of journal.edited) writeFileSync(file, content);
  const n = journal.created.length + journal.edited.size;
  journal.created = [];
  journal.edited = new Map();
  return n;
}

/** Today in the contributor's time zone, for the first migration's name. */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function substitute(text, vars) {
  for (const [k, v] of Object.entries(vars)) text = text.split(k).join(v);
  return text;
}

function copyTemplate(from, to, vars) {
  for (const entry of readdirSync(from)) {
    const src = join(from, entry);
    const name = substitute(entry.replace(/\.tmpl$/, ''), vars);
    if (statSync(src).isDirectory()) copyTemplate(src, join(to, name), vars);
    else write(join(to, name), substitute(readFileSync(src, 'utf8'), vars));
  }
}

/** Adds `line` after the marker comment, once. */
function insertAfterMarker(file, marker, line) {
  const text = readFileSync(file, 'utf8');
  if (text.includes(line)) return;
  const at = text.indexOf(marker);
  if (at < 0) throw new ScaffoldError(`marker "${marker}" not found in ${file}`);
  // Append after the run of entries that follows the marker, so the list keeps the order plugins were added.
  let end = text.indexOf('\n', at) + 1;
  for (;;) {
    const next = text.indexOf('\n', end);
    const current = text.slice(end, next < 0 ? undefined : next);
    if (next < 0 || !current.trim() || /^\s*[\]}]/.test(current) || current.trim().startsWith('//')) break;
    end = next + 1;
  }
  write(file, `${text.slice(0, end)}${line}\n${text.slice(end)}`);
}

function addDependency(file, pkg) {
  if (!existsSync(file)) return;
  const json = JSON.parse(readFileSync(file, 'utf8'));
  json.dependencies = { ...json.dependencies, [pkg]: 'workspace:*' };
  json.dependencies = Object.fromEntries(
    Object.entries(json.dependencies).sort(([a], [b]) => a.localeCompare(b)),
  );
  write(file, `${JSON.stringify(json, null, 2)}\n`);
}

const camel = (id) => id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

async function main() {
  const args = parseArgs(process.argv.slice(2));
  await ask(args);
  const id = args._[0];
  if (!id || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id))
    throw new ScaffoldError(`the id must be kebab-case (got "${id ?? ''}")`);
  const nameZh = args['name-zh'] || id;
  const nameEn = args['name-en'] || id;
  const root = args.root ?? join(here, '..');
  const dir = join(root, 'plugins', id);
  if (existsSync(dir)) throw new ScaffoldError(`${relative(process.cwd(), dir) || dir} already exists`);
  const schema = `p_${id.replace(/-/g, '_')}`;
  const pkg = `@jiceng/plugin-${id}`;
  const date = args.date ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ScaffoldError(`--date must be YYYY-MM-DD (got "${date}")`);

  remember(dir);
  copyTemplate(templateDir, dir, {
    __ID__: id,
    __NAME_ZH__: nameZh,
    __NAME_EN__: nameEn,
    __REGION_ZH__: args['region-zh'] || nameZh,
    __REGION_EN__: args['region-en'] || nameEn,
    __SCHEMA__: schema,
    __SNAKE__: `${id.replace(/-/g, '_')}_`,
    // The generated table types' prefix: p_five_in_one → PFiveInOne (as schemaTypesText names them).
    __PASCAL__: schema
      .split('_')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
    __DATE__: date,
  });

  const registry = join(root, 'apps/api/src/registry.ts');
  const webList = join(root, 'apps/web/src/plugins.ts');
  if (existsSync(registry)) {
    insertAfterMarker(registry, '// plugin imports', `import ${camel(id)} from '${pkg}';`);
    insertAfterMarker(registry, '// plugin list', `  ${camel(id)},`);
    addDependency(join(root, 'apps/api/package.json'), pkg);
  }
  if (existsSync(webList)) {
    insertAfterMarker(webList, '// web plugin list', `  '${id}': () => import('${pkg}/web'),`);
    addDependency(join(root, 'apps/web/package.json'), pkg);
  }
  write(
    join(root, '.changeset', `${id}-created.md`),
    `---\n'${pkg}': minor\n'@jiceng/api': patch\n'@jiceng/web': patch\n---\n\nNew model plugin ${nameZh} (${nameEn}), scaffolded.\n`,
  );
  console.log(
    `created plugins/${id} (${pkg}, schema ${schema}) and registered it in the API and the web shell`,
  );
  if (args.install !== false) {
    const lock = join(root, 'pnpm-lock.yaml');
    if (existsSync(lock)) remember(lock);
    console.log('installing (pnpm install --prefer-offline)…');
    const status = runPnpm(['install', '--prefer-offline'], { cwd: root });
    if (status !== 0) throw new ScaffoldError(`pnpm install failed (exit ${status})`);
    writeWebApiTypes(root);
  }
  formatPlugin(root, dir);
  if (args.install === false)
    console.log(
      `then: pnpm install && pnpm --filter @jiceng/api web-api-types   (src/web/api.generated.ts is the template's; this writes it from the plugin's routes)`,
    );
  console.log(
    `next: npm run check -- --plugin ${id}   (lint, boundaries, type check, this plugin's and core's tests)`,
  );
}

/**
 * The new plugin's src/web/api.generated.ts (the types its pages' typedClient reads) from the API's OpenAPI
 * document, now that the API imports the plugin. The generator rewrites every web types file; the existing ones are
 * remembered first, so a failure puts them back with the rest.
 */
function writeWebApiTypes(root) {
  const apiPackage = join(root, 'apps/api/package.json');
  if (!existsSync(apiPackage) || !JSON.parse(readFileSync(apiPackage, 'utf8')).scripts?.['web-api-types'])
    return;
  const core = join(root, 'packages/ui/src/core-api.generated.ts');
  if (existsSync(core)) remember(core);
  const plugins = join(root, 'plugins');
  for (const other of readdirSync(plugins))
    for (const name of ['api.generated.ts', 'public-api.generated.ts']) {
      const file = join(plugins, other, 'src/web', name);
      if (existsSync(file)) remember(file);
    }
  console.log('writing the web API types (pnpm --filter @jiceng/api web-api-types)…');
  const status = runPnpm(['--filter', '@jiceng/api', 'web-api-types'], { cwd: root });
  if (status !== 0)
    throw new ScaffoldError(
      `writing the web API types failed (exit ${status}). Fix the cause above, then run this again; or, to keep ` +
        `going by hand, scaffold with --no-install and run: pnpm install && pnpm --filter @jiceng/api web-api-types`,
    );
}

/**
 * The template's text with a real id and names in it, laid out as the repo's formatter wants (line width 110), so
 * the new plugin passes `biome check` as it stands. Uses the repo's Biome (installed above, or this script's repo's).
 */
function formatPlugin(root, dir) {
  const bin = process.platform === 'win32' ? 'biome.cmd' : 'biome';
  const biome = [join(root, 'node_modules/.bin', bin), join(here, '../node_modules/.bin', bin)].find((b) =>
    existsSync(b),
  );
  if (!biome) return;
  const config = existsSync(join(root, 'biome.json')) ? root : join(here, '..');
  const r = spawnSync(biome, ['format', '--write', `--config-path=${config}`, dir], {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) throw new ScaffoldError(`formatting the new plugin failed:\n${r.stdout}${r.stderr}`);
}

function abort(message) {
  const undone = rollback();
  console.error(`new-plugin: ${message}`);
  if (undone)
    console.error(`new-plugin: rolled back (${undone} file(s) removed or restored); nothing was left behind`);
  process.exit(2);
}

process.on('SIGINT', () => abort('interrupted'));
main().catch((e) => abort(e instanceof ScaffoldError ? e.message : e?.stack || String(e)));
