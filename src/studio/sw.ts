/**
 * The studio's service worker: once the page has loaded, it works offline. The site's own files are
 * cached under a versioned name at install (the build writes the list and the version, a hash of
 * their contents, into this file, so a new site replaces the cache); anything else on the same origin
 * (the Storybook build) is cached as it is visited. Requests to other origins are never touched.
 */
declare const __SW_MANIFEST__: { version: string; files: string[] };

interface FetchEventLike extends Event {
  request: Request;
  respondWith(r: Promise<Response>): void;
}
interface ExtendableEventLike extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface SwScope {
  location: Location;
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', l: (e: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', l: (e: FetchEventLike) => void): void;
}

const sw = self as unknown as SwScope;
const MANIFEST = __SW_MANIFEST__;
const PRECACHE = `studio-${MANIFEST.version}`;
const RUNTIME = `studio-runtime-${MANIFEST.version}`;
const scope = new URL(sw.registration.scope);
const precached = new Set(MANIFEST.files.map((f) => new URL(f, scope).href));
const INDEX = new URL('index.html', scope).href;

sw.addEventListener('install', (e) => {
  e.waitUntil(
    caches.open(PRECACHE)
      .then((c) => c.addAll([...precached].map((u) => new Request(u, { cache: 'reload' }))))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (e) => {
  e.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('studio-') && k !== PRECACHE && k !== RUNTIME).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (e) => {
  const req = e.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== scope.origin || !url.href.startsWith(scope.href)) return;
  const key = url.href.split('#')[0].split('?')[0];
  // The page itself ("./", "./index.html"): the cached copy of this version.
  const own = req.mode === 'navigate' && (key === scope.href || key === INDEX) ? INDEX : key;
  if (precached.has(own)) {
    e.respondWith(caches.match(own, { cacheName: PRECACHE }).then((hit) => hit ?? fetch(req)));
    return;
  }
  // Other files of the site: the network first (fresh Storybook), the last copy when offline.
  e.respondWith(
    fetch(req)
      .then((res) => {
        if (res.ok && res.type === 'basic') {
          const copy = res.clone();
          void caches.open(RUNTIME).then((c) => c.put(req, copy));
        }
        return res;
      })
      .catch(async () => (await caches.match(req, { cacheName: RUNTIME })) ?? Response.error()),
  );
});
