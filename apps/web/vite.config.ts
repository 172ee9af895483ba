import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Writes `<file>.br` (brotli, best) and `<file>.gz` (gzip -9) next to each text asset of the build, once, so the API
 * (apps/api/src/web-shell.ts) — or nginx's gzip_static — sends them as they are to a browser that accepts them.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'jiceng:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir, config.build.assetsDir);
    },
    async closeBundle() {
      const files = (await readdir(outDir)).filter((f) =>
        /\.(js|mjs|css|json|svg|html|txt|map|wasm)$/.test(f),
      );
      await Promise.all(
        files.map(async (name) => {
          const body = await readFile(join(outDir, name));
          if (body.length < 1024) return;
          const [br, gz] = await Promise.all([
            brotli(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            }),
            gzipAsync(body, { level: 9 }),
          ]);
          if (br.length < body.length) await writeFile(join(outDir, `${name}.br`), br);
          if (gz.length < body.length) await writeFile(join(outDir, `${name}.gz`), gz);
        }),
      );
    },
  };
}

/**
 * Writes dist/sw.js, the service worker (sw/service-worker.js) with the files it keeps for offline use: index.html
 * as '/', every /assets file index.html names (the login page's code and styles), and the manifest's icons from
 * public/. Its version is a hash of both, so a new build's worker replaces the old one and drops its cache.
 */
function serviceWorker(): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'jiceng:service-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = join(config.root, config.build.outDir);
    },
    async closeBundle() {
      const [template, index, manifest] = await Promise.all([
        readFile(join(root, 'sw', 'service-worker.js'), 'utf8'),
        readFile(join(outDir, 'index.html'), 'utf8'),
        readFile(join(outDir, 'manifest.webmanifest'), 'utf8'),
      ]);
      const assets = [...index.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
      const icons = (JSON.parse(manifest) as { icons: { src: string }[] }).icons.map((i) => i.src);
      const shell = [...new Set(['/', '/manifest.webmanifest', ...icons, ...assets])];
      if (!assets.length) throw new Error('service worker: index.html names no /assets file');
      const version = createHash('sha256')
        .update(template)
        .update(JSON.stringify(shell))
        .digest('hex')
        .slice(0, 12);
      const body = template
        .replace("'__VERSION__'", JSON.stringify(version))
        .replace('__SHELL__', JSON.stringify(shell));
      await writeFile(join(outDir, 'sw.js'), body);
    },
  };
}

// Served by the API in production (apps/api/src/server.ts serves dist/ with /assets/* and an SPA fallback),
// so base stays '/' and the assets directory stays 'assets'.
export default defineConfig({
  plugins: [react(), precompress(), serviceWorker()],
  base: '/',
  resolve: {
    // Plugin packages import react/antd/i18next themselves; one copy of each keeps contexts shared.
    dedupe: ['react', 'react-dom', 'antd', 'i18next', 'react-i18next', '@jiceng/ui'],
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Big libraries in chunks of their own, so no chunk passes Vite's 500 kB warning: React DOM (needed by every
        // page, login included) and zrender, the drawing layer under ECharts (fetched with the first chart only,
        // see packages/ui/src/chart.tsx). zrender never imports ECharts, so the two chunks load in a plain order;
        // cutting ECharts itself in pieces breaks its module cycles ("… is not a constructor").
        codeSplitting: {
          groups: [
            { name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler)[\\/]/ },
            { name: 'zrender', test: /node_modules[\\/]zrender[\\/]/ },
          ],
        },
      },
    },
  },
});
