// sw.js — the page's service worker: after one visit the page opens and
// cleans with the network off, and text shared from another app (the
// manifest's share_target) reaches the page.
//
// PRECACHE lists every file of the page with the SHA-256 of its content,
// and a version hashing the list. The server (web/precache.go) and `make
// site` fill it in from the files they serve, so any change to any file
// changes this script, which makes the browser install the new version:
// it downloads the files into a cache named after the version, checks
// each against its hash (a file that changed mid-install fails the
// install, and the old version stays), then drops the older caches. The
// source form below lists nothing: served unfilled, it caches nothing and
// passes every request through.
const PRECACHE = /*precache*/{"version":"","files":{}}/*precache*/;

const PREFIX = 'articlecleaner-';
const CACHE = PREFIX + PRECACHE.version;
// SHARED holds what the share target received until the page takes it.
const SHARED = PREFIX + 'shared';
const scope = () => self.registration.scope;

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE && name !== SHARED) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || !PRECACHE.version) return;
  if (req.method === 'POST' && url.href === new URL('share', scope()).href) {
    event.respondWith(receiveShare(req));
    return;
  }
  if (req.method === 'GET') event.respondWith(fromCache(req, url));
});

async function precache() {
  if (!PRECACHE.version) return;
  const cache = await caches.open(CACHE);
  await Promise.all(Object.entries(PRECACHE.files).map(async ([path, hash]) => {
    const url = new URL(path, scope());
    const res = await fetch(url, { cache: 'no-cache' });
    if (!res.ok) throw new Error(`sw: ${path}: HTTP ${res.status}`);
    const got = hex(await crypto.subtle.digest('SHA-256', await res.clone().arrayBuffer()));
    if (got !== hash) throw new Error(`sw: ${path} is not the version listed (it changed while installing)`);
    await cache.put(url, res);
  }));
}

// fromCache answers from the precache, the network only for what it does
// not hold. Navigations to the page, with any query (?shared), get
// index.html.
async function fromCache(req, url) {
  url.search = '';
  url.hash = '';
  if (req.mode === 'navigate' && url.href === scope()) url.pathname += 'index.html';
  const cache = await caches.open(CACHE);
  return (await cache.match(url.href)) || fetch(req);
}

// receiveShare keeps the shared title, text, address and first file in
// the SHARED cache and sends the browser to the page, which takes them
// (see pwa.js). 303 turns the POST into a GET of the page.
async function receiveShare(req) {
  const form = await req.formData();
  const field = (name) => (typeof form.get(name) === 'string' ? form.get(name) : '');
  const file = form.getAll('file').find((f) => typeof f !== 'string' && f.size > 0);
  const cache = await caches.open(SHARED);
  const meta = { title: field('title'), text: field('text'), url: field('url'), file: null };
  if (file) {
    meta.file = { name: file.name, type: file.type };
    await cache.put(new URL('shared/file', scope()).href, new Response(file));
  }
  await cache.put(new URL('shared/meta', scope()).href, new Response(JSON.stringify(meta)));
  return Response.redirect(new URL('./?shared', scope()).href, 303);
}

function hex(buf) {
  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
}
