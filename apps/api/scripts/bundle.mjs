#!/usr/bin/env node
// Bundles the CLI (apps/api/src/cli.ts and every workspace package it imports) into dist/cli.mjs, so `npm run demo`
// starts plain Node instead of compiling a few hundred TypeScript files with tsx on every start. Packages from npm
// stay outside the bundle, imported from where pnpm installed them (PGlite loads its WebAssembly beside its module).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const api = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(api, 'dist/cli');

const npmPackagesOutside = {
  name: 'npm-packages-outside',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('@jiceng/') || args.pluginData === 'inner') return undefined;
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const r = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'inner',
      });
      if (r.errors.length) return { errors: r.errors };
      // Node built-ins resolve to themselves; everything else by absolute path (pnpm keeps no hoisted copy).
      return { path: r.external ? args.path : r.path, external: true };
    });
  },
};

mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: [join(api, 'src/cli.ts')],
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Each plugin's web side is a dynamic import the server never calls: its own chunk, never loaded.
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [npmPackagesOutside],
});
