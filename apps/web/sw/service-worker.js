// The shell's service worker: the web app opens without a network (the login page, or the last shell) and its hashed
// files come from the device. Built into dist/sw.js by apps/web/vite.config.ts, which fills in SHELL (index.html and
// the files it names: what the login page needs) and VERSION (a hash of this file and that list, so each build
// installs afresh and drops the previous build's cache). The API is never cached: /api/… passes straight through.
const VERSION = '__VERSION__';
const SHELL = __SHELL__;
const CACHE = `jiceng-shell-${VERSION}`;
/** Vite's content-hashed names: the same name never changes content, so a cached copy is good for ever. */
const HASHED = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('jiceng-shell-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Data, sessions, exports and uploads: always the network, never a copy.
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return;

  if (request.mode === 'navigate') {
    // A page of the single-page app: the network's copy when online (a new release shows at once), else the shell.
    event.respondWith(
      fetch(request).catch(() =>
        caches
          .open(CACHE)
          .then((cache) => cache.match('/', { ignoreVary: true }))
          .then((shell) => shell || Response.error()),
      ),
    );
    return;
  }

  if (HASHED.test(url.pathname)) {
    // Hashed code, styles and images: from the cache, else fetched once and kept (the pages' lazy chunks).
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const hit = await cache.match(request, { ignoreVary: true });
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok) await cache.put(request, response.clone());
        return response;
      }),
    );
    return;
  }

  if (SHELL.includes(url.pathname)) {
    // The manifest and the icons: the network's copy when online, the cached one offline.
    event.respondWith(
      fetch(request).catch(() =>
        caches
          .open(CACHE)
          .then((cache) => cache.match(url.pathname, { ignoreVary: true }))
          .then((r) => r || Response.error()),
      ),
    );
  }
});
