// wasm-store.js — keeps the wasm's bytes in IndexedDB between visits, for
// loadCleaner's `store` option (js/loader.js): the page's worker starts
// from them instead of from the HTTP cache or the service worker's cache.
//
// Why: on a warm reload the browser hands the 6 MB wasm over slowly. In
// headless Chromium 156 on a 2-core machine, fetch + arrayBuffer() took
// 155–215 ms from the HTTP cache (brotli is decoded on every read) and
// 330–360 ms through the page's service worker (Cache Storage), against
// 40–46 ms for a Blob read back from IndexedDB; compiling the bytes takes
// about 45 ms. make bench-browser's warm start went from 222–546 ms
// without the store to 110–157 ms with it (medians 121–130 ms in three
// runs; 164–173 ms with the machine loaded), and the page's ready time
// after a reload from 523–643 ms to 468–516 ms after navigation.
//
// The bytes are stored under a key naming exactly what they are: the
// wasm's URL and the strong ETag of the response they came with (see
// storeKey). A load fetches as before and, when the response's headers
// arrive, takes the stored bytes only if their key is the response's, and
// drops the response's body; any other response (a new build, another
// server, no ETag or a weak one) is used as it comes and, with a strong
// ETag, its bytes stored in place of the old ones while they compile
// (dropped again if they do not). One entry is kept, so old builds never
// pile up. Every failure of the store (no IndexedDB, private browsing, quota)
// is a miss: the network path is always there behind it.

const dbName = 'articlecleaner-wasm';
const storeName = 'bytes';
const entryKey = 'wasm';

/**
 * storeKey is the key the bytes of response are stored under, or '' when
 * they must not be: only a response with a strong ETag names its bytes
 * exactly (a weak one, W/"…", allows other bytes of the same meaning).
 * @param {Response} response
 */
function storeKey(response) {
  const etag = response.headers.get('ETag') || '';
  if (!etag.startsWith('"') || !response.url) return '';
  return `${response.url}\n${etag}`;
}

/**
 * wasmStore opens the store; its methods never reject.
 * @returns {{ keyOf(response: Response): string, entry: Promise<{key: string, blob: Blob}|null>, put(key: string, bytes: ArrayBuffer): Promise<void>, clear(): Promise<void> }}
 *   keyOf: storeKey; entry: the stored bytes and their key, read as soon
 *   as the store is opened (in parallel with the fetch); put replaces
 *   them; clear drops them (bytes that failed to compile).
 */
export function wasmStore() {
  const db = open();
  const entry = db.then((d) => d && request(d.transaction(storeName).objectStore(storeName).get(entryKey))).catch(() => null);
  const write = (value) => db.then((d) => {
    if (!d) return undefined;
    const tx = d.transaction(storeName, 'readwrite');
    const store = tx.objectStore(storeName);
    if (value) store.put(value, entryKey);
    else store.delete(entryKey);
    return new Promise((resolve) => {
      tx.oncomplete = resolve;
      tx.onerror = tx.onabort = resolve;
    });
  }).catch(() => undefined);
  return {
    keyOf: storeKey,
    entry: entry.then((e) => (e && typeof e.key === 'string' && e.blob instanceof Blob ? e : null)),
    put: (key, bytes) => write({ key, blob: new Blob([bytes], { type: 'application/wasm' }) }),
    clear: () => write(null),
  };
}

function open() {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') {
      resolve(null);
      return;
    }
    let req;
    try {
      req = indexedDB.open(dbName, 1);
    } catch {
      resolve(null);
      return;
    }
    req.onupgradeneeded = () => req.result.createObjectStore(storeName);
    // A database without the store (made by someone else) is not used.
    req.onsuccess = () => resolve(req.result.objectStoreNames.contains(storeName) ? req.result : null);
    req.onerror = () => resolve(null);
    req.onblocked = () => resolve(null);
  });
}

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
